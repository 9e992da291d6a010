/// Runs one command line against a command tree: finds the command, prints help when asked,
/// parses and validates, runs, and reports errors on standard error.
struct CommandRunner {
    let root: any ParsableCommand.Type

    /// The exit status of the command line; output goes to the context's sinks (not flushed).
    func run(_ arguments: [String], context: CommandContext) -> ExitCode {
        let invocation = CommandInvocation(resolving: arguments, root: root)
        do {
            if invocation.wantsHelp { throw HelpRequest() }
            var command = invocation.command.init()
            let declared = DeclaredArguments(reflecting: command)
            let subcommands = invocation.command.configuration.subcommands
            try ArgumentScanner(
                declared,
                subcommandNames: subcommands.isEmpty
                    ? nil : subcommands.filter { !$0.configuration.isHidden }.map { $0.configuration.name }
            ).parse(invocation.arguments)
            try declared.validateGroups()
            try command.validate()
            try command.run(context)
            return .success
        } catch is HelpRequest {
            context.stdout.write(HelpRenderer(path: invocation.path).render())
            return .success
        } catch {
            let report = ErrorReport(for: error)
            if let message = report.message {
                context.stderr.writeLine("Error: \(message)")
            }
            if report.showsUsageHint {
                context.stderr.writeLine("See '\(invocation.commandName) --help'.")
            }
            return report.exitCode
        }
    }
}
