import Modeling

/// Batch scoring: the data or output file's own status (66 missing data, 65 bad header or
/// unknown column, 73 cannot create the output, 74 I/O), 65 for a bad row under `--strict`.
extension BatchScoringError: CLIReportableError {
    public var exitCode: ExitCode {
        switch self {
        case .file(let error): error.exitCode
        case .badRow: .dataError
        }
    }

    public var message: String { description }
}
