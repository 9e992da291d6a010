import Modeling

/// Model-file errors: a file that cannot be read 66, a file that is not a usable model 65.
extension ModelFileError: CLIReportableError {
    public var exitCode: ExitCode {
        switch category {
        case .noInput: .noInput
        case .data: .dataError
        }
    }

    public var message: String { description }
}
