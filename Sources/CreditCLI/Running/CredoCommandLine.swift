import Foundation

/// The `credo` command line: the executable calls `main`, tests call it with their own streams.
public enum CredoCommandLine {
    /// Runs `credo` with `arguments` (without the program name) and returns the exit status.
    ///
    /// Help and `--version` go to `stdout` (status 0); errors go to `stderr` as `Error: <message>`,
    /// usage errors followed by "See 'credo <command> --help'." (status 64). Both sinks are flushed
    /// before returning; a failed write to `stdout` is reported on `stderr` and gives status 74
    /// unless the command already failed.
    /// - Parameters:
    ///   - stdin: nil gives the command an empty standard input.
    ///   - environment: the variables the command sees (`SOURCE_DATE_EPOCH` ...).
    ///   - currentDirectory: what relative paths are resolved against; nil uses the process's.
    ///   - progress: how long work reports progress; `.silent` draws nothing.
    public static func main(
        _ arguments: [String],
        stdout: any OutputSink,
        stderr: any OutputSink,
        stdin: (any InputSource)? = nil,
        environment: [String: String] = [:],
        currentDirectory: URL? = nil,
        progress: ProgressFactory = .silent
    ) -> Int32 {
        let context = CommandContext(
            stdout: stdout, stderr: stderr, stdin: stdin, environment: environment,
            currentDirectory: currentDirectory, progress: progress, rootCommand: CredoCommand.self)
        return run(arguments, root: CredoCommand.self, context: context).rawValue
    }

    /// Runs `credo` on the process's own standard streams, environment and directory; progress is
    /// drawn when standard error is a terminal.
    public static func main(_ arguments: [String]) -> Int32 {
        main(
            arguments,
            stdout: FileDescriptorOutputSink.standardOutput(),
            stderr: FileDescriptorOutputSink.standardError(),
            stdin: FileDescriptorInputSource.standardInput(),
            environment: ProcessInfo.processInfo.environment,
            progress: .standardError())
    }

    /// Runs a command line against any command tree and flushes the context's sinks.
    static func run(_ arguments: [String], root: any ParsableCommand.Type, context: CommandContext) -> ExitCode {
        var status = CommandRunner(root: root).run(arguments, context: context)
        do {
            try context.stdout.flush()
        } catch {
            let report = ErrorReport(for: error)
            context.stderr.writeLine("Error: \(report.message ?? "cannot write the output")")
            if status == .success || status == .rowsSkipped { status = report.exitCode }
        }
        // Nowhere is left to report a failure to write standard error.
        try? context.stderr.flush()
        return status
    }
}
