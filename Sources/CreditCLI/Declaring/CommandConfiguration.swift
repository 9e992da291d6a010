/// What a command is called, what its help says, and which subcommands it groups.
public struct CommandConfiguration: Sendable {
    /// The word typed on the command line, e.g. "train" in `credo train`.
    public var name: String
    /// One sentence, shown in OVERVIEW and in the parent's SUBCOMMANDS list.
    public var abstract: String
    /// Further paragraphs shown after the abstract in the command's own help. Lines are joined
    /// and wrapped at 80 columns; lines that start with a space are kept as they are (examples).
    public var discussion: String
    /// The commands grouped under this one, in the order help lists them.
    public var subcommands: [any ParsableCommand.Type]
    /// A hidden command works but is left out of help and of suggestions (benchmarks, tests).
    public var isHidden: Bool

    public init(
        name: String,
        abstract: String,
        discussion: String = "",
        subcommands: [any ParsableCommand.Type] = [],
        isHidden: Bool = false
    ) {
        precondition(!name.isEmpty && !name.hasPrefix("-"), "a command name is a word, got '\(name)'")
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.subcommands = subcommands
        self.isHidden = isHidden
    }
}
