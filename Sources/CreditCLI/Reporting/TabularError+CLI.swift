import Tabular

/// Data-file errors: no input 66, data error 65, cannot create output 73, I/O error 74.
extension TabularError: CLIReportableError {
    public var exitCode: ExitCode {
        switch category {
        case .noInput: .noInput
        case .data: .dataError
        case .cannotCreateOutput: .cannotCreateOutput
        case .io: .ioError
        }
    }

    public var message: String { description }
}
