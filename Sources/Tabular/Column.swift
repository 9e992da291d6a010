/// A numeric column: one `Double` per row, NaN where the value is missing.
public struct NumericColumn: Sendable, Hashable {
    /// The column's name.
    public let name: String
    /// The values, one per row.
    public let values: [Double]
    /// How many values are missing (NaN).
    public let missingCount: Int

    /// A column over `values`; NaN marks a missing value.
    public init(name: String, values: [Double]) {
        self.init(name: name, values: values, missingCount: values.reduce(0) { $0 + ($1.isNaN ? 1 : 0) })
    }

    init(name: String, values: [Double], missingCount: Int) {
        self.name = name
        self.values = values
        self.missingCount = missingCount
    }

    /// The number of rows.
    public var count: Int { values.count }
}

/// A dictionary-encoded column: one code per row into `levels`, -1 where the value is missing.
///
/// Levels are listed in order of first appearance. A streaming reader keeps one dictionary per
/// column for the whole file, so codes mean the same level in every chunk; a later chunk's
/// `levels` extends an earlier chunk's.
public struct CategoricalColumn: Sendable, Hashable {
    /// The column's name.
    public let name: String
    /// One code per row: an index into `levels`, or -1 for a missing value.
    public let codes: [Int32]
    /// The distinct values, in order of first appearance.
    public let levels: [String]
    /// How many codes are -1.
    public let missingCount: Int

    /// A column over `codes` into `levels`; every code must be -1 or a valid index.
    public init(name: String, codes: [Int32], levels: [String]) {
        precondition(codes.allSatisfy { $0 >= -1 && Int($0) < levels.count }, "a code is outside the levels")
        self.init(name: name, codes: codes, levels: levels, missingCount: codes.reduce(0) { $0 + ($1 < 0 ? 1 : 0) })
    }

    init(name: String, codes: [Int32], levels: [String], missingCount: Int) {
        self.name = name
        self.codes = codes
        self.levels = levels
        self.missingCount = missingCount
    }

    /// The number of rows.
    public var count: Int { codes.count }

    /// The value of row `row`, or nil when it is missing.
    public func value(at row: Int) -> String? {
        let code = codes[row]
        return code < 0 ? nil : levels[Int(code)]
    }
}

/// A text column: the raw string of every row, exactly as the file holds it.
///
/// Nothing is replaced for missing values (so a pass-through column is written back unchanged);
/// `missingCount` counts the rows whose value is one of the reader's missing tokens.
public struct TextColumn: Sendable, Hashable {
    /// The column's name.
    public let name: String
    /// The values, one per row.
    public let values: [String]
    /// How many values are missing tokens.
    public let missingCount: Int

    /// A column over `values`, where a value in `missingTokens` counts as missing.
    public init(name: String, values: [String], missingTokens: Set<String> = CSVOptions().missingTokens) {
        self.init(name: name, values: values, missingCount: values.reduce(0) { $0 + (missingTokens.contains($1) ? 1 : 0) })
    }

    init(name: String, values: [String], missingCount: Int) {
        self.name = name
        self.values = values
        self.missingCount = missingCount
    }

    /// The number of rows.
    public var count: Int { values.count }
}

/// One column of a `Dataset`, of any kind.
public enum Column: Sendable, Hashable {
    case numeric(NumericColumn)
    case categorical(CategoricalColumn)
    case text(TextColumn)

    /// The column's name.
    public var name: String {
        switch self {
        case .numeric(let column): column.name
        case .categorical(let column): column.name
        case .text(let column): column.name
        }
    }

    /// How the column's values are held.
    public var kind: ColumnKind {
        switch self {
        case .numeric: .numeric
        case .categorical: .categorical
        case .text: .text
        }
    }

    /// The number of rows.
    public var count: Int {
        switch self {
        case .numeric(let column): column.count
        case .categorical(let column): column.count
        case .text(let column): column.count
        }
    }

    /// How many rows hold a missing value.
    public var missingCount: Int {
        switch self {
        case .numeric(let column): column.missingCount
        case .categorical(let column): column.missingCount
        case .text(let column): column.missingCount
        }
    }

    /// The numeric column, or nil for another kind.
    public var numeric: NumericColumn? {
        if case .numeric(let column) = self { column } else { nil }
    }

    /// The categorical column, or nil for another kind.
    public var categorical: CategoricalColumn? {
        if case .categorical(let column) = self { column } else { nil }
    }

    /// The text column, or nil for another kind.
    public var text: TextColumn? {
        if case .text(let column) = self { column } else { nil }
    }
}
