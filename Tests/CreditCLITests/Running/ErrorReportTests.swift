import Foundation
import Testing

@testable import CreditCLI

@Suite struct ErrorReportTests {
    struct DomainError: CLIReportableError {
        var exitCode: ExitCode
        var message: String
    }

    struct Unmapped: Error, CustomStringConvertible {
        var description: String { "Unmapped(reason: 42)" }
    }

    @Test func thrownExitCodeHasNoMessage() {
        #expect(ErrorReport(for: ExitCode.rowsSkipped) == ErrorReport(exitCode: .rowsSkipped, message: nil))
    }

    @Test func reportableErrorsGiveTheirOwnStatusAndMessage() {
        for code in ExitCode.allCases {
            let report = ErrorReport(for: DomainError(exitCode: code, message: "m"))
            #expect(report.exitCode == code)
            #expect(report.message == "m")
            #expect(report.showsUsageHint == (code == .usage), "only usage errors point to --help")
        }
    }

    @Test func validationAndEnvironmentErrorsAreUsageErrors() {
        #expect(
            ErrorReport(for: ValidationError("--a needs --b"))
                == ErrorReport(exitCode: .usage, message: "--a needs --b", showsUsageHint: true))
        #expect(
            ErrorReport(for: EnvironmentError(variable: "V", value: "x", reason: "is bad"))
                == ErrorReport(exitCode: .usage, message: "V 'x' is bad", showsUsageHint: false))
    }

    @Test func unknownErrorsAreInternal() {
        #expect(
            ErrorReport(for: Unmapped())
                == ErrorReport(exitCode: .internalError, message: "internal error: Unmapped(reason: 42)"))
    }

    @Test func foundationFileErrorsMapToInputOutputStatuses() {
        func report(_ code: CocoaError.Code) -> ErrorReport {
            ErrorReport(for: CocoaError(code, userInfo: [NSFilePathErrorKey: "/x/m.json"]))
        }
        #expect(
            report(.fileReadNoSuchFile)
                == ErrorReport(exitCode: .noInput, message: "cannot read '/x/m.json': no such file"))
        #expect(report(.fileNoSuchFile).exitCode == .noInput)
        #expect(
            report(.fileReadNoPermission)
                == ErrorReport(exitCode: .noInput, message: "cannot read '/x/m.json': permission denied"))
        #expect(
            report(.fileWriteNoPermission)
                == ErrorReport(exitCode: .cannotCreateOutput, message: "cannot write '/x/m.json': permission denied"))
        #expect(report(.fileWriteVolumeReadOnly).exitCode == .cannotCreateOutput)
        #expect(report(.fileWriteFileExists).exitCode == .cannotCreateOutput)
        #expect(report(.fileWriteOutOfSpace).exitCode == .ioError)
        #expect(report(.fileReadCorruptFile) == ErrorReport(exitCode: .ioError, message: "I/O error on '/x/m.json'"))
        #expect(ErrorReport(for: CocoaError(.fileReadNoSuchFile)).message == "cannot read file: no such file")
    }

    @Test func nonFileFoundationErrorsAreInternal() {
        #expect(ErrorReport(for: CocoaError(.coderReadCorrupt)).exitCode == .internalError)
    }

    @Test func readingAMissingFileThroughFoundationIsNoInput() throws {
        let folder = try TemporaryFolder()
        let missing = folder.url.appendingPathComponent("missing.json")
        do {
            _ = try Data(contentsOf: missing)
            Issue.record("reading a missing file succeeded")
        } catch {
            let report = ErrorReport(for: error)
            #expect(report.exitCode == .noInput)
            #expect(report.message == "cannot read '\(missing.path)': no such file")
        }
    }
}
