import Foundation
import Testing

@testable import CreditCLI

@Suite struct CredoCommandLineTests {
    @Test func mainFlushesBufferedOutputBeforeReturning() throws {
        let folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent("stdout")
        try Data().write(to: url)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        // A buffer far larger than the output: nothing reaches the file unless main flushes.
        let stdout = FileDescriptorOutputSink(
            fileDescriptor: handle.fileDescriptor, name: "standard output", bufferCapacity: 1 << 20)
        let stderr = MemoryOutputSink()
        let status = CredoCommandLine.main(["--version"], stdout: stdout, stderr: stderr)
        #expect(status == 0)
        #expect(try String(contentsOf: url, encoding: .utf8) == "credo 0.1.0\n")
        #expect(stderr.text == "")
    }

    @Test func withoutStandardInputTheCommandReadsNothing() {
        let result = runCredoInProcess(["_echo-options", "--target", "y", "--read-stdin"])
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("words=\nstdin=\n"))
    }

    @Test func theEnvironmentIsOnlyWhatWasGiven() {
        // The process surely has variables (PATH ...), but in-process runs see only the given ones.
        let result = runCredoInProcess(["_echo-options", "--target", "y", "--show-source-date"])
        #expect(result.stdout.hasSuffix("source-date=<none>\n"))
    }

    @Test func failedWriteToStandardOutputIsAnIOError() throws {
        let folder = try TemporaryFolder()
        let failing = try FailingSink(in: folder)
        let result = withExtendedLifetime(failing) {
            runInProcess(["synth", "portfolio", "--rows", "1"], root: TestRoot.self, stdout: failing.sink)
        }
        #expect(result.status == 74)
        #expect(result.stderr == "Error: cannot write to test output: bad file descriptor\n")
    }

    @Test func failedWriteKeepsAnEarlierFailureStatus() throws {
        let folder = try TemporaryFolder()
        let failing = try FailingSink(in: folder)
        let result = withExtendedLifetime(failing) {
            runInProcess(["throw", "data"], root: TestRoot.self, stdout: failing.sink)
        }
        #expect(result.status == 65)
        #expect(
            result.stderr == """
                Error: row 3, column 'income': 'abc' is not a number
                Error: cannot write to test output: bad file descriptor

                """)
    }

    @Test func failedWriteTurnsRowsSkippedIntoAnIOError() throws {
        let folder = try TemporaryFolder()
        let failing = try FailingSink(in: folder)
        let result = withExtendedLifetime(failing) {
            runInProcess(["throw", "exit"], root: TestRoot.self, stdout: failing.sink)
        }
        #expect(result.status == 74)
    }
}
