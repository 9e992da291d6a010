import Testing
import TestSupport

@testable import Tabular

@Suite struct InputFileTests {
    @Test func opensFilesAndNamesStandardInput() throws {
        let path = try Files.write("abc")
        let file = try InputFile(path: path)
        #expect(file.displayName == path)
        #expect(file.regularFileSize == 3)
        var bytes = [UInt8](repeating: 0, count: 8)
        let n = try bytes.withUnsafeMutableBytes { try file.read(into: $0.baseAddress!, count: 8) }
        #expect(n == 3 && bytes.prefix(3) == [97, 98, 99])
        let standardInput = try InputFile(path: "-")
        #expect(standardInput.displayName == "<stdin>")
        #expect(standardInput.isStandardInput)
    }

    @Test func reportsMissingAndUnreadableInputs() throws {
        #expect(throws: TabularError.noSuchFile(path: "/no/such/file.csv")) { try InputFile(path: "/no/such/file.csv") }
        let folder = try TestPaths.temporaryDirectory().path
        #expect(throws: TabularError.unreadable(path: folder, reason: "it is a directory")) { try InputFile(path: folder) }
        #expect(TabularError.noSuchFile(path: "x").category == .noInput)
    }

    @Test func systemMessagesAreLowerCase() {
        #expect(systemMessage(2) == "no such file or directory")
        #expect(systemMessage(13) == "permission denied")
    }
}
