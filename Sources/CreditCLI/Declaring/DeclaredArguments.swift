/// Something that declares arguments when its command is collected: the property wrappers.
protocol ArgumentDeclaration {
    /// Adds this declaration, named after `label` (the stored property's name, `_maxIterations`).
    func declare(label: String, into declared: inout DeclaredArguments)
}

/// Every argument a command (or option group) declares, in declaration order, found by
/// reflecting over its stored properties.
struct DeclaredArguments {
    private(set) var definitions: [ArgumentDefinition] = []
    /// `validate()` of each included option group, in order.
    private(set) var groupValidators: [() throws -> Void] = []

    init() {}

    /// Collects the declarations of `value`'s properties, checking that they fit together
    /// (unique names, at most one variadic positional and it last, optional positionals last).
    init(reflecting value: Any) {
        for child in Mirror(reflecting: value).children {
            guard let label = child.label, let declaration = child.value as? any ArgumentDeclaration else {
                continue
            }
            declaration.declare(label: label, into: &self)
        }
        checkConsistency()
    }

    /// Adds one definition named after `label` unless it names itself.
    mutating func add(_ definition: ArgumentDefinition, label: String) {
        var definition = definition
        definition.name = definition.explicitName ?? ArgumentName.kebabCase(fromPropertyLabel: label)
        definitions.append(definition)
    }

    /// Adds an option group's declarations and its validation.
    mutating func include(_ group: DeclaredArguments, validator: @escaping () throws -> Void) {
        definitions.append(contentsOf: group.definitions)
        groupValidators.append(contentsOf: group.groupValidators)
        groupValidators.append(validator)
    }

    var options: [ArgumentDefinition] { definitions.filter { $0.kind != .positional } }
    var positionals: [ArgumentDefinition] { definitions.filter { $0.kind == .positional } }

    /// Runs every option group's `validate()`.
    func validateGroups() throws {
        for validate in groupValidators { try validate() }
    }

    private func checkConsistency() {
        var longNames: Set<String> = ["help"]
        var shortNames: Set<Character> = ["h"]
        for definition in options {
            precondition(
                longNames.insert(definition.name).inserted, "option '--\(definition.name)' is declared twice")
            if let short = definition.shortName {
                precondition(short.isLetter, "a short option name is a letter, got '-\(short)'")
                precondition(shortNames.insert(short).inserted, "option '-\(short)' is declared twice")
            }
        }
        let positionals = self.positionals
        for (index, positional) in positionals.enumerated() where index < positionals.count - 1 {
            precondition(!positional.takesManyValues, "only the last positional argument can take many values")
            precondition(
                positional.isRequired || !positionals[index + 1].isRequired,
                "an optional positional argument cannot come before a required one")
        }
    }
}

/// Turning property names into command-line names.
enum ArgumentName {
    /// `_maxIterations` -> `max-iterations`, `csvURL` -> `csv-url`, `l2` -> `l2`.
    static func kebabCase(fromPropertyLabel label: String) -> String {
        let name = label.hasPrefix("_") ? label.dropFirst() : Substring(label)
        let characters = Array(name)
        var result = ""
        for (index, character) in characters.enumerated() {
            if character.isUppercase, index > 0 {
                let previous = characters[index - 1]
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                // A word starts at an upper-case letter after a lower-case one or a digit, or at the
                // last capital of an acronym followed by a lower-case letter ("URLPath" -> "url-path").
                if previous.isLowercase || previous.isNumber || (previous.isUppercase && next?.isLowercase == true) {
                    result.append("-")
                }
            }
            result.append(contentsOf: character.lowercased())
        }
        return result
    }
}
