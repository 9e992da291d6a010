@testable import CreditCLI

// Commands declared only for tests of the command layer.

enum Shade: String, CaseIterable, ExpressibleByArgument {
    case text, json, csv
}

/// A command using every kind of declaration.
struct Probe: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "probe", abstract: "Probe the parser with every kind of argument.")

    @Argument(help: "The input file.") var input: String
    @Argument(help: "The output file.") var output: String?
    @Option(valueName: "column", help: "The target column.") var target: String
    @Option(help: "Iteration limit.") var maxIterations: Int = 25
    @Option(help: "Ridge penalty.") var l2: Double = 0
    @Option(help: "Output format.") var format: Shade = .text
    @Option(valueName: "name", help: "Features to use.") var features: [String] = []
    @Option(help: "Special values.") var specialValues: [Double] = [-999]
    @Option(valueName: "path", separator: nil, help: "Extra files.") var paths: [String] = []
    @Option(help: "Weight column.") var weight: String?
    @Option(short: "o", valueName: "file", help: "Report file.") var report: String?
    @Option(help: "Whether the file has a header.") var header: Bool = true
    @Flag(help: "Stop at the first bad row.") var strict = false
    @Flag(short: "q", help: "Say less.") var quiet = false
    @Option(help: "Worker threads.", visibility: .hidden) var benchmarkThreads: Int = 2
}

/// Options shared through an option group.
struct SharedCSVOptions: ParsableArguments {
    @Option(help: "Field separator.") var delimiter: String = ","
    @Option(valueName: "token", help: "Tokens read as missing.") var missing: [String] = ["NA"]

    mutating func validate() throws {
        guard delimiter.count == 1 else {
            throw ValidationError("--delimiter must be one character, got '\(delimiter)'")
        }
    }
}

struct GroupedProbe: ParsableCommand {
    static let configuration = CommandConfiguration(name: "grouped", abstract: "Use shared options.")

    @Flag(help: "Stop at the first bad row.") var strict = false
    @OptionGroup var csv: SharedCSVOptions
    @Argument(valueName: "file", help: "Files to read.") var files: [String] = []
}

/// A leaf under a group, as in `credo synth portfolio`.
struct PortfolioProbe: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "portfolio", abstract: "Generate a synthetic portfolio with known true parameters.",
        discussion: """
            Rows are drawn from a logistic model whose coefficients are written beside the data, so \
            estimators can be checked against the truth.

            Example:
              credo synth portfolio --rows 1000 --seed 7 > portfolio.csv
            """)

    @Option(help: "Number of rows.") var rows: Int
    @Option(help: "Random seed.") var seed: Int = 1

    mutating func validate() throws {
        guard rows > 0 else { throw ValidationError("--rows must be positive, got \(rows)") }
    }

    func run(_ context: CommandContext) throws {
        context.stdout.writeLine("rows=\(rows) seed=\(seed)")
    }
}

struct SynthGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "synth", abstract: "Generate synthetic data sets.", subcommands: [PortfolioProbe.self])
}

/// Throws whatever it is told to, to check how errors are reported.
struct Thrower: ParsableCommand {
    static let configuration = CommandConfiguration(name: "throw", abstract: "Throw an error.")

    enum Kind: String, CaseIterable, ExpressibleByArgument {
        case data, separation, exit, validation, unknown, environment
    }

    struct DomainError: CLIReportableError {
        var exitCode: ExitCode
        var message: String
    }

    struct Unknown: Error {}

    @Argument(help: "What to throw.") var kind: Kind

    func run(_ context: CommandContext) throws {
        context.stdout.write("partial output\n")
        switch kind {
        case .data: throw DomainError(exitCode: .dataError, message: "row 3, column 'income': 'abc' is not a number")
        case .separation: throw DomainError(exitCode: .separation, message: "'x1' separates the outcome; try --firth")
        case .exit: throw ExitCode.rowsSkipped
        case .validation: throw ValidationError("--a and --b cannot be used together")
        case .unknown: throw Unknown()
        case .environment: throw EnvironmentError(variable: "X", value: "y", reason: "is wrong")
        }
    }
}

struct HiddenProbe: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "_hidden", abstract: "Not listed.", isHidden: true)

    func run(_ context: CommandContext) throws {
        context.stdout.writeLine("hidden ran")
    }
}

/// A root like `credo`'s, over the test commands.
struct TestRoot: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "credo", abstract: "Test tree.",
        subcommands: [Probe.self, GroupedProbe.self, SynthGroup.self, Thrower.self, HiddenProbe.self, HelpCommand.self])
}

/// Parses `words` into a fresh `C`, running option groups' and the command's `validate()`.
func parsed<C: ParsableArguments>(_ type: C.Type, _ words: [String]) throws -> C {
    var command = C()
    let declared = DeclaredArguments(reflecting: command)
    try ArgumentScanner(declared).parse(words)
    try declared.validateGroups()
    try command.validate()
    return command
}
