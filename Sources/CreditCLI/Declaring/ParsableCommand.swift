/// A set of declared options, flags and arguments that can be parsed from a command line.
///
/// Declare each with a property wrapper (``Option``, ``Flag``, ``Argument``, ``OptionGroup``);
/// the property's name becomes the option's name (`maxIterations` -> `--max-iterations`).
/// Options shared by several commands live in their own `ParsableArguments` struct, included
/// with `@OptionGroup`.
public protocol ParsableArguments: SendableMetatype {
    /// Makes an instance with every declared property at its default; the parser fills them in.
    init()
    /// Checks the parsed values together (ranges, combinations). Throw ``ValidationError`` for a
    /// usage error. The default accepts everything.
    mutating func validate() throws
}

extension ParsableArguments {
    public mutating func validate() throws {}
}

/// A `credo` command: a name, help text, declared arguments, and the work it does.
///
/// One command per file, registered in ``CredoCommand``'s subcommand list:
/// ```swift
/// struct TrainCommand: ParsableCommand {
///     static let configuration = CommandConfiguration(
///         name: "train", abstract: "Fit a scorecard or PD model to a development sample.")
///
///     @Argument(help: "The development sample (CSV).") var input: String
///     @Option(valueName: "column", help: "The target column (1 = bad, 0 = good).") var target: String
///     @Option(help: "Iteration limit for the solver.") var maxIterations: Int = 25
///     @Option(help: "Output format.") var format: OutputFormat = .text
///     @Option(valueName: "name", help: "Features to use (default: all).") var features: [String] = []
///     @Flag(help: "Stop at the first bad row.") var strict = false
///
///     mutating func validate() throws {
///         guard maxIterations > 0 else { throw ValidationError("--max-iterations must be positive") }
///     }
///
///     func run(_ context: CommandContext) throws {
///         context.stdout.writeLine("training on \(input) ...")
///     }
/// }
/// ```
/// Errors thrown from `run` are reported by ``ErrorReport``; throw an ``ExitCode`` to end with
/// a status and no message.
public protocol ParsableCommand: ParsableArguments {
    /// The command's name, help text and subcommands.
    static var configuration: CommandConfiguration { get }
    /// Does the command's work, after parsing and `validate()` succeeded. The default, meant for
    /// commands that only group subcommands, prints the command's help.
    func run(_ context: CommandContext) throws
}

extension ParsableCommand {
    public func run(_ context: CommandContext) throws {
        throw HelpRequest()
    }
}

/// Thrown to end a command by printing its help to standard output (exit 0).
struct HelpRequest: Error {}
