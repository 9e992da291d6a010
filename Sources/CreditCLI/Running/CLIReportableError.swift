/// An error that knows how `credo` reports it: the exit status and a one-line message.
///
/// CreditCLI's core knows no domain module. A command file that imports one (Tabular, Modeling ...)
/// conforms that module's error type, once, so every command reports it the same way:
/// ```swift
/// extension CSVError: CLIReportableError {
///     public var exitCode: ExitCode { .dataError }
///     public var message: String { description }
/// }
/// ```
/// The message is printed to standard error as `Error: <message>`. Errors that do not conform
/// are reported as internal errors (exit 70); see ``ErrorReport``.
public protocol CLIReportableError: Error {
    /// The status `credo` exits with.
    var exitCode: ExitCode { get }
    /// A specific, lower-case message without the `Error: ` prefix,
    /// e.g. "row 1042, column 'income': 'abc' is not a number".
    var message: String { get }
    /// Whether the report ends with "See 'credo <command> --help'.".
    /// The default is true exactly for usage errors (exit 64).
    var showsUsageHint: Bool { get }
}

extension CLIReportableError {
    public var showsUsageHint: Bool { exitCode == .usage }
}

/// A usage error found by a command's `validate()` or `run(_:)`: an invalid combination of options,
/// an out-of-range value. Reported as `Error: <message>` plus the usage hint, exit 64.
///
/// ```swift
/// mutating func validate() throws {
///     guard maxIterations > 0 else {
///         throw ValidationError("--max-iterations must be positive, got \(maxIterations)")
///     }
/// }
/// ```
public struct ValidationError: CLIReportableError, Equatable, Sendable {
    public let message: String
    public var exitCode: ExitCode { .usage }

    public init(_ message: String) {
        self.message = message
    }
}
