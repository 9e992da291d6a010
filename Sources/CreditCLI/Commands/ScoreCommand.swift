import Modeling
import Tabular

/// `credo score`: nightly batch scoring of a whole portfolio with a trained model.
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "score",
        abstract: "Score a portfolio with a trained model: one PD per row, in bounded memory.",
        discussion: """
            Reads the portfolio in chunks (only the model's features, the id and the kept columns), \
            computes eta = sum of coefficient x value over the model's design columns and \
            PD = 1 / (1 + exp(-eta)) for every row, and writes 'id,pd' (then the kept columns) with \
            numbers in their shortest round-trip form. Without --id the first column is 'row', the \
            spreadsheet row number (the header is row 1). The output file appears only when the run \
            succeeds; '-' reads standard input or writes standard output, so credo can score one \
            partition of a larger job (xargs -P, Spark's RDD.pipe).

            Values are missing as the model was trained to read them (its 'missingValues'; the empty \
            field always), unless --missing-values says otherwise.

            A row that cannot be scored (ragged, text in a numeric feature, a missing value in a \
            feature, a level not seen in training) is reported on standard error with its file, row, \
            column and value (the first 20 in full, then a count) and skipped; the exit status is then \
            1. --strict stops at the first such row with status 65 and leaves no output file. With \
            --unseen-level reference, an unseen level is scored as the feature's reference level and \
            counted in a warning.

            Example:
             credo score --model model.json --data portfolio.csv --id id --out scores.csv
            """)

    @Option(valueName: "file", help: "The model file written by 'credo train'.") var model: String
    @Option(valueName: "file", help: "The portfolio to score (CSV; '-' for standard input).") var data: String
    @Option(valueName: "file", help: "Where the scores go ('-' for standard output).") var out: String = "-"
    @Option(valueName: "column", help: "The column written first, as read (default: 'row', the row number).")
    var id: String?
    @Option(valueName: "column", help: "Columns copied after 'pd', in this order (comma-separated or repeated).")
    var keep: [String] = []
    @Flag(help: "Stop at the first row that cannot be scored (exit 65, no output file).") var strict = false
    @Option(
        valueName: "policy", help: "A level the model did not see in training: the row is an error, or scored as the reference level.")
    var unseenLevel: DesignEncoder.UnseenLevelPolicy = .error
    @Option(
        valueName: "token",
        help: "Values read as missing (the empty field always is; default: those the model was trained with).")
    var missingValues: [String] = []
    @Option(valueName: "n", help: "Rows read per chunk.") var chunkRows: Int = 4096
    @Option(valueName: "n", help: "Threads for reading and formatting (default: one per processor); the output is the same.")
    var threads: Int?
    @Flag(help: "Print phase timings on standard error (benchmarks).", visibility: .hidden) var timings = false

    /// How many bad rows are shown in full before only their number is given.
    static let reportedInFull = 20

    mutating func validate() throws {
        guard chunkRows >= 1 else { throw ValidationError("--chunk-rows must be at least 1, got \(chunkRows)") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1, got \(threads)") }
        let first = id ?? "row"
        if first == "pd" { throw ValidationError("--id cannot be 'pd': the output has a column 'pd'") }
        var seen: Set<String> = [first, "pd"]
        for name in keep where !seen.insert(name).inserted {
            throw ValidationError("--keep: the output already has a column '\(name)'")
        }
    }

    func run(_ context: CommandContext) throws {
        var clock = PhaseClock()
        let loaded = try ModelFile.load(path: context.openablePath(model))
        let scorer = CompiledScorer(model: loaded, unseenLevels: unseenLevel)
        let outputPath = context.openablePath(out)
        let options = BatchScoringOptions(
            idColumn: id, keepColumns: keep, strict: strict, chunkRows: chunkRows,
            csv: CSVOptions(
                missingTokens: missingValues.isEmpty ? loaded.missingTokens : Set(missingValues).union([""]), maxThreads: threads))

        var shown = 0
        let stderr = context.stderr
        clock.lap("load")
        let progress = context.startProgress("Scoring", unit: "rows")
        let summary = try BatchScoring.score(
            dataPath: context.openablePath(data), outputPath: outputPath, scorer: scorer, options: options,
            report: { problem in
                if shown < Self.reportedInFull {
                    progress.finish()
                    stderr.writeLine(problem.description)
                }
                shown += 1
            },
            progress: { progress.advance(by: $0) })
        progress.finish()
        clock.lap("score")
        if timings { stderr.writeLine(clock.line()) }

        if summary.rowsSkipped > Self.reportedInFull {
            stderr.writeLine("... and \(summary.rowsSkipped - min(shown, Self.reportedInFull)) more rows that cannot be scored")
        }
        if summary.unseenLevelRows > 0 {
            stderr.writeLine(
                "Warning: \(summary.unseenLevelRows) row\(summary.unseenLevelRows == 1 ? "" : "s") held a level "
                    + "not seen in training, scored as the reference level (--unseen-level reference)")
        }
        if summary.rowsSkipped > 0 {
            stderr.writeLine(
                "skipped \(summary.rowsSkipped) of \(summary.rowsRead) rows; \(summary.rowsScored) scored")
            throw ExitCode.rowsSkipped
        }
    }
}

/// `--unseen-level error|reference`.
extension DesignEncoder.UnseenLevelPolicy: ExpressibleByArgument {}
