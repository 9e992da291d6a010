import Modeling

/// Design errors: unusable columns or rows 65, a feature constant in the rows used 82.
extension DesignError: CLIReportableError {
    public var exitCode: ExitCode {
        switch category {
        case .data: .dataError
        case .nonConvergence: .didNotConverge
        case .separation: .separation
        case .collinearity: .rankDeficient
        }
    }

    public var message: String { description }
}
