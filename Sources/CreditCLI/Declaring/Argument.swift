/// A positional argument: a word that is not an option, taken in declaration order.
///
/// ```swift
/// @Argument(help: "The development sample (CSV).") var input: String          // required
/// @Argument(help: "Where to write (default: stdout).") var output: String?     // optional, after required ones
/// @Argument(valueName: "file", help: "Files to read.") var files: [String] = [] // the rest; only the last
/// ```
/// Words after `--` are always positional, even when they start with a dash.
@propertyWrapper
public struct Argument<Value>: ArgumentDeclaration {
    private let storage: ValueStorage<Value>
    private let definition: ArgumentDefinition

    public var wrappedValue: Value {
        get { storage.read(definition.explicitName ?? "argument") }
        nonmutating set { storage.value = newValue }
    }

    private init(storage: ValueStorage<Value>, definition: ArgumentDefinition) {
        self.storage = storage
        self.definition = definition
    }

    func declare(label: String, into declared: inout DeclaredArguments) {
        declared.add(definition, label: label)
    }

    private static func definition<Element: ExpressibleByArgument>(
        element: Element.Type, valueName: String?, help: String, isRequired: Bool, defaultDescription: String?,
        assign: @escaping ([String]) throws(ConversionFailure) -> Void
    ) -> ArgumentDefinition {
        ArgumentDefinition(
            kind: .positional, explicitName: valueName, help: help, isRequired: isRequired,
            defaultDescription: defaultDescription, allowedValues: Element.allValueStrings,
            expectedValue: Element.expectedValue, assign: assign)
    }
}

extension Argument where Value: ExpressibleByArgument {
    /// A positional argument with a default, used when it is left out.
    public init(wrappedValue: Value, valueName: String? = nil, help: String) {
        let storage = ValueStorage<Value>(wrappedValue)
        self.init(
            storage: storage,
            definition: Self.definition(
                element: Value.self, valueName: valueName, help: help, isRequired: false,
                defaultDescription: wrappedValue.defaultValueDescription,
                assign: { words throws(ConversionFailure) in storage.value = try Value.converting(words[0]) }))
    }

    /// A required positional argument.
    public init(valueName: String? = nil, help: String) {
        let storage = ValueStorage<Value>(nil)
        self.init(
            storage: storage,
            definition: Self.definition(
                element: Value.self, valueName: valueName, help: help, isRequired: true, defaultDescription: nil,
                assign: { words throws(ConversionFailure) in storage.value = try Value.converting(words[0]) }))
    }
}

extension Argument {
    /// An optional positional argument: nil when left out.
    public init<Element: ExpressibleByArgument>(
        wrappedValue: Element? = nil, valueName: String? = nil, help: String
    ) where Value == Element? {
        let storage = ValueStorage<Value>(.some(wrappedValue))
        self.init(
            storage: storage,
            definition: Self.definition(
                element: Element.self, valueName: valueName, help: help, isRequired: false,
                defaultDescription: wrappedValue?.defaultValueDescription,
                assign: { words throws(ConversionFailure) in storage.value = try Element.converting(words[0]) }))
    }

    /// Every remaining positional word (possibly none). Only the last positional can be one.
    public init<Element: ExpressibleByArgument>(
        wrappedValue: [Element] = [], valueName: String? = nil, help: String
    ) where Value == [Element] {
        let storage = ValueStorage<Value>(wrappedValue)
        var definition = Self.definition(
            element: Element.self, valueName: valueName, help: help, isRequired: false, defaultDescription: nil,
            assign: { words throws(ConversionFailure) in
                storage.value = try Element.convertingList(words, separator: nil)
            })
        definition.takesManyValues = true
        self.init(storage: storage, definition: definition)
    }
}
