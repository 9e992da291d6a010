/// The help page of a command, in a fixed layout:
///
/// ```
/// OVERVIEW: <abstract>
///
/// <discussion>
///
/// USAGE: credo <command> <synopsis>
///
/// ARGUMENTS:
///   <input>                 Help text, wrapped at 80 columns; continuation lines align
///                           under the first. (default: ...)
///
/// OPTIONS:
///   --format <format>       Output format. (values: text, json, csv; default: text)
///   -h, --help              Show help information.
///
/// SUBCOMMANDS:
///   name                    abstract
///
///   See 'credo help <command> <subcommand>' for detailed help.
/// ```
/// Empty sections are left out; hidden options and commands are not shown.
struct HelpRenderer {
    /// The page width.
    static let width = 80
    /// The column where help text starts in ARGUMENTS, OPTIONS and SUBCOMMANDS.
    static let helpColumn = 26

    /// The root first, the command described last.
    let path: [any ParsableCommand.Type]

    init(path: [any ParsableCommand.Type]) {
        precondition(!path.isEmpty, "help needs a command")
        self.path = path
    }

    private var configuration: CommandConfiguration { path.last!.configuration }
    private var commandName: String { CommandInvocation.commandName(path) }

    /// The whole page, ending with a newline.
    func render() -> String {
        let declared = DeclaredArguments(reflecting: path.last!.init())
        let sections = [
            overview(),
            "USAGE: " + usage(declared),
            argumentsSection(declared),
            optionsSection(declared),
            subcommandsSection(),
        ].compactMap { $0 }
        return sections.joined(separator: "\n\n") + "\n"
    }

    private func overview() -> String? {
        guard !configuration.abstract.isEmpty else { return nil }
        var text = TextWrapping.hanging(
            configuration.abstract, firstLinePrefix: "OVERVIEW: ", indent: 0, width: Self.width)
        if !configuration.discussion.isEmpty {
            text += "\n\n" + TextWrapping.paragraphs(configuration.discussion, width: Self.width)
        }
        return text
    }

    /// The synopsis after "USAGE: ". Everything is listed when it fits on the line; otherwise the
    /// optional options shrink to `[<options>]`; what still does not fit wraps under itself.
    func usage(_ declared: DeclaredArguments) -> String {
        let visibleSubcommands = configuration.subcommands.filter { !$0.configuration.isHidden }
        var words: [String]
        if !visibleSubcommands.isEmpty {
            words = [commandName, "<subcommand>"]
        } else {
            let options = declared.options.filter { !$0.isHidden }
            let positionals = declared.positionals.map(Self.usageWord)
            words = [commandName] + options.map(Self.usageWord) + positionals
            if ("USAGE: " + words.joined(separator: " ")).count > Self.width {
                let required = options.filter(\.isRequired).map(Self.usageWord)
                let optional = options.contains { !$0.isRequired } ? ["[<options>]"] : []
                words = [commandName] + optional + required + positionals
            }
        }
        return Self.wrapWords(words, firstLineWidth: Self.width - "USAGE: ".count, indent: "USAGE: ".count)
    }

    private static func usageWord(_ definition: ArgumentDefinition) -> String {
        switch definition.kind {
        case .positional where definition.takesManyValues:
            return "[<\(definition.valueName)> ...]"
        case .positional:
            return definition.isRequired ? definition.synopsis : "[\(definition.synopsis)]"
        case .option, .flag:
            return definition.isRequired ? definition.synopsis : "[\(definition.synopsis)]"
        }
    }

    /// Joins usage words into lines without breaking a word's inner spaces.
    private static func wrapWords(_ words: [String], firstLineWidth: Int, indent: Int) -> String {
        var lines: [String] = []
        var line = ""
        for word in words {
            let limit = lines.isEmpty ? firstLineWidth : width - indent
            if line.isEmpty {
                line = word
            } else if line.count + 1 + word.count <= limit {
                line += " " + word
            } else {
                lines.append(line)
                line = word
            }
        }
        lines.append(line)
        let padding = String(repeating: " ", count: indent)
        return lines.enumerated().map { $0.offset == 0 ? $0.element : padding + $0.element }
            .joined(separator: "\n")
    }

    private func argumentsSection(_ declared: DeclaredArguments) -> String? {
        let rows = declared.positionals.map { definition in
            Self.row(
                label: definition.takesManyValues ? "<\(definition.valueName)> ..." : definition.synopsis,
                help: Self.helpText(definition))
        }
        return rows.isEmpty ? nil : "ARGUMENTS:\n" + rows.joined(separator: "\n")
    }

    private func optionsSection(_ declared: DeclaredArguments) -> String {
        var rows = declared.options.filter { !$0.isHidden }.map { definition in
            let long = definition.kind == .flag ? "--\(definition.name)" : definition.synopsis
            let label = definition.shortName.map { "-\($0), \(long)" } ?? long
            return Self.row(label: label, help: Self.helpText(definition))
        }
        rows.append(Self.row(label: "-h, --help", help: "Show help information."))
        return "OPTIONS:\n" + rows.joined(separator: "\n")
    }

    private func subcommandsSection() -> String? {
        let visible = configuration.subcommands.filter { !$0.configuration.isHidden }
        guard !visible.isEmpty else { return nil }
        let rows = visible.map { Self.row(label: $0.configuration.name, help: $0.configuration.abstract) }
        let helpWords = [path[0].configuration.name, "help"] + path.dropFirst().map { $0.configuration.name }
        let helpPath = helpWords.joined(separator: " ")
        return "SUBCOMMANDS:\n" + rows.joined(separator: "\n")
            + "\n\n  See '\(helpPath) <subcommand>' for detailed help."
    }

    /// The help text with what help adds: "(values: a, b; default: a)".
    static func helpText(_ definition: ArgumentDefinition) -> String {
        var notes: [String] = []
        if !definition.allowedValues.isEmpty {
            notes.append("values: " + definition.allowedValues.joined(separator: ", "))
        }
        if let defaultDescription = definition.defaultDescription {
            notes.append("default: " + defaultDescription)
        }
        guard !notes.isEmpty else { return definition.help }
        let suffix = "(" + notes.joined(separator: "; ") + ")"
        return definition.help.isEmpty ? suffix : definition.help + " " + suffix
    }

    /// "  label" padded to the help column, then the help wrapped under itself; a label too wide
    /// for the column puts the help on the next line.
    static func row(label: String, help: String) -> String {
        let indentedLabel = "  " + label
        let padding = String(repeating: " ", count: helpColumn)
        guard !help.isEmpty else { return indentedLabel }
        if indentedLabel.count + 2 <= helpColumn {
            let prefix = indentedLabel + String(repeating: " ", count: helpColumn - indentedLabel.count)
            return TextWrapping.hanging(help, firstLinePrefix: prefix, indent: helpColumn, width: width)
        }
        return indentedLabel + "\n"
            + TextWrapping.hanging(help, firstLinePrefix: padding, indent: helpColumn, width: width)
    }
}
