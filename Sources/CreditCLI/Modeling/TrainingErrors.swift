import Modeling

/// A column named on the command line that the data file does not have.
///
/// Exit 65 (a data error, as Tabular reports an unknown column): the command line is well formed,
/// but it does not match this file's header. The message suggests the closest name.
struct UnknownColumnError: CLIReportableError, Equatable {
    let file: String
    /// The option that named it (`--features`, `--target` ...).
    let option: String
    let column: String
    let suggestion: String?
    let available: [String]

    var exitCode: ExitCode { .dataError }

    var message: String {
        let guess = suggestion.map { "; did you mean '\($0)'?" } ?? ""
        let shown = available.prefix(30).map { "'\($0)'" }.joined(separator: ", ")
        let more = available.count > 30 ? " and \(available.count - 30) more" : ""
        return "\(file): no column '\(column)' (\(option))\(guess) (the file has \(shown)\(more))"
    }
}

/// `--strict`: a row that cannot be used stops training (exit 65).
struct StrictRowError: CLIReportableError, Equatable {
    let file: String
    let row: Int
    let column: String
    let problem: String

    var exitCode: ExitCode { .dataError }
    var message: String {
        "\(file): row \(row), column '\(column)': \(problem) (--strict stops at the first row that cannot be used)"
    }
}

/// An estimation error whose design row is given as the data file's row.
struct LocatedModelingError: CLIReportableError {
    let error: ModelingError
    let file: String
    /// The file row of every design row.
    let fileRows: [Int]

    var exitCode: ExitCode { error.exitCode }

    var message: String {
        let designRow: Int
        switch error {
        case .invalidTarget(let row, _), .invalidWeight(let row, _), .nonFiniteOffset(let row, _),
            .nonFiniteValue(let row, _, _), .extremeValue(let row, _, _):
            designRow = row
        default:
            return error.description
        }
        let prefix = "design row \(designRow + 1)"
        guard designRow < fileRows.count, error.description.hasPrefix(prefix) else { return error.description }
        return "\(file): row \(fileRows[designRow])" + error.description.dropFirst(prefix.count)
    }
}
