import Foundation
import Statistics
import Tabular

/// What writing a synthetic portfolio produced.
public struct PortfolioSummary: Sendable, Hashable, Codable {
    /// Rows written.
    public var rows: Int
    /// Rows with `default = 1`.
    public var events: Int
    /// The sum of the rows' true probabilities of default (the expected number of events).
    public var expectedEvents: Double

    public init(rows: Int, events: Int, expectedEvents: Double) {
        self.rows = rows
        self.events = events
        self.expectedEvents = expectedEvents
    }
}

extension SyntheticPortfolio {
    /// Writes the portfolio as CSV to `path` (`-` for standard output), atomically (see
    /// `AtomicOutputFile`).
    /// - Throws: `TabularError.cannotCreateOutput` or `.io`; nothing is left behind then.
    @discardableResult
    public func writeCSV(toPath path: String, threads: Int? = nil) throws(TabularError) -> PortfolioSummary {
        let file = try AtomicOutputFile(path: path)
        let summary = try writeCSV(threads: threads) { (bytes) throws(TabularError) in try file.write(bytes) }
        try file.commit()
        return summary
    }

    /// Writes the portfolio as CSV, handing the bytes to `output` in order, a block at a time.
    ///
    /// Layout: the header `id,x1,...,xP,<categorical names>,default`, then one line per row ending
    /// in LF; numbers as `RoundedDecimal.text`, levels as they are (none needs quoting).
    ///
    /// Blocks are drawn and formatted `threads` at a time (default: one per active processor), each
    /// into its own reused buffer, then handed over in order, so memory is bounded by a few blocks
    /// and the bytes do not depend on the number of threads.
    /// - Returns: the rows, events and expected events.
    /// - Complexity: O(rows x features).
    @discardableResult
    public func writeCSV<E: Error>(
        threads: Int? = nil, _ output: (UnsafeRawBufferPointer) throws(E) -> Void
    ) throws(E) -> PortfolioSummary {
        let workers = max(1, min(threads ?? ProcessInfo.processInfo.activeProcessorCount, max(blockCount, 1)))
        precondition(threads.map { $0 >= 1 } ?? true, "at least one thread")
        let formatter = RowFormatter(portfolio: self)

        let buffers = SharedSlots((0..<workers).map { _ in ByteBuffer(capacity: 1 << 20) })
        let headerText = Array((header.joined(separator: ",") + "\n").utf8)
        buffers[0].reserve(headerText.count)
        headerText.withUnsafeBufferPointer { buffers[0].appendReserved($0) }
        try buffers[0].withBytes { (raw) throws(E) in try output(raw) }
        let results = SharedSlots(repeating: BlockResult(), count: workers)
        var summary = PortfolioSummary(rows: 0, events: 0, expectedEvents: 0)
        var streams = BlockStreams(seed: options.seed)
        var nextBlock = 0
        while nextBlock < blockCount {
            let round = min(workers, blockCount - nextBlock)
            let jobs = (0..<round).map { (block: nextBlock + $0, stream: streams.next()) }
            // Job j of the round is formatted into buffer j.
            ParallelWork.run(count: round, threads: round) { job in
                results[job] = formatBlock(
                    jobs[job].block, stream: jobs[job].stream, into: buffers[job], formatter: formatter)
            }
            for job in 0..<round {
                try buffers[job].withBytes { (raw) throws(E) in try output(raw) }
                summary.rows += results[job].rows
                summary.events += results[job].events
                summary.expectedEvents += results[job].expectedEvents
            }
            nextBlock += round
        }
        return summary
    }

    /// Draws block `block` from `stream` and formats its rows into `buffer` (emptied first).
    private func formatBlock(
        _ block: Int, stream: SeededGenerator, into buffer: ByteBuffer, formatter: RowFormatter
    ) -> BlockResult {
        buffer.count = 0
        var visitor = CSVRowVisitor(buffer: buffer, formatter: formatter)
        drawBlock(block, stream: stream, into: &visitor)
        visitor.finish()
        return visitor.result
    }
}

/// One block's counts.
struct BlockResult {
    var rows = 0
    var events = 0
    var expectedEvents = 0.0
}

/// The fixed parts of a row's text: level names as bytes, and how much room a row can need.
struct RowFormatter: Sendable {
    let levelBytes: [[[UInt8]]]
    let maximumRowBytes: Int

    init(portfolio: SyntheticPortfolio) {
        levelBytes = portfolio.categoricalFeatures.map { $0.levels.map { Array($0.utf8) } }
        let longestLevels = levelBytes.reduce(0) { $0 + ($1.map(\.count).max() ?? 0) + 1 }
        maximumRowBytes =
            20 + portfolio.numericFeatures.count * (RoundedDecimal.maximumTextLength + 1) + longestLevels + 3
    }
}

/// Formats drawn rows into a buffer and counts events. Writes go through a local cursor; the
/// buffer's count is brought up to date at the start of each row (and by `finish()`).
private struct CSVRowVisitor: PortfolioRowVisitor {
    let buffer: ByteBuffer
    let formatter: RowFormatter
    var result = BlockResult()
    private var cursor: UnsafeMutablePointer<UInt8>

    init(buffer: ByteBuffer, formatter: RowFormatter) {
        self.buffer = buffer
        self.formatter = formatter
        cursor = buffer.base + buffer.count
    }

    mutating func beginRow(id: Int) {
        buffer.count = cursor - buffer.base
        buffer.reserve(formatter.maximumRowBytes)
        cursor = buffer.base + buffer.count
        cursor += RoundedDecimal(significand: Int64(id), exponent: 0).write(to: cursor)
    }

    mutating func numeric(_ index: Int, decimal: RoundedDecimal, value: Double) {
        cursor[0] = UInt8(ascii: ",")
        cursor += 1 + decimal.write(to: cursor + 1)
    }

    mutating func categorical(_ index: Int, level: Int) {
        cursor[0] = UInt8(ascii: ",")
        cursor += 1
        formatter.levelBytes[index][level].withUnsafeBufferPointer { bytes in
            cursor.update(from: bytes.baseAddress!, count: bytes.count)
            cursor += bytes.count
        }
    }

    mutating func endRow(probability: Double, isDefault: Bool) {
        cursor[0] = UInt8(ascii: ",")
        cursor[1] = isDefault ? UInt8(ascii: "1") : UInt8(ascii: "0")
        cursor[2] = UInt8(ascii: "\n")
        cursor += 3
        result.rows += 1
        result.events += isDefault ? 1 : 0
        result.expectedEvents += probability
    }

    /// Brings the buffer's count up to date.
    func finish() {
        buffer.count = cursor - buffer.base
    }
}
