import SyntheticData
import Tabular

/// `credo synth`: groups the generators of synthetic data with known true parameters.
struct SynthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "synth",
        abstract: "Generate synthetic data with known true parameters.",
        subcommands: [SynthPortfolioCommand.self])
}

/// `credo synth portfolio`: a portfolio drawn from a known logistic model, with its truth.
struct SynthPortfolioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "portfolio",
        abstract: "Write a synthetic credit portfolio drawn from a known logistic model.",
        discussion: """
            Each row holds 'id' (1, 2, ...), numeric features x1 ... xP (standard normal, AR(1)-correlated \
            in groups of five: rho 0.6, 0.3, 0, repeating), categorical features (region, segment, channel, \
            product, housing, employment, sector, collateral, then cat9 ...; unequal level frequencies) and \
            the target 'default' (1 = bad), drawn from Bernoulli(logistic(eta)) with eta computed from the \
            values as rounded in the file, so the truth holds exactly for the file.

            The truth (true coefficients named as credo names design columns, the seed and the options) is \
            written as JSON beside the data: FILE with '.csv' replaced by '.truth.json' unless --truth is \
            given. The same options always give the same bytes.

            Example:
             credo synth portfolio --rows 20000 --features 8 --seed 20261204 --out portfolio.csv
            """)

    @Option(valueName: "n", help: "Number of rows.") var rows: Int
    @Option(valueName: "p", help: "Number of numeric features x1 ... xP.") var features: Int
    @Option(valueName: "k", help: "Number of categorical features.") var categorical: Int = 3
    @Option(valueName: "s", help: "Seed of every random draw (a non-negative integer).") var seed: Int
    @Option(valueName: "b0", help: "True intercept of the logistic model.") var intercept: Double = -2.5
    @Option(valueName: "d", help: "Significant digits of the numeric features in the file (1-15).")
    var digits: Int = 4
    @Option(valueName: "file", help: "The CSV to write ('-' for standard output).") var out: String
    @Option(valueName: "file", help: "Where the truth JSON goes (default: beside --out; none for '-').")
    var truth: String?

    mutating func validate() throws {
        guard seed >= 0 else { throw ValidationError("--seed must not be negative, got \(seed)") }
        if let problem = options.problem {
            throw ValidationError(problem)
        }
        if truthPath == out {
            throw ValidationError("--truth must differ from --out")
        }
    }

    /// The portfolio options the command line gives.
    var options: PortfolioOptions {
        PortfolioOptions(
            rows: rows, numericFeatures: features, categoricalFeatures: categorical, seed: UInt64(max(seed, 0)),
            intercept: intercept, significantDigits: digits)
    }

    /// The truth file: `--truth`, or `--out` with `.csv` replaced by (or without it, followed by)
    /// `.truth.json`; none when the data go to standard output and `--truth` is not given.
    var truthPath: String? {
        if let truth { return truth }
        if out == "-" { return nil }
        let stem = out.hasSuffix(".csv") ? String(out.dropLast(4)) : out
        return stem + ".truth.json"
    }

    func run(_ context: CommandContext) throws {
        let portfolio = SyntheticPortfolio(options: options)
        let generator = "credo \(CredoVersion.current) synth portfolio"
        let resolvedOut = context.openablePath(out)
        let resolvedTruth = truthPath.map { context.openablePath($0) }
        if let resolvedTruth {
            // Fail before the long write when the truth cannot be created.
            if resolvedTruth != "-" { _ = try AtomicOutputFile(path: resolvedTruth) }
        }

        let summary: PortfolioSummary
        if resolvedOut == "-" {
            let sink = context.stdout
            summary = portfolio.writeCSV { bytes in sink.write(bytes: bytes) }
        } else {
            summary = try portfolio.writeCSV(toPath: resolvedOut)
        }
        if let resolvedTruth {
            let bytes = PortfolioTruth(portfolio: portfolio, summary: summary, generator: generator).jsonBytes
            if resolvedTruth == "-" {
                context.stdout.write(bytes: bytes)
            } else {
                try AtomicOutputFile.write(bytes, to: resolvedTruth)
            }
        }

        let rate = summary.rows > 0 ? Double(summary.events) / Double(summary.rows) : 0
        let message =
            "\(out == "-" ? "<stdout>" : out): \(summary.rows) rows, \(summary.events) defaults "
            + "(event rate \(formatShortest((rate * 10_000).rounded() / 100))%)"
            + (truthPath.map { "; truth in \($0 == "-" ? "<stdout>" : $0)" } ?? "")
        let usesStandardOutput = out == "-" || truthPath == "-"
        (usesStandardOutput ? context.stderr : context.stdout).writeLine(message)
    }
}
