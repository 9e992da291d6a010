import Tabular

/// Why data cannot be turned into a model's design matrix.
///
/// `category` reuses the estimation error groups, which the command line maps to exit codes:
/// `.data` (65) for columns that cannot be features or rows that cannot be used, `.collinearity`
/// (82) for a feature that is constant in the rows used.
public enum DesignError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A feature column was read as text (too many distinct values for a categorical feature).
    case textFeature(file: String, column: String)
    /// A column the model needs is not in the data.
    case missingColumn(file: String, column: String, suggestion: String?)
    /// A column holds a kind of value the model cannot use as it was trained
    /// (e.g. text in a numeric feature).
    case wrongColumnKind(file: String, column: String, expected: ColumnKind, found: ColumnKind)
    /// A categorical feature has a single level in the rows used, so its design column would be
    /// constant (the intercept's double).
    case singleLevel(file: String, feature: String, level: String, levelsInFile: Int)
    /// A categorical feature has more levels in the rows used than a dummy encoding can take
    /// (`TrainingDesign.maximumLevels`): an id, or a code that wants grouping first.
    case tooManyLevels(file: String, feature: String, levels: Int, limit: Int)
    /// `--reference feature=level` names a level the feature does not have in the rows used.
    case unknownReferenceLevel(file: String, feature: String, level: String, levels: [String], onlyInSkippedRows: Bool)
    /// `--reference` names a feature that is not categorical.
    case referenceForNumericFeature(file: String, feature: String)
    /// A feature is named `const`, the intercept's column.
    case reservedName(column: String)
    /// Two features give design columns of the same name (a column called `a=b` beside the
    /// categorical feature `a` with level `b`).
    case duplicateDesignColumn(name: String)
    /// No row is left once rows with a missing or invalid value are skipped.
    case noUsableRows(file: String, rowsRead: Int, exclusions: [RowExclusions.Count])
    /// A row the design was asked to encode has a missing value or an unseen level (training
    /// skips such rows before it encodes; scoring reports them per row).
    case unusableRow(file: String, row: Int, column: String, problem: RowProblem.Kind)

    /// The group this error belongs to (exit code 65 or 82 at the command line).
    public var category: ModelingError.Category {
        switch self {
        case .singleLevel: .collinearity
        default: .data
        }
    }

    public var description: String {
        switch self {
        case .textFeature(let file, let column):
            return "\(file): column '\(column)' holds text with too many distinct values to be a feature (an id or "
                + "free text?); leave it out with --exclude \(column), or make it categorical with --categorical "
                + "\(column)"
        case .missingColumn(let file, let column, let suggestion):
            let guess = suggestion.map { "; did you mean '\($0)'?" } ?? ""
            return "\(file): no column '\(column)'\(guess)"
        case .wrongColumnKind(let file, let column, let expected, let found):
            return "\(file): column '\(column)' is \(found), but the model uses it as \(expected)"
        case .singleLevel(let file, let feature, let level, let levelsInFile):
            let context =
                levelsInFile > 1
                ? "the rows with its other levels were skipped for missing or invalid values"
                : "it has no other level in the file"
            return "\(file): feature '\(feature)' has one level ('\(level)') in the rows used (\(context)); a "
                + "constant feature cannot be estimated: leave it out with --exclude \(feature)"
        case .tooManyLevels(let file, let feature, let levels, let limit):
            return "\(file): feature '\(feature)' has \(levels) levels in the rows used, more than the \(limit) a "
                + "categorical feature may have (one design column per level but the reference: an id?); leave it "
                + "out with --exclude \(feature), or group its levels first"
        case .unknownReferenceLevel(let file, let feature, let level, let levels, let skipped):
            let shown = levels.prefix(20).map { "'\($0)'" }.joined(separator: ", ") + (levels.count > 20 ? " ..." : "")
            let why = skipped ? " (it occurs only in rows that were skipped)" : ""
            return "\(file): --reference \(feature)=\(level): '\(level)' is not a level of '\(feature)' in the rows "
                + "used\(why); its levels are \(shown)"
        case .referenceForNumericFeature(let file, let feature):
            return "\(file): --reference \(feature)=...: feature '\(feature)' is numeric; make it categorical with "
                + "--categorical \(feature)"
        case .reservedName(let column):
            return "a feature cannot be named '\(column)': that is the intercept's column; rename the column"
        case .duplicateDesignColumn(let name):
            return "two features give the design column '\(name)'; rename one of the columns"
        case .noUsableRows(let file, let rowsRead, let exclusions):
            let reasons = exclusions.map(\.description).joined(separator: "; ")
            return "\(file): no usable rows: all \(rowsRead) rows have a missing or invalid value (\(reasons))"
        case .unusableRow(let file, let row, let column, let problem):
            return "\(file): row \(row), column '\(column)': \(problem)"
        }
    }
}
