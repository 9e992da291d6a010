/// Work items run on a reader's threads while it parses (`CSVReader.nextChunk(maxRows:alongside:)`).
public struct ConcurrentWork: Sendable {
    /// The number of items.
    public let count: Int
    /// Runs item `i` (in `0..<count`); items run in any order, on any of the threads.
    public let body: @Sendable (Int) -> Void

    public init(count: Int, body: @escaping @Sendable (Int) -> Void) {
        precondition(count >= 0, "a negative number of work items")
        self.count = count
        self.body = body
    }

    /// No work.
    public static let none = ConcurrentWork(count: 0) { _ in }

    /// Runs every item on up to `threads` threads and returns when all are done.
    func run(threads: Int) {
        ParallelWork.run(count: count, threads: threads, body)
    }
}
