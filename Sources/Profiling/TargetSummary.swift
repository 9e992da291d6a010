import Tabular

/// The target column of a profile: how its values map to bad and good, and how many rows are
/// bad, good, missing or invalid.
public struct TargetSummary: Sendable, Hashable {
    /// The definition the labels came from.
    public let definition: BinaryTargetDefinition
    /// The text of the bad value (`"1"` for a 0/1 target).
    public let badLabel: String
    /// The text of the good value, nil when no row is good.
    public let goodLabel: String?
    public let badCount: Int
    public let goodCount: Int
    /// Rows whose target is missing.
    public let missingCount: Int
    /// Rows whose target is neither the bad nor the good value.
    public let invalidCount: Int
    /// The first invalid rows (at most `ProfileOptions.exampleLimit`).
    public let invalidRows: [Diagnostic]

    /// The summary of `labels`, resolved from the target column under `definition`.
    public init(definition: BinaryTargetDefinition, labels: BinaryLabels, exampleLimit: Int) {
        self.definition = definition
        badLabel = labels.badLabel
        goodLabel = labels.goodLabel
        badCount = labels.badCount
        goodCount = labels.goodCount
        missingCount = labels.missingCount
        invalidCount = labels.invalidCount
        invalidRows = Array(labels.invalidRows.prefix(exampleLimit))
    }

    /// The summary of a target column without rows.
    init(emptyUnder definition: BinaryTargetDefinition) {
        self.definition = definition
        badLabel = definition.badValue ?? "1"
        goodLabel = definition.goodValue ?? (definition.badValue == nil ? "0" : nil)
        badCount = 0
        goodCount = 0
        missingCount = 0
        invalidCount = 0
        invalidRows = []
    }

    /// Rows that are bad or good.
    public var labelledCount: Int { badCount + goodCount }

    /// `badCount / labelledCount`; NaN when no row is labelled.
    public var badRate: Double { share(badCount, of: labelledCount) }
}

/// Rows that repeat an earlier row: every column equal (duplicate rows), or the same id.
public struct DuplicateReport: Sendable, Hashable {
    /// One repeated row and the first row it repeats.
    public struct Pair: Sendable, Hashable {
        /// The spreadsheet row of the repeat.
        public let row: Int
        /// The spreadsheet row of the first occurrence.
        public let firstRow: Int
        /// The id, for duplicate ids.
        public let value: String?

        public init(row: Int, firstRow: Int, value: String? = nil) {
            self.row = row
            self.firstRow = firstRow
            self.value = value
        }
    }

    /// The id column, or nil for duplicate rows.
    public let column: String?
    /// Rows that repeat an earlier row (a value seen three times counts twice).
    public let count: Int
    /// Rows without an id (never counted as duplicates); 0 for duplicate rows.
    public let missingCount: Int
    /// The first repeats, in row order (at most `ProfileOptions.exampleLimit`).
    public let examples: [Pair]

    public init(column: String?, count: Int, missingCount: Int, examples: [Pair]) {
        self.column = column
        self.count = count
        self.missingCount = missingCount
        self.examples = examples
    }
}
