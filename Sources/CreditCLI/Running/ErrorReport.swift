import Foundation

/// How an error thrown by a command is reported: the exit status and the message, if any.
///
/// - A thrown ``ExitCode`` ends with that status and no message.
/// - A ``CLIReportableError`` gives its own status and message.
/// - Foundation's file errors (`CocoaError`, e.g. from `Data(contentsOf:)`) map to 66 (cannot read
///   an input), 73 (cannot create an output) or 74 (other I/O errors).
/// - Anything else is a bug: exit 70, "internal error: ...".
public struct ErrorReport: Equatable, Sendable {
    /// The status to exit with.
    public var exitCode: ExitCode
    /// The message printed after `Error: `, or nil to print nothing.
    public var message: String?
    /// Whether "See 'credo <command> --help'." follows the message.
    public var showsUsageHint: Bool

    public init(exitCode: ExitCode, message: String?, showsUsageHint: Bool = false) {
        self.exitCode = exitCode
        self.message = message
        self.showsUsageHint = showsUsageHint
    }

    /// The report for any error thrown while running a command.
    public init(for error: any Error) {
        switch error {
        case let code as ExitCode:
            self.init(exitCode: code, message: nil)
        case let reportable as any CLIReportableError:
            self.init(
                exitCode: reportable.exitCode, message: reportable.message,
                showsUsageHint: reportable.showsUsageHint)
        case let cocoa as CocoaError where cocoa.isFileError:
            self = Self.fileErrorReport(cocoa)
        default:
            self.init(exitCode: .internalError, message: "internal error: \(String(describing: error))")
        }
    }

    private static func fileErrorReport(_ error: CocoaError) -> ErrorReport {
        let path = (error.userInfo[NSFilePathErrorKey] as? String) ?? error.url?.path
        let file = path.map { "'\($0)'" } ?? "file"
        switch error.code {
        case .fileNoSuchFile, .fileReadNoSuchFile:
            return ErrorReport(exitCode: .noInput, message: "cannot read \(file): no such file")
        case .fileReadNoPermission:
            return ErrorReport(exitCode: .noInput, message: "cannot read \(file): permission denied")
        case .fileWriteNoPermission:
            return ErrorReport(exitCode: .cannotCreateOutput, message: "cannot write \(file): permission denied")
        case .fileWriteOutOfSpace:
            return ErrorReport(exitCode: .ioError, message: "cannot write \(file): no space left on device")
        case .fileWriteVolumeReadOnly:
            return ErrorReport(exitCode: .cannotCreateOutput, message: "cannot write \(file): read-only file system")
        case .fileWriteFileExists:
            return ErrorReport(exitCode: .cannotCreateOutput, message: "cannot write \(file): it already exists")
        case .fileWriteInvalidFileName, .fileWriteUnknown:
            return ErrorReport(exitCode: .cannotCreateOutput, message: "cannot write \(file)")
        default:
            return ErrorReport(exitCode: .ioError, message: "I/O error on \(file)")
        }
    }
}
