/// One declared option, flag or positional argument, with everything help and the parser need.
/// Made by the property wrappers; the name is filled in from the property's label when the
/// declarations are collected (``DeclaredArguments``).
struct ArgumentDefinition {
    enum Kind: Equatable {
        case option
        case flag
        case positional
    }

    var kind: Kind
    /// The long name without dashes (options, flags) or the value name (positionals), as
    /// given by the author; nil to derive it from the property's name.
    var explicitName: String?
    /// The resolved name; set when collected.
    var name: String = ""
    /// A one-letter alias, `-o` for `--output`.
    var shortName: Character?
    /// The placeholder in `--target <column>`; nil to use the name.
    var explicitValueName: String?
    var help: String
    var isHidden: Bool = false
    /// A required option must be given; a required positional must be present.
    var isRequired: Bool
    /// A list option (may be repeated) or a variadic positional (takes the rest).
    var takesManyValues: Bool = false
    /// For list options: the character that separates items within one value (",").
    var separator: Character?
    /// The default shown in help, or nil.
    var defaultDescription: String?
    /// The only accepted values (enumerations), shown in help and in errors.
    var allowedValues: [String] = []
    /// What a value is, for errors: "an integer".
    var expectedValue: String = ""
    /// Converts the words given on the command line (in order; at least one) and stores the value.
    var assign: ([String]) throws(ConversionFailure) -> Void

    /// The placeholder shown after an option, or the positional's name, e.g. "column".
    var valueName: String { explicitValueName ?? name }

    /// How messages and help name it: "--target", "<input>".
    var displayName: String {
        kind == .positional ? "<\(name)>" : "--\(name)"
    }

    /// `--target <column>`, `--features <feature,...>`, `--strict`, `<input>`.
    var synopsis: String {
        switch kind {
        case .flag: return "--\(name)"
        case .positional: return "<\(valueName)>"
        case .option: return "--\(name) \(valuePlaceholder)"
        }
    }

    /// `<column>`, `<feature,...>` for a comma list, `<file> ...` for a repeatable one.
    var valuePlaceholder: String {
        guard takesManyValues else { return "<\(valueName)>" }
        if let separator { return "<\(valueName)\(separator)...>" }
        return "<\(valueName)> ..."
    }
}

/// A word on the command line that does not convert to the declared type.
struct ConversionFailure: Error, Equatable {
    enum Reason: Equatable {
        /// Not a value of the type (or not in the allowed set).
        case invalid
        /// A list had an empty item: `a,,b`.
        case emptyListItem
    }
    /// The word (or list item) that failed.
    var value: String
    var reason: Reason = .invalid
}

extension ExpressibleByArgument {
    /// Converts one word or throws ``ConversionFailure``.
    static func converting(_ text: String) throws(ConversionFailure) -> Self {
        guard let value = Self(argument: text) else { throw ConversionFailure(value: text) }
        return value
    }

    /// Converts a list option's words: each is split on `separator` (when given) and every item
    /// converted; an empty item is an error.
    static func convertingList(_ words: [String], separator: Character?) throws(ConversionFailure) -> [Self] {
        var values: [Self] = []
        for word in words {
            let items =
                separator.map { word.split(separator: $0, omittingEmptySubsequences: false).map(String.init) }
                ?? [word]
            for item in items {
                guard !item.isEmpty else { throw ConversionFailure(value: word, reason: .emptyListItem) }
                values.append(try converting(item))
            }
        }
        return values
    }
}

/// Where a property wrapper keeps its value, shared by every copy of the command struct so the
/// parser can fill it in after the command was made.
final class ValueStorage<Value> {
    var value: Value?

    init(_ value: Value?) {
        self.value = value
    }

    /// The value; reading a required one before parsing is a programmer error.
    func read(_ name: @autoclosure () -> String) -> Value {
        guard let value else {
            preconditionFailure("'\(name())' was read before the command line was parsed")
        }
        return value
    }
}
