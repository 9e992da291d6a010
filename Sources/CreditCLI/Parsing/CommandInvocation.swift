/// Which command a command line runs, the words left for it, and whether help was asked for.
///
/// Leading words that name subcommands are followed from the root (`credo synth portfolio ...`).
/// `-h`/`--help` anywhere before `--` asks for the help of the command so found, whatever else
/// the line holds.
struct CommandInvocation {
    /// The root first, the command to run last.
    let path: [any ParsableCommand.Type]
    /// The words after the command's name, without help flags.
    let arguments: [String]
    let wantsHelp: Bool

    init(resolving words: [String], root: any ParsableCommand.Type) {
        let end = words.firstIndex(of: "--") ?? words.endIndex
        let isHelp = { (word: String) in word == "-h" || word == "--help" }
        var head = words[..<end].filter { !isHelp($0) }
        wantsHelp = head.count < end
        var path: [any ParsableCommand.Type] = [root]
        while let word = head.first,
            let subcommand = path.last!.configuration.subcommands.first(where: { $0.configuration.name == word })
        {
            path.append(subcommand)
            head.removeFirst()
        }
        self.path = path
        self.arguments = head + words[end...]
    }

    /// The command to run.
    var command: any ParsableCommand.Type { path.last! }

    /// How the command is typed: "credo synth portfolio".
    var commandName: String { Self.commandName(path) }

    static func commandName(_ path: [any ParsableCommand.Type]) -> String {
        path.map { $0.configuration.name }.joined(separator: " ")
    }
}
