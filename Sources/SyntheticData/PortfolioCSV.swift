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
    /// in LF; numbers as `RoundedDecimal.text`, levels as they are (none needs quoting); encoded by
    /// Tabular's `CSVRowBuffer`.
    ///
    /// Blocks are drawn and formatted `threads` at a time (default: one per active processor), each
    /// into its own reused `CSVRowBuffer`, then handed over in order, so memory is bounded by a few blocks
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

        let buffers = SharedSlots((0..<workers).map { _ in CSVRowBuffer(capacity: 1 << 20) })
        buffers[0].appendRow(header)
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
        _ block: Int, stream: SeededGenerator, into buffer: CSVRowBuffer, formatter: RowFormatter
    ) -> BlockResult {
        buffer.removeAll()
        var visitor = CSVRowVisitor(buffer: buffer, formatter: formatter)
        drawBlock(block, stream: stream, into: &visitor)
        return visitor.result
    }
}

/// One block's counts.
struct BlockResult {
    var rows = 0
    var events = 0
    var expectedEvents = 0.0
}

/// The fixed parts of a row's text: each level as its CSV field (encoded once by `CSVRowBuffer`,
/// quoted if it needed it), and how much room a row can need.
struct RowFormatter: Sendable {
    let levelFields: [[[UInt8]]]
    let maximumRowBytes: Int

    init(portfolio: SyntheticPortfolio) {
        let encoder = CSVRowBuffer(capacity: 256)
        levelFields = portfolio.categoricalFeatures.map { feature in
            feature.levels.map { level in
                encoder.removeAll()
                encoder.appendRow([level])
                return encoder.withBytes { Array($0.dropLast()) }  // the field, without the row's LF
            }
        }
        let levels = levelFields.reduce(0) { $0 + 1 + ($1.map(\.count).max() ?? 0) }
        let numbers = portfolio.numericFeatures.count * (1 + RoundedDecimal.maximumTextLength)
        let integer = CSVRowBuffer.RowCursor.maximumIntegerBytes
        maximumRowBytes = integer + numbers + levels + integer
    }
}

/// Formats drawn rows into a `CSVRowBuffer` (through a cursor over room reserved for the row)
/// and counts events.
private struct CSVRowVisitor: PortfolioRowVisitor {
    let buffer: CSVRowBuffer
    let formatter: RowFormatter
    var result = BlockResult()
    /// The row being written (before the first row, a cursor at the start that is never ended).
    private var row: CSVRowBuffer.RowCursor

    init(buffer: CSVRowBuffer, formatter: RowFormatter) {
        self.buffer = buffer
        self.formatter = formatter
        row = buffer.beginRow(reservingBytes: 0)
    }

    mutating func beginRow(id: Int) {
        row = buffer.beginRow(reservingBytes: formatter.maximumRowBytes)
        row.appendField(id)
    }

    mutating func numeric(_ index: Int, decimal: RoundedDecimal, value: Double) {
        row.appendField(maximumBytes: RoundedDecimal.maximumTextLength) { decimal.write(to: $0) }
    }

    mutating func categorical(_ index: Int, level: Int) {
        formatter.levelFields[index][level].withUnsafeBufferPointer { field in
            row.appendField(maximumBytes: field.count) { destination in
                destination.update(from: field.baseAddress!, count: field.count)
                return field.count
            }
        }
    }

    mutating func endRow(probability: Double, isDefault: Bool) {
        row.appendField(isDefault ? 1 : 0)
        buffer.endRow(row)
        result.rows += 1
        result.events += isDefault ? 1 : 0
        result.expectedEvents += probability
    }
}
