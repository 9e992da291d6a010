/// `credo _echo-options`: a hidden command that prints what the command layer parsed, one
/// `name=value` line each (lists joined by `|`), so end-to-end tests can check parsing through
/// the real binary. `--fail` makes it fail in a chosen way, to check exit statuses and messages.
struct EchoOptionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "_echo-options",
        abstract: "Print the parsed command line (tests the command layer).",
        isHidden: true)

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case text, json, csv
    }

    enum Failure: String, CaseIterable, ExpressibleByArgument {
        case none, usage, data, io, `internal`
        case rowsSkipped = "rows-skipped"
    }

    /// A data error as a domain module would report it.
    struct RequestedFailure: CLIReportableError {
        let exitCode: ExitCode
        let message: String
    }

    /// An error no one has mapped to an exit status.
    struct UnmappedFailure: Error {}

    @Argument(valueName: "word", help: "Words to echo.") var words: [String] = []
    @Option(valueName: "column", help: "A required text value.") var target: String
    @Option(help: "A non-negative integer.") var count: Int = 1
    @Option(help: "A number.") var ratio: Double = 0.5
    @Option(help: "Output format.") var format: Format = .text
    @Option(valueName: "feature", help: "Features, comma-separated or repeated.") var features: [String] = []
    @Option(help: "An optional value.") var weight: String?
    @Flag(help: "A flag.") var strict = false
    @Flag(help: "Echo standard input.") var readStdin = false
    @Flag(help: "Echo SOURCE_DATE_EPOCH.") var showSourceDate = false
    @Option(help: "Fail on purpose.", visibility: .hidden) var fail: Failure = .none

    mutating func validate() throws {
        guard count >= 0 else { throw ValidationError("--count must not be negative, got \(count)") }
    }

    func run(_ context: CommandContext) throws {
        let out = context.stdout
        out.writeLine("target=\(target)")
        out.writeLine("count=\(count)")
        out.writeLine("ratio=\(ratio)")
        out.writeLine("format=\(format.rawValue)")
        out.writeLine("features=\(features.joined(separator: "|"))")
        out.writeLine("weight=\(weight ?? "<none>")")
        out.writeLine("strict=\(strict)")
        out.writeLine("words=\(words.joined(separator: "|"))")
        if readStdin {
            out.writeLine("stdin=\(String(decoding: try context.stdin.readAll(), as: UTF8.self))")
        }
        if showSourceDate {
            let date = try context.sourceDateEpoch()
            out.writeLine("source-date=\(date.map { String(Int64($0.timeIntervalSince1970)) } ?? "<none>")")
        }
        switch fail {
        case .none: return
        case .usage: throw ValidationError("failure requested with --fail usage")
        case .data: throw RequestedFailure(exitCode: .dataError, message: "row 2, column 'x': failure requested")
        case .io: throw RequestedFailure(exitCode: .ioError, message: "cannot read 'x': failure requested")
        case .internal: throw UnmappedFailure()
        case .rowsSkipped: throw ExitCode.rowsSkipped
        }
    }
}
