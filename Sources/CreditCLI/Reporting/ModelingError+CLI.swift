import Modeling

/// Estimation errors: data 65, did not converge 80, separation 81, collinear or constant 82.
extension ModelingError: CLIReportableError {
    public var exitCode: ExitCode { category.exitCode }

    public var message: String { description }
}

extension ModelingError.Category {
    /// The status of each group of modelling errors (`ModelingError`, `DesignError`).
    public var exitCode: ExitCode {
        switch self {
        case .data: .dataError
        case .nonConvergence: .didNotConverge
        case .separation: .separation
        case .collinearity: .rankDeficient
        }
    }
}
