import Modeling

/// Estimation errors: data 65, did not converge 80, separation 81, collinear or constant 82.
extension ModelingError: CLIReportableError {
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
