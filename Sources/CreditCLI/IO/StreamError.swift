/// Writing to an output stream failed (disk full, closed descriptor ...). Exit 74.
public struct OutputError: CLIReportableError, Equatable, Sendable {
    /// What was being written, e.g. "standard output".
    public let destination: String
    /// The `errno` of the failed `write(2)`.
    public let errorNumber: Int32

    public init(destination: String, errorNumber: Int32) {
        self.destination = destination
        self.errorNumber = errorNumber
    }

    public var exitCode: ExitCode { .ioError }
    public var message: String { "cannot write to \(destination): \(systemErrorDescription(errorNumber))" }
}

/// Reading an input stream failed. Exit 74.
public struct InputError: CLIReportableError, Equatable, Sendable {
    /// What was being read, e.g. "standard input".
    public let source: String
    /// The `errno` of the failed `read(2)`.
    public let errorNumber: Int32

    public init(source: String, errorNumber: Int32) {
        self.source = source
        self.errorNumber = errorNumber
    }

    public var exitCode: ExitCode { .ioError }
    public var message: String { "cannot read \(source): \(systemErrorDescription(errorNumber))" }
}
