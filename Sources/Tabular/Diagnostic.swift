/// One problem found in a file, with where it is: file, row, column and the offending value.
///
/// Rows are numbered as a spreadsheet shows them: the header is row 1 and the first data record
/// row 2; a record with embedded newlines is one row. The description reads like
/// `portfolio.csv: row 1042, column 'income': 'abc' is not a number`.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong.
    public enum Problem: Sendable, Hashable {
        /// The file holds no header row (it is empty, or only blank lines).
        case emptyFile
        /// A header name is empty; `position` is 1-based.
        case emptyColumnName(position: Int)
        /// A header name appears more than once, at these 1-based positions.
        case duplicateColumnName(positions: [Int])
        /// A requested column does not exist; the closest existing name, and every name.
        case unknownColumn(suggestion: String?, available: [String])
        /// A column is requested more than once.
        case duplicateRequestedColumn
        /// A quoted field is never closed (the row is where the record starts).
        case unterminatedQuote
        /// Characters follow a closing quote before the next delimiter.
        case textAfterClosingQuote
        /// A record has the wrong number of fields.
        case raggedRow(expected: Int, found: Int)
        /// A field of a numeric column is not a number.
        case notANumber
        /// A numeric field is a number too large for a `Double`.
        case numberOutOfRange
        /// A field (or header name) is not valid UTF-8.
        case invalidUTF8
        /// A value of the target column is neither bad nor good under the target definition;
        /// `expected` says what the definition accepts.
        case invalidTargetValue(expected: String)
        /// The target column as a whole cannot define a binary target (e.g. the bad value never
        /// occurs, or more than two distinct values without a declared good value).
        case invalidTarget(reason: String)
    }

    /// The file, as the caller named it (`<stdin>` for standard input).
    public var file: String
    /// The spreadsheet row, when the problem belongs to one.
    public var row: Int?
    /// The column's name, when the problem belongs to one.
    public var column: String?
    /// The offending text (invalid UTF-8 shown with replacement characters), when there is one.
    public var value: String?
    /// What is wrong.
    public var problem: Problem

    /// A diagnostic; every location part is optional.
    public init(file: String, row: Int? = nil, column: String? = nil, value: String? = nil, problem: Problem) {
        self.file = file
        self.row = row
        self.column = column
        self.value = value
        self.problem = problem
    }

    /// The lower-case explanation, without the location.
    public var message: String {
        let quoted = value.map { "'\(Self.shortened($0))'" } ?? "the value"
        switch problem {
        case .emptyFile:
            return "the file is empty (no header row)"
        case .emptyColumnName(let position):
            let hint = position == 1 ? " (an unnamed index column? write the file without it, e.g. pandas index=False)" : ""
            return "column \(position) of the header has an empty name\(hint)"
        case .duplicateColumnName(let positions):
            let list = positions.map(String.init).joined(separator: ", ")
            return "the header names more than one column \(column.map { "'\($0)'" } ?? "") (columns \(list))"
        case .unknownColumn(let suggestion, let available):
            let guess = suggestion.map { "; did you mean '\($0)'?" } ?? ""
            let shown = available.prefix(30).map { "'\($0)'" }.joined(separator: ", ")
            let more = available.count > 30 ? " and \(available.count - 30) more" : ""
            return "no such column\(guess) (the file has \(shown)\(more))"
        case .duplicateRequestedColumn:
            return "the column is requested more than once"
        case .unterminatedQuote:
            return "a quoted field starting in this row has no closing quote"
        case .textAfterClosingQuote:
            return "\(quoted) has text after its closing quote (a quote inside a quoted field must be doubled)"
        case .raggedRow(let expected, let found):
            return "expected \(expected) field\(expected == 1 ? "" : "s"), found \(found)"
        case .notANumber:
            return "\(quoted) is not a number"
        case .numberOutOfRange:
            return "\(quoted) is out of the range of a double"
        case .invalidUTF8:
            return "\(quoted) is not valid UTF-8"
        case .invalidTargetValue(let expected):
            return "\(quoted) is not a valid target value (expected \(expected))"
        case .invalidTarget(let reason):
            return reason
        }
    }

    public var description: String {
        var location = file
        if let row { location += ": row \(row)" }
        if let column { location += "\(row == nil ? ":" : ",") column '\(column)'" }
        return "\(location): \(message)"
    }

    /// `text`, cut to 60 characters with an ellipsis so a runaway field keeps a message readable.
    static func shortened(_ text: String) -> String {
        text.count <= 60 ? text : String(text.prefix(57)) + "..."
    }
}
