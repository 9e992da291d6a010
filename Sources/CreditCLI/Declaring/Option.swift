/// An option that takes a value: `--target income`, `--target=income`.
///
/// The property's type decides how the value is read and whether the option is required:
/// ```swift
/// @Option(valueName: "column", help: "The target column.") var target: String       // required
/// @Option(help: "Iteration limit.") var maxIterations: Int = 25                       // default 25
/// @Option(help: "Output format.") var format: OutputFormat = .text                    // enum: values listed
/// @Option(help: "Weight column.") var weight: String?                                 // optional
/// @Option(valueName: "name", help: "Features.") var features: [String] = []           // a,b and/or repeated
/// ```
/// The name is the property's, in kebab case (`maxIterations` -> `--max-iterations`), unless
/// `name` is given. A non-list option given twice is a usage error; a list option collects the
/// items of every occurrence, each split on `separator` (default ","; nil for paths that may
/// contain commas).
@propertyWrapper
public struct Option<Value>: ArgumentDeclaration {
    private let storage: ValueStorage<Value>
    private let definition: ArgumentDefinition

    public var wrappedValue: Value {
        get { storage.read(definition.explicitName ?? "option") }
        nonmutating set { storage.value = newValue }
    }

    private init(storage: ValueStorage<Value>, definition: ArgumentDefinition) {
        self.storage = storage
        self.definition = definition
    }

    func declare(label: String, into declared: inout DeclaredArguments) {
        declared.add(definition, label: label)
    }

    /// The definition common to every form of option.
    private static func definition<Element: ExpressibleByArgument>(
        element: Element.Type, name: String?, short: Character?, valueName: String?, help: String,
        visibility: ArgumentVisibility, isRequired: Bool, defaultDescription: String?,
        assign: @escaping ([String]) throws(ConversionFailure) -> Void
    ) -> ArgumentDefinition {
        ArgumentDefinition(
            kind: .option, explicitName: name, shortName: short, explicitValueName: valueName, help: help,
            isHidden: visibility == .hidden, isRequired: isRequired, defaultDescription: defaultDescription,
            allowedValues: Element.allValueStrings, expectedValue: Element.expectedValue, assign: assign)
    }
}

extension Option where Value: ExpressibleByArgument {
    /// An option with a default value, shown in help.
    public init(
        wrappedValue: Value, name: String? = nil, short: Character? = nil, valueName: String? = nil,
        help: String, visibility: ArgumentVisibility = .default
    ) {
        let storage = ValueStorage<Value>(wrappedValue)
        self.init(
            storage: storage,
            definition: Self.definition(
                element: Value.self, name: name, short: short, valueName: valueName, help: help,
                visibility: visibility, isRequired: false,
                defaultDescription: wrappedValue.defaultValueDescription,
                assign: { words throws(ConversionFailure) in storage.value = try Value.converting(words[0]) }))
    }

    /// A required option: leaving it out is a usage error.
    public init(
        name: String? = nil, short: Character? = nil, valueName: String? = nil, help: String,
        visibility: ArgumentVisibility = .default
    ) {
        let storage = ValueStorage<Value>(nil)
        self.init(
            storage: storage,
            definition: Self.definition(
                element: Value.self, name: name, short: short, valueName: valueName, help: help,
                visibility: visibility, isRequired: true, defaultDescription: nil,
                assign: { words throws(ConversionFailure) in storage.value = try Value.converting(words[0]) }))
    }
}

extension Option {
    /// An optional option: nil unless given.
    public init<Element: ExpressibleByArgument>(
        wrappedValue: Element? = nil, name: String? = nil, short: Character? = nil, valueName: String? = nil,
        help: String, visibility: ArgumentVisibility = .default
    ) where Value == Element? {
        let storage = ValueStorage<Value>(.some(wrappedValue))
        self.init(
            storage: storage,
            definition: Self.definition(
                element: Element.self, name: name, short: short, valueName: valueName, help: help,
                visibility: visibility, isRequired: false,
                defaultDescription: wrappedValue?.defaultValueDescription,
                assign: { words throws(ConversionFailure) in storage.value = try Element.converting(words[0]) }))
    }

    /// A list option: `--features a,b --features c` gives `["a", "b", "c"]`; the default (shown in
    /// help when not empty) is replaced, not extended, when the option is given.
    public init<Element: ExpressibleByArgument>(
        wrappedValue: [Element] = [], name: String? = nil, short: Character? = nil, valueName: String? = nil,
        separator: Character? = ",", help: String, visibility: ArgumentVisibility = .default
    ) where Value == [Element] {
        let storage = ValueStorage<Value>(wrappedValue)
        var definition = Self.definition(
            element: Element.self, name: name, short: short, valueName: valueName, help: help,
            visibility: visibility, isRequired: false,
            defaultDescription: wrappedValue.isEmpty
                ? nil
                : wrappedValue.map(\.defaultValueDescription).joined(separator: separator.map(String.init) ?? " "),
            assign: { words throws(ConversionFailure) in
                storage.value = try Element.convertingList(words, separator: separator)
            })
        definition.takesManyValues = true
        definition.separator = separator
        self.init(storage: storage, definition: definition)
    }
}
