/// The resolved columns of a read: which fields of each record are kept, under which name and kind.
public struct Schema: Sendable, Hashable {
    /// One selected column.
    public struct Field: Sendable, Hashable {
        /// The column's name as written in the header.
        public var name: String
        /// How its values are held.
        public var kind: ColumnKind
        /// Its 0-based position among the file's fields.
        public var position: Int
        /// Whether `kind` came from the caller (`ColumnRequest.kinds`) rather than inference.
        public var isDeclared: Bool

        /// A selected column.
        public init(name: String, kind: ColumnKind, position: Int, isDeclared: Bool) {
            self.name = name
            self.kind = kind
            self.position = position
            self.isDeclared = isDeclared
        }
    }

    /// The selected columns in the order the dataset holds them.
    public var fields: [Field]

    /// A schema over `fields`, in dataset order.
    public init(fields: [Field]) {
        self.fields = fields
    }

    /// The selected columns' names.
    public var names: [String] { fields.map(\.name) }

    /// The field named `name`, if selected.
    public func field(named name: String) -> Field? {
        fields.first { $0.name == name }
    }
}
