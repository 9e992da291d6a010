import Foundation

/// What a command's `run(_:)` works with: the standard streams, the environment, the current
/// directory and progress reporting. Everything comes from here, never from the process directly,
/// so tests can run a command in-process with their own streams and environment.
public struct CommandContext {
    /// Results go here (buffered; flushed when the command returns).
    public let stdout: any OutputSink
    /// Messages go here (written through).
    public let stderr: any OutputSink
    /// Standard input (empty when the caller gave none).
    public let stdin: any InputSource
    /// The environment variables.
    public let environment: [String: String]
    /// The directory relative paths are resolved against.
    public let currentDirectory: URL
    /// Makes progress reporters; silent unless standard error is a terminal.
    public let progress: ProgressFactory
    /// The command tree being run, for `credo help`.
    let rootCommand: any ParsableCommand.Type

    /// - Parameters:
    ///   - stdin: nil gives an empty input.
    ///   - currentDirectory: nil uses the process's current directory.
    public init(
        stdout: any OutputSink,
        stderr: any OutputSink,
        stdin: (any InputSource)? = nil,
        environment: [String: String] = [:],
        currentDirectory: URL? = nil,
        progress: ProgressFactory = .silent
    ) {
        self.init(
            stdout: stdout, stderr: stderr, stdin: stdin, environment: environment,
            currentDirectory: currentDirectory, progress: progress, rootCommand: CredoCommand.self)
    }

    init(
        stdout: any OutputSink, stderr: any OutputSink, stdin: (any InputSource)?, environment: [String: String],
        currentDirectory: URL?, progress: ProgressFactory, rootCommand: any ParsableCommand.Type
    ) {
        self.stdout = stdout
        self.stderr = stderr
        self.stdin = stdin ?? MemoryInputSource(bytes: [])
        self.environment = environment
        self.currentDirectory =
            currentDirectory ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        self.progress = progress
        self.rootCommand = rootCommand
    }

    /// A progress reporter for work starting now (see ``Progress``).
    public func startProgress(_ label: String, total: Int? = nil, unit: String = "rows") -> Progress {
        progress.start(label, total: total, unit: unit)
    }

    /// The file a path typed on the command line names: absolute paths as they are, relative ones
    /// against ``currentDirectory`` (taken as a directory whether or not its URL says so).
    public func fileURL(forPath path: String) -> URL {
        if path.hasPrefix("/") { return URL(fileURLWithPath: path).standardizedFileURL }
        return URL(fileURLWithPath: currentDirectory.path, isDirectory: true).appendingPathComponent(path)
            .standardizedFileURL
    }

    /// The path to open for a path typed on the command line: `-` (standard input or output) and
    /// absolute paths unchanged; a relative path as typed when ``currentDirectory`` is the process's
    /// own directory, so messages show what the user typed; otherwise (in-process runs with another
    /// directory) the path under ``currentDirectory``.
    public func openablePath(_ path: String) -> String {
        if path == "-" || path.hasPrefix("/") { return path }
        let processDirectory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        if currentDirectory.standardizedFileURL.path == processDirectory.standardizedFileURL.path { return path }
        return fileURL(forPath: path).path
    }

    /// The time given by `SOURCE_DATE_EPOCH` (whole seconds since 1970-01-01 UTC), or nil when it
    /// is not set. Outputs that record a creation time use it, so builds are reproducible.
    ///
    /// Reference: reproducible-builds.org, "SOURCE_DATE_EPOCH" specification.
    /// - Throws: ``EnvironmentError`` when it is set but is not a non-negative whole number.
    public func sourceDateEpoch() throws(EnvironmentError) -> Date? {
        guard let text = environment["SOURCE_DATE_EPOCH"] else { return nil }
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }), let seconds = Int64(text) else {
            throw EnvironmentError(
                variable: "SOURCE_DATE_EPOCH", value: text,
                reason: "is not a whole number of seconds since 1970-01-01")
        }
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// The creation time to record: `SOURCE_DATE_EPOCH` when set, else now.
    public func creationDate() throws(EnvironmentError) -> Date {
        try sourceDateEpoch() ?? Date()
    }
}

/// An environment variable with a value credo cannot use. Exit 64, without the usage hint
/// (the command line itself is fine).
public struct EnvironmentError: CLIReportableError, Equatable, Sendable {
    public let variable: String
    public let value: String
    /// What is wrong, completing "<variable> '<value>' ...".
    public let reason: String

    public init(variable: String, value: String, reason: String) {
        self.variable = variable
        self.value = value
        self.reason = reason
    }

    public var exitCode: ExitCode { .usage }
    public var showsUsageHint: Bool { false }
    public var message: String { "\(variable) '\(value)' \(reason)" }
}
