import Modeling

/// Design errors: unusable columns or rows 65, a feature constant in the rows used 82 (the
/// statuses of `ModelingError.Category`).
extension DesignError: CLIReportableError {
    public var exitCode: ExitCode { category.exitCode }

    public var message: String { description }
}
