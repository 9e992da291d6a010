/// `credo help [<command> ...]`: the same page as `credo <command> ... --help`.
struct HelpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "help",
        abstract: "Show help for a command.",
        discussion: "'credo help synth portfolio' prints the same page as 'credo synth portfolio --help'.")

    @Argument(valueName: "command", help: "The command (and subcommands) to describe; none for credo itself.")
    var words: [String] = []

    func run(_ context: CommandContext) throws {
        var path: [any ParsableCommand.Type] = [context.rootCommand]
        for word in words {
            let subcommands = path.last!.configuration.subcommands
            guard let subcommand = subcommands.first(where: { $0.configuration.name == word }) else {
                let visible = subcommands.filter { !$0.configuration.isHidden }.map { $0.configuration.name }
                let typed = (path.dropFirst().map { $0.configuration.name } + [word]).joined(separator: " ")
                throw CommandLineError.unknownCommand(
                    typed, suggestion: NameSuggestion.closest(to: word, among: visible))
            }
            path.append(subcommand)
        }
        context.stdout.write(HelpRenderer(path: path).render())
    }
}
