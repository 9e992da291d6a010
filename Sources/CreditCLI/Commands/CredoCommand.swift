/// The root command, `credo`: it lists the commands and prints the version.
///
/// To add a command, write it in its own file under `Commands/` and add its type to
/// `subcommands` below, in the place `credo --help` should list it.
struct CredoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "credo",
        abstract: "Statistical credit scoring: scorecards, PD models, validation and portfolio analytics.",
        subcommands: [
            // Commands, in the order `credo --help` lists them (workflow order: describe, bin,
            // train, inspect, score, evaluate ...). Add yours above `help`.
            DescribeCommand.self,
            TrainCommand.self,
            InspectCommand.self,
            ScoreCommand.self,
            SynthCommand.self,
            HelpCommand.self,
            // Hidden commands (tests, benchmarks).
            EchoOptionsCommand.self,
        ])

    @Flag(help: "Show the version.") var version = false

    func run(_ context: CommandContext) throws {
        guard version else { throw HelpRequest() }
        context.stdout.writeLine("credo \(CredoVersion.current)")
    }
}
