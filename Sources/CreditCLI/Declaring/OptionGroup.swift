/// Includes the options of a ``ParsableArguments`` struct shared by several commands.
///
/// ```swift
/// struct CSVOptions: ParsableArguments {
///     @Option(help: "Field separator.") var delimiter: String = ","
///     init() {}
/// }
/// struct ScoreCommand: ParsableCommand {
///     @OptionGroup var csv: CSVOptions
///     ...
/// }
/// ```
/// The group's options appear where the group is declared; its `validate()` runs before the
/// command's.
@propertyWrapper
public struct OptionGroup<Group: ParsableArguments>: ArgumentDeclaration {
    private let storage: ValueStorage<Group>

    public init() {
        storage = ValueStorage(Group())
    }

    public var wrappedValue: Group {
        get { storage.read("option group \(Group.self)") }
        nonmutating set { storage.value = newValue }
    }

    func declare(label: String, into declared: inout DeclaredArguments) {
        let storage = self.storage
        declared.include(DeclaredArguments(reflecting: storage.read("")), validator: { try storage.value?.validate() })
    }
}
