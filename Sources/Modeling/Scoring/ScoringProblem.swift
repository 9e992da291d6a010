import Tabular

/// Why one data row cannot be scored, with where: file, row, column and value.
///
/// Rows are numbered as a spreadsheet shows them (the header is row 1). The description reads
/// like `portfolio.csv: row 1042, column 'region': 'central' is a level the model did not see in
/// training (it knows 'east', 'north', 'south', 'west')`.
public enum ScoringProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// The reader could not read the row (ragged, text in a numeric feature, bad quoting ...).
    case unreadable(Diagnostic)
    /// A feature of the model has no value in the row.
    case missingValue(file: String, row: Int, column: String)
    /// A categorical feature holds a level the model was not trained on.
    case unseenLevel(file: String, row: Int, column: String, value: String, knownLevels: [String])
    /// The features are finite but the linear predictor is not (values so large that terms of
    /// opposite sign overflow).
    case linearPredictorNotFinite(file: String, row: Int)

    /// The spreadsheet row, when known (the reader knows it for every row-level problem).
    public var row: Int? {
        switch self {
        case .unreadable(let diagnostic): diagnostic.row
        case .missingValue(_, let row, _), .unseenLevel(_, let row, _, _, _), .linearPredictorNotFinite(_, let row):
            row
        }
    }

    public var description: String {
        switch self {
        case .unreadable(let diagnostic):
            return diagnostic.description
        case .missingValue(let file, let row, let column):
            return "\(file): row \(row), column '\(column)': the value is missing (every feature of the model needs one)"
        case .unseenLevel(let file, let row, let column, let value, let known):
            let shown = known.prefix(10).map { "'\($0)'" }.joined(separator: ", ")
            let more = known.count > 10 ? " and \(known.count - 10) more" : ""
            return "\(file): row \(row), column '\(column)': '\(Self.shortened(value))' is a level the model did not "
                + "see in training (it knows \(shown)\(more))"
        case .linearPredictorNotFinite(let file, let row):
            return "\(file): row \(row): the linear predictor is not a finite number (feature values too large)"
        }
    }

    /// `text` cut to 60 characters, so a runaway field keeps the message readable.
    static func shortened(_ text: String) -> String {
        text.count <= 60 ? text : String(text.prefix(57)) + "..."
    }
}
