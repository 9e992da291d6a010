/// Reads the words of one command's command line against its declared arguments and stores the
/// converted values in them.
///
/// - `--name value` and `--name=value`; `-x value` for one-letter aliases.
/// - The word after an option is its value unless it looks like an option: `-` (standard input)
///   and negative numbers (`-999`, `-.5`) are values; `--name=--odd` gives a value starting with dashes.
/// - `--` ends the options: every later word is positional.
/// - `-h`/`--help` are taken out beforehand (``CommandInvocation``).
///
/// Errors come in this order: the first problem met reading left to right (unknown option, missing
/// value, repeated option, flag with a value, a word that is not a subcommand of a command that
/// groups subcommands), then a surplus positional, then, declaration by
/// declaration, a missing required one or a value that does not convert.
struct ArgumentScanner {
    let declared: DeclaredArguments
    /// When the command groups subcommands, their visible names: a surplus word is then an
    /// unknown command rather than an unexpected argument.
    var subcommandNames: [String]?

    init(_ declared: DeclaredArguments, subcommandNames: [String]? = nil) {
        self.declared = declared
        self.subcommandNames = subcommandNames
    }

    func parse(_ words: [String]) throws(CommandLineError) {
        let definitions = declared.definitions
        var longNames: [String: Int] = [:]
        var shortNames: [Character: Int] = [:]
        for (index, definition) in definitions.enumerated() where definition.kind != .positional {
            longNames[definition.name] = index
            if let short = definition.shortName { shortNames[short] = index }
        }

        var given = [[String]](repeating: [], count: definitions.count)
        var positionalWords: [String] = []
        var position = 0
        var onlyPositionals = false
        while position < words.count {
            let word = words[position]
            position += 1
            if onlyPositionals || Self.isPositional(word) {
                if let subcommandNames, declared.positionals.isEmpty {
                    throw .unknownCommand(word, suggestion: NameSuggestion.closest(to: word, among: subcommandNames))
                }
                positionalWords.append(word)
                continue
            }
            if word == "--" {
                onlyPositionals = true
                continue
            }
            let (spelling, inlineValue) = Self.splitInlineValue(word)
            let found: Int?
            if spelling.hasPrefix("--") {
                found = longNames[String(spelling.dropFirst(2))]
            } else {
                found = spelling.count == 2 ? shortNames[spelling.last!] : nil
            }
            guard let index = found else {
                if spelling == "--help" || spelling == "-h", let inlineValue {
                    throw .flagWithValue(flag: spelling, value: inlineValue)
                }
                throw .unknownOption(
                    spelling, suggestion: NameSuggestion.closest(to: spelling, among: optionSpellings))
            }
            let definition = definitions[index]
            if !given[index].isEmpty, !definition.takesManyValues {
                throw .repeatedOption(definition.displayName)
            }
            if definition.kind == .flag {
                if let inlineValue { throw .flagWithValue(flag: definition.displayName, value: inlineValue) }
                given[index].append("")
            } else if let inlineValue {
                given[index].append(inlineValue)
            } else if position < words.count, Self.canBeValue(words[position]) {
                given[index].append(words[position])
                position += 1
            } else {
                throw .missingValue(option: definition.synopsis)
            }
        }

        var surplus = positionalWords[...]
        for (index, definition) in definitions.enumerated() where definition.kind == .positional {
            if definition.takesManyValues {
                given[index] = Array(surplus)
                surplus = []
            } else if let word = surplus.popFirst() {
                given[index] = [word]
            }
        }
        if let extra = surplus.first {
            if let subcommandNames {
                throw .unknownCommand(extra, suggestion: NameSuggestion.closest(to: extra, among: subcommandNames))
            }
            throw .unexpectedArgument(extra)
        }

        for (index, definition) in definitions.enumerated() {
            guard !given[index].isEmpty else {
                if definition.isRequired {
                    throw definition.kind == .positional
                        ? .missingArgument(definition.synopsis) : .missingRequiredOption(definition.synopsis)
                }
                continue
            }
            do {
                try definition.assign(given[index])
            } catch {
                throw Self.conversionError(error, for: definition)
            }
        }
    }

    /// The spellings an unknown option may be corrected to: visible options, then help.
    private var optionSpellings: [String] {
        var spellings: [String] = []
        for definition in declared.options where !definition.isHidden {
            spellings.append("--\(definition.name)")
            if let short = definition.shortName { spellings.append("-\(short)") }
        }
        return spellings + ["--help", "-h"]
    }

    /// A word that is not an option: anything not starting with "-", "-" alone, a negative number.
    static func isPositional(_ word: String) -> Bool {
        !word.hasPrefix("-") || word == "-" || looksLikeNegativeNumber(word)
    }

    /// Whether the word after an option can be its value (anything that is not an option or `--`).
    static func canBeValue(_ word: String) -> Bool {
        isPositional(word)
    }

    /// `-5`, `-0.25`, `-.5`, `-1e3`: a dash followed by a digit or a point.
    static func looksLikeNegativeNumber(_ word: String) -> Bool {
        let characters = word.prefix(2)
        guard characters.count == 2, characters.first == "-", let second = characters.last else { return false }
        return second.isASCII && (second.isNumber || second == ".")
    }

    /// `--name=value` -> ("--name", "value"); other words have no inline value.
    static func splitInlineValue(_ word: String) -> (spelling: String, value: String?) {
        guard word.hasPrefix("--"), let equals = word.firstIndex(of: "=") else { return (word, nil) }
        return (String(word[..<equals]), String(word[word.index(after: equals)...]))
    }

    private static func conversionError(_ failure: ConversionFailure, for definition: ArgumentDefinition)
        -> CommandLineError
    {
        let argument =
            definition.kind == .positional
            ? "argument '\(definition.displayName)'" : "option '\(definition.displayName)'"
        switch failure.reason {
        case .emptyListItem:
            return .emptyListItem(argument: argument, value: failure.value)
        case .invalid where !definition.allowedValues.isEmpty:
            return .valueNotAllowed(
                argument: argument, value: failure.value, allowed: definition.allowedValues,
                suggestion: NameSuggestion.closest(to: failure.value, among: definition.allowedValues))
        case .invalid:
            return .invalidValue(argument: argument, value: failure.value, expected: definition.expectedValue)
        }
    }
}
