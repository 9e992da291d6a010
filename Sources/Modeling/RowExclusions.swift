/// The rows left out of a training design, counted per column and reason.
///
/// A row is left out when any column the model uses is missing in it, its target is neither the
/// bad nor the good value, or its weight is negative (complete-case analysis, statsmodels'
/// `missing="drop"`). A row missing in two columns is counted under both, and once in
/// `rowsExcluded`.
public struct RowExclusions: Equatable, Sendable {
    /// Why a row was left out.
    public enum Reason: String, Equatable, Sendable {
        /// The value is missing (empty, `NA`, `NaN`, `null`).
        case missing
        /// The target is neither the bad nor the good value.
        case invalidTarget
        /// The weight is negative.
        case negativeWeight
    }

    /// How many rows one column made unusable for one reason.
    public struct Count: Equatable, Sendable, CustomStringConvertible {
        /// The column.
        public let column: String
        /// Why.
        public let reason: Reason
        /// How many rows.
        public let rows: Int
        /// The first such row, numbered as in the file (header = row 1).
        public let firstRow: Int

        public init(column: String, reason: Reason, rows: Int, firstRow: Int) {
            self.column = column
            self.reason = reason
            self.rows = rows
            self.firstRow = firstRow
        }

        /// `'income': 7 missing (first at row 12)`.
        public var description: String {
            let what =
                switch reason {
                case .missing: "missing"
                case .invalidTarget: "not a valid target value"
                case .negativeWeight: "negative"
                }
            return "'\(column)': \(rows) \(what) (first at row \(firstRow))"
        }
    }

    /// The non-zero counts, in the order target, weight, features.
    public let counts: [Count]
    /// Rows left out (each once).
    public let rowsExcluded: Int

    public init(counts: [Count], rowsExcluded: Int) {
        self.counts = counts
        self.rowsExcluded = rowsExcluded
    }

    /// No row was left out.
    public static let none = RowExclusions(counts: [], rowsExcluded: 0)
}

/// A row that cannot be encoded (scored): the first feature that stops it.
public struct RowProblem: Equatable, Sendable {
    /// What is wrong with the value.
    public enum Kind: Equatable, Sendable, CustomStringConvertible {
        /// The value is missing.
        case missingValue
        /// A categorical level the model was not trained on.
        case unseenLevel(String)

        public var description: String {
            switch self {
            case .missingValue: "the value is missing"
            case .unseenLevel(let level): "'\(level)' is a level the model was not trained on"
            }
        }
    }

    /// The row's index in the dataset (0-based; `Dataset.rowNumbers` gives its file row).
    public let row: Int
    /// The feature.
    public let feature: String
    /// What is wrong.
    public let kind: Kind

    public init(row: Int, feature: String, kind: Kind) {
        self.row = row
        self.feature = feature
        self.kind = kind
    }
}
