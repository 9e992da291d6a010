/// An on/off switch, off unless given: `--strict`.
///
/// ```swift
/// @Flag(help: "Stop at the first bad row.") var strict = false
/// ```
/// Giving it a value (`--strict=yes`) or giving it twice is a usage error.
@propertyWrapper
public struct Flag: ArgumentDeclaration {
    private let storage: ValueStorage<Bool>
    private let definition: ArgumentDefinition

    public var wrappedValue: Bool {
        get { storage.read(definition.explicitName ?? "flag") }
        nonmutating set { storage.value = newValue }
    }

    /// - Parameter wrappedValue: must be false: a flag can only switch something on. Name the flag
    ///   after what it turns on (`--no-header`, not `--header` defaulting to true).
    public init(
        wrappedValue: Bool = false, name: String? = nil, short: Character? = nil, help: String,
        visibility: ArgumentVisibility = .default
    ) {
        precondition(!wrappedValue, "a flag is off by default; name it after what it switches on")
        let storage = ValueStorage<Bool>(false)
        self.storage = storage
        self.definition = ArgumentDefinition(
            kind: .flag, explicitName: name, shortName: short, help: help, isHidden: visibility == .hidden,
            isRequired: false, assign: { _ throws(ConversionFailure) in storage.value = true })
    }

    func declare(label: String, into declared: inout DeclaredArguments) {
        declared.add(definition, label: label)
    }
}
