import Tabular

/// A fixed partition of the rows of a design into segments, and the worker threads that process
/// them.
///
/// A pass over the data computes one accumulator (X'WX, gradient, deviance ...) per segment, each
/// segment in chunks of `chunkRows` rows in row order, and then sums the segment accumulators in
/// segment order. The segments depend only on the number of rows, never on the number of threads
/// or on timing, so every result is the same bit for bit on every run and for every thread count.
///
/// The segments are spread over the threads by `ParallelWork` (each thread takes the next segment
/// as it finishes one).
struct RowSegments: Sendable {
    /// Rows processed at once while they are in cache (PERFORMANCE.md: 1k-4k rows beat 65k by 35%).
    static let chunkRows = 4096
    /// Upper bound on the number of segments (and so on the useful number of threads).
    static let maximumSegments = 8

    /// The segments' row ranges, in row order, covering `0..<rows`.
    let ranges: [Range<Int>]

    /// Splits `rows` rows into `min(8, max(1, rows / (4 * chunkRows)))` nearly equal segments.
    init(rows: Int) {
        precondition(rows >= 0)
        let count = Swift.min(Self.maximumSegments, Swift.max(1, rows / (4 * Self.chunkRows)))
        ranges = (0..<count).map { s in (s * rows / count)..<((s + 1) * rows / count) }
    }

    var count: Int { ranges.count }

    /// Calls `body(segment)` for every segment, spread over at most `threads` threads.
    ///
    /// `body` must only write state that belongs to its segment.
    func forEach(threads: Int, _ body: @Sendable (Int) -> Void) {
        ParallelWork.run(count: count, threads: threads, body)
    }

    /// The chunks of segment `s`, in row order.
    func chunks(of s: Int) -> StrideTo<Int> {
        stride(from: ranges[s].lowerBound, to: ranges[s].upperBound, by: Self.chunkRows)
    }

    /// The chunk starting at `start` within segment `s`.
    func chunk(startingAt start: Int, in s: Int) -> Range<Int> {
        start..<Swift.min(start + Self.chunkRows, ranges[s].upperBound)
    }
}
