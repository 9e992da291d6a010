import Foundation
import Profiling
import Tabular

/// `credo describe`: the data-quality profile of a CSV file — what an analyst runs first on a new
/// customer file. The work is `DataProfile.compute` (Profiling); this reads, calls and renders.
struct DescribeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "describe",
        abstract: "Profile a CSV file: missing values, distributions, duplicates, bad rates and IV.",
        discussion: """
            Per column: kind, missing values, distinct values; numeric columns: min, max, mean, std \
            (n - 1), quantiles (1 5 25 50 75 95 99 %, numpy 'linear') and zeros; categorical and text \
            columns: the most frequent values (ties in the value's byte order). Overall: rows, columns, \
            rows skipped as bad, duplicate rows (equal on every column of the file) and, with --id, \
            duplicate ids.

            With --target: the bad rate, and per column the bad rate by category (categorical) or by \
            quantile bucket (numeric: buckets [a, b) cut at the order statistics x(ceil(k n / B)); \
            equal values never split; missing values in a bucket of their own), with WoE = \
            ln(good share / bad share) (0.5 added to both counts of a group without bads or goods) \
            and IV = sum (good share - bad share) WoE. IV rule of thumb: < 0.02 useless, 0.02-0.1 weak, \
            0.1-0.3 medium, > 0.3 strong. Rows with a missing or invalid target are left out of the \
            bad-rate tables.

            Exit status: 0; 1 when bad rows were skipped (listed on standard error); 65 with --strict \
            at the first bad row or invalid target value, and always for a quote that is never closed \
            (it swallows the rest of the file).

            Examples:
              credo describe --data applicants.csv
              credo describe --data german.csv --target class --bad-value 2 --format json --out profile.json
            """)

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case text, json, csv
    }

    @Option(valueName: "file", help: "The CSV file to profile ('-' for standard input).") var data: String
    @Option(valueName: "column", help: "The binary target column (1 = bad, 0 = good unless mapped).") var target: String?
    @Option(valueName: "value", help: "The target value that means bad (e.g. 2).") var badValue: String?
    @Option(valueName: "value", help: "The target value that means good (default: the one other value).")
    var goodValue: String?
    @Option(valueName: "column", help: "The id column: checked for duplicate ids, read as text.") var id: String?
    @Option(valueName: "column", help: "Columns to read as categorical.") var categorical: [String] = []
    @Option(valueName: "column", help: "Columns to read as numeric (a value that is not a number is a bad row).")
    var numeric: [String] = []
    @Option(valueName: "column", help: "Columns to read as text.") var text: [String] = []
    @Option(valueName: "column", help: "The columns to profile, in report order (default: all).") var columns: [String] = []
    @Option(help: "Output format.") var format: Format = .text
    @Option(valueName: "file", help: "Write the profile to this file ('-' for standard output).") var out: String?
    @Option(valueName: "n", help: "Most frequent values listed per categorical or text column.") var top: Int = 10
    @Option(valueName: "n", help: "Quantile buckets per numeric column for bad rates.") var buckets: Int = 10
    @Option(
        valueName: "token", help: "Values read as missing (the empty field always is).")
    var missingValues: [String] = ["NA", "NaN", "null"]
    @Flag(help: "Stop at the first bad row (exit 65).") var strict = false
    @Flag(help: "Read the file and print rows, columns and a checksum only (benchmarks).", visibility: .hidden)
    var parseOnly = false
    @Flag(help: "Print phase timings on standard error (benchmarks).", visibility: .hidden) var timings = false
    @Option(help: "Threads for reading and profiling (default: one per processor).", visibility: .hidden)
    var threads: Int?

    mutating func validate() throws {
        guard top >= 0 else { throw ValidationError("--top must not be negative, got \(top)") }
        guard (1...100).contains(buckets) else { throw ValidationError("--buckets must be 1 to 100, got \(buckets)") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1, got \(threads)") }
        if target == nil && (badValue != nil || goodValue != nil) {
            throw ValidationError("--bad-value and --good-value need --target")
        }
        if goodValue != nil && badValue == nil { throw ValidationError("--good-value needs --bad-value") }
        if let badValue, badValue == goodValue {
            throw ValidationError("--bad-value and --good-value must differ, both are '\(badValue)'")
        }
        if let id, id == target { throw ValidationError("the id column '\(id)' cannot also be the target") }
        var kindOf: [String: String] = [:]
        for (option, names) in [("--categorical", categorical), ("--numeric", numeric), ("--text", text)] {
            for name in names {
                if let earlier = kindOf.updateValue(option, forKey: name), earlier != option {
                    throw ValidationError("column '\(name)' is given to both \(earlier) and \(option)")
                }
            }
        }
    }

    func run(_ context: CommandContext) throws {
        let clock = ContinuousClock()
        let started = clock.now
        // Open the output first: a bad output path fails before any reading (exit 73), and a
        // failure later leaves no file behind (the temporary file is removed).
        let output = try out.flatMap { path throws(TabularError) in
            path == "-" ? nil : try AtomicOutputFile(path: context.openablePath(path))
        }
        let read = try readData(context)
        // An unclosed quote swallows the rest of the file: no profile of the rows before it is
        // worth reporting as if it were the whole file.
        if let unclosed = read.diagnostics.first(where: { $0.problem == .unterminatedQuote }) {
            throw TabularError.data(unclosed)
        }
        let afterRead = clock.now
        let body: String
        if parseOnly {
            body = parseSummary(read.dataset)
        } else {
            let definition = target.map { BinaryTargetDefinition(column: $0, badValue: badValue, goodValue: goodValue) }
            let options = ProfileOptions(
                topCategoryCount: top, bucketCount: buckets, columns: columns.isEmpty ? nil : columns,
                missingTokens: missingTokens, maxThreads: threads)
            let profile = try DataProfile.compute(
                dataset: read.dataset, target: definition, id: id, options: options, skippedRowCount: read.skippedRowCount,
                skippedRows: read.diagnostics)
            if strict, let invalid = profile.target?.invalidRows.first { throw TabularError.data(invalid) }
            switch format {
            case .text: body = DescribeTextRenderer.render(profile)
            case .json: body = DescribeJSONRenderer.render(profile)
            case .csv: body = DescribeCSVRenderer.render(profile)
            }
        }
        let afterProfile = clock.now
        if let output {
            try output.write(body)
            try output.commit()
        } else {
            context.stdout.write(body)
        }
        if timings {
            func seconds(_ duration: Duration) -> String {
                formatShortest(Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18)
            }
            context.stderr.writeLine(
                "timings {\"read\": \(seconds(afterRead - started)), \"profile\": \(seconds(afterProfile - afterRead)), "
                    + "\"total\": \(seconds(clock.now - started))}")
        }
        try reportSkippedRows(read, context: context)
    }

    /// The missing-value tokens: the given ones and the empty field.
    private var missingTokens: Set<String> { Set(missingValues).union([""]) }

    private func readData(_ context: CommandContext) throws(TabularError) -> ReadResult {
        var kinds: [String: ColumnKind] = [:]
        if let id { kinds[id] = .text }
        for name in categorical { kinds[name] = .categorical }
        for name in numeric { kinds[name] = .numeric }
        for name in text { kinds[name] = .text }
        let options = CSVOptions(missingTokens: missingTokens, badRows: strict ? .strict : .skip, maxThreads: threads)
        return try readDataset(path: context.openablePath(data), request: ColumnRequest(kinds: kinds), options: options)
    }


    /// `--parse-only`: rows, columns and the sum of every numeric value (so no read is skipped).
    private func parseSummary(_ dataset: Dataset) -> String {
        let checksum = numericChecksum(of: dataset, maxThreads: threads)
        return "rows \(dataset.rowCount)\ncolumns \(dataset.columns.count)\nchecksum \(formatShortest(checksum))\n"
    }

    /// Lists the first skipped rows on standard error and ends with status 1 when there are any.
    private func reportSkippedRows(_ read: ReadResult, context: CommandContext) throws {
        guard read.skippedRowCount > 0 else { return }
        let shown = read.diagnostics.prefix(5)
        for diagnostic in shown { context.stderr.writeLine("Warning: \(diagnostic.description)") }
        let more = read.skippedRowCount - shown.count
        let tail = more > 0 ? " (\(more) more not shown)" : ""
        context.stderr.writeLine(
            "Warning: \(read.skippedRowCount) bad row\(read.skippedRowCount == 1 ? "" : "s") skipped\(tail)")
        throw ExitCode.rowsSkipped
    }
}
