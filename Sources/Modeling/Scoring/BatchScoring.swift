import Tabular

/// How `BatchScoring.score` reads its input and what it writes besides `pd`.
public struct BatchScoringOptions: Sendable, Hashable {
    /// The column written first, as read (text); nil writes `row`, the spreadsheet row number.
    public var idColumn: String?
    /// Columns copied to the output after `pd`, in this order, as read (text).
    public var keepColumns: [String]
    /// Stop at the first row that cannot be scored (thrown as `BatchScoringError.badRow`).
    public var strict: Bool
    /// Records per chunk read. The default, 4096, was as fast as 16k and faster than 64k on
    /// 1,000,000 x 50 (the chunk's columns stay in cache), with the least memory (31 MB peak in all).
    public var chunkRows: Int
    /// The CSV dialect and missing tokens (the bad-row policy is always `.skip`: bad rows are
    /// reported by the scorer, and `strict` stops at the first), and the threads
    /// (`maxThreads`, nil: one per processor).
    public var csv: CSVOptions

    public init(
        idColumn: String? = nil, keepColumns: [String] = [], strict: Bool = false, chunkRows: Int = 4096,
        csv: CSVOptions = CSVOptions()
    ) {
        self.idColumn = idColumn
        self.keepColumns = keepColumns
        self.strict = strict
        self.chunkRows = chunkRows
        self.csv = csv
    }
}

/// What a batch scoring run did.
public struct BatchScoringSummary: Sendable, Hashable {
    /// Data records read (scored and skipped).
    public var rowsRead: Int
    /// Rows written with a PD.
    public var rowsScored: Int
    /// Rows reported and left out.
    public var rowsSkipped: Int
    /// Rows scored with an unseen level taken as the reference level (`DesignEncoder.UnseenLevelPolicy.reference`).
    public var unseenLevelRows: Int
}

/// Why a batch scoring run stopped.
public enum BatchScoringError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Reading the data or writing the output failed (see the error for the exit status).
    case file(TabularError)
    /// A row could not be scored under `strict`.
    case badRow(ScoringProblem)

    public var description: String {
        switch self {
        case .file(let error): error.description
        case .badRow(let problem): problem.description
        }
    }
}

/// Scores a whole portfolio file in bounded memory: reads it in chunks with `CSVReader` (only the
/// columns needed: the model's features, the id and the kept columns), scores each chunk with a
/// `ChunkScorer`, and writes `id,pd[,kept...]` (shortest round-trip numbers) to a file that
/// appears only when the run succeeds (or to standard output for `-`).
///
/// The work is spread over the threads without a thread waiting for another stage: while the
/// reader parses chunk k + 1 in parts, the output rows of chunk k are formatted in pieces on the
/// same threads (`CSVReader.nextChunk(maxRows:alongside:)`); the calling thread then writes the
/// pieces in order and scores chunk k + 1 (a few vectorized passes). Memory is that of two chunks
/// and their formatted output, whatever the number of rows; the output bytes do not depend on the
/// number of threads.
public enum BatchScoring {
    /// Scores `dataPath` (`-`: standard input) into `outputPath` (`-`: standard output).
    ///
    /// Rows that cannot be scored — unreadable (ragged, text in a numeric feature ...), a missing
    /// value in a feature, an unseen level under `.error` — are handed to `report` in file order
    /// and skipped; under `options.strict` the first one is thrown instead and no output file is
    /// left. `report` gets every problem the reader lists (see `CSVOptions.diagnosticLimit`) and
    /// every problem the scorer finds; `rowsSkipped` counts them all. `progress` is told the
    /// number of records of each chunk read.
    /// - Throws: `BatchScoringError.file` when the data cannot be read (missing file 66, bad header
    ///   or unknown column 65) or the output cannot be written (73, 74); `.badRow` under `strict`.
    public static func score(
        dataPath: String, outputPath: String, scorer: CompiledScorer, options: BatchScoringOptions = BatchScoringOptions(),
        report: (ScoringProblem) -> Void, progress: (Int) -> Void = { _ in }
    ) throws(BatchScoringError) -> BatchScoringSummary {
        precondition(options.chunkRows >= 1, "a chunk holds at least one row")
        var csv = options.csv
        csv.badRows = .skip
        let layout = OutputLayout(scorer: scorer, options: options)
        let reader: CSVReader
        let writer: CSVWriter
        do {
            reader = try CSVReader(path: dataPath, request: layout.request, options: csv)
            writer = try CSVWriter(path: outputPath, delimiter: csv.delimiter)
            try writer.writeHeader(layout.header)
        } catch {
            throw .file(error)
        }
        let threads = csv.maxThreads ?? ParallelWork.processorCount
        // Two pieces per thread, so a thread slowed by another stage takes fewer.
        let pieces = threads > 1 ? 2 * threads : 1
        let buffers = SharedSlots((0..<pieces).map { _ in CSVRowBuffer(capacity: 1 << 16, delimiter: csv.delimiter) })
        var chunkScorer = ChunkScorer(scorer)
        var summary = BatchScoringSummary(rowsRead: 0, rowsScored: 0, rowsSkipped: 0, unseenLevelRows: 0)
        // The last chunk scored, whose rows are formatted while the next one is read.
        var scored: (rows: Dataset, probabilities: [Double])?
        do {
            while true {
                var formatting = ConcurrentWork.none
                if let (rows, probabilities) = scored {
                    let n = rows.rowCount
                    formatting = ConcurrentWork(count: pieces) { piece in
                        let buffer = buffers[piece]
                        buffer.removeAll()
                        layout.format(
                            rows, probabilities: probabilities, range: n * piece / pieces..<n * (piece + 1) / pieces,
                            into: buffer)
                    }
                }
                let next = try reader.nextChunk(maxRows: options.chunkRows, alongside: formatting)
                if scored != nil {
                    for piece in 0..<pieces { try writer.appendRows(of: buffers[piece]) }
                    scored = nil
                }
                guard let chunk = next else { break }
                let rows = chunk.rows
                var probabilities: [Double] = []
                let outcome = chunkScorer.score(rows, into: &probabilities)
                let problems = merged(chunk.diagnostics.map(ScoringProblem.unreadable), outcome.problems)
                if options.strict, let first = problems.first {
                    writer.discard()
                    throw BatchScoringError.badRow(first)
                }
                for problem in problems { report(problem) }
                summary.rowsRead += rows.rowCount + chunk.skippedRowCount
                summary.rowsSkipped += chunk.skippedRowCount + outcome.problems.count
                summary.rowsScored += rows.rowCount - outcome.problems.count
                summary.unseenLevelRows += outcome.unseenLevelRows
                progress(rows.rowCount + chunk.skippedRowCount)
                scored = (rows, probabilities)
            }
            try writer.finish()
        } catch let error as BatchScoringError {
            throw error
        } catch let error as TabularError {
            writer.discard()
            throw .file(error)
        } catch {
            preconditionFailure("unexpected error \(error)")
        }
        return summary
    }

    /// The two row-ordered lists as one, in row order (stable: the reader's first on a tie).
    static func merged(_ a: [ScoringProblem], _ b: [ScoringProblem]) -> [ScoringProblem] {
        if b.isEmpty { return a }
        if a.isEmpty { return b }
        var result: [ScoringProblem] = []
        result.reserveCapacity(a.count + b.count)
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && (a[i].row ?? 0) <= (b[j].row ?? 0)) {
                result.append(a[i])
                i += 1
            } else {
                result.append(b[j])
                j += 1
            }
        }
        return result
    }
}
