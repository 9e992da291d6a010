/// The root command, `credo`: it lists the commands and prints the version.
///
/// To add a command, write it in its own file under `Commands/` and add its type to
/// `subcommands` below, where `credo --help` should list it.
struct CredoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "credo",
        abstract: "Statistical credit scoring: scorecards, PD models, validation and portfolio analytics.",
        subcommands: [
            // Registered commands, in the order `credo --help` lists them.
            HelpCommand.self,
            // Hidden: for tests of the command layer.
            EchoOptionsCommand.self,
        ])

    @Flag(help: "Show the version.") var version = false

    func run(_ context: CommandContext) throws {
        guard version else { throw HelpRequest() }
        context.stdout.writeLine("credo \(CredoVersion.current)")
    }
}
