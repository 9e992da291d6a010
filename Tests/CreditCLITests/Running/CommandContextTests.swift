import Foundation
import Testing

@testable import CreditCLI

@Suite struct CommandContextTests {
    private func context(environment: [String: String] = [:], directory: String = "/data/work") -> CommandContext {
        CommandContext(
            stdout: MemoryOutputSink(), stderr: MemoryOutputSink(), environment: environment,
            currentDirectory: URL(fileURLWithPath: directory, isDirectory: true))
    }

    @Test func pathsResolveAgainstTheCurrentDirectory() {
        let context = context()
        #expect(context.fileURL(forPath: "in.csv").path == "/data/work/in.csv")
        #expect(context.fileURL(forPath: "sub/in.csv").path == "/data/work/sub/in.csv")
        #expect(context.fileURL(forPath: "../in.csv").path == "/data/in.csv")
        #expect(context.fileURL(forPath: "/abs/in.csv").path == "/abs/in.csv")
    }

    @Test func sourceDateEpochIsReadFromTheEnvironment() throws {
        #expect(try context().sourceDateEpoch() == nil)
        #expect(
            try context(environment: ["SOURCE_DATE_EPOCH": "0"]).sourceDateEpoch() == Date(timeIntervalSince1970: 0))
        #expect(
            try context(environment: ["SOURCE_DATE_EPOCH": "1700000000"]).creationDate()
                == Date(timeIntervalSince1970: 1_700_000_000))
    }

    @Test(arguments: ["", "abc", "-1", "1.5", "1e9", " 1", "99999999999999999999", "١٢"])
    func malformedSourceDateEpochIsAnError(_ value: String) {
        #expect(
            throws: EnvironmentError(
                variable: "SOURCE_DATE_EPOCH", value: value, reason: "is not a whole number of seconds since 1970-01-01"
            )
        ) {
            try context(environment: ["SOURCE_DATE_EPOCH": value]).sourceDateEpoch()
        }
    }

    @Test func creationDateWithoutSourceDateEpochIsNow() throws {
        let before = Date()
        let created = try context().creationDate()
        #expect(created >= before && created <= Date())
    }

    @Test func missingStandardInputIsEmpty() throws {
        #expect(try context().stdin.readAll() == [])
    }

    @Test func progressIsSilentByDefault() {
        #expect(!context().startProgress("Scoring").isEnabled)
    }

    @Test func openablePathsResolveAgainstTheContextDirectory() throws {
        let sink = MemoryOutputSink()
        let elsewhere = CommandContext(
            stdout: sink, stderr: sink, currentDirectory: URL(fileURLWithPath: "/tmp/somewhere"))
        #expect(elsewhere.openablePath("m.json") == "/tmp/somewhere/m.json")
        #expect(elsewhere.openablePath("/abs/m.json") == "/abs/m.json")
        #expect(elsewhere.openablePath("-") == "-")
        let here = CommandContext(stdout: sink, stderr: sink)
        #expect(here.openablePath("m.json") == "m.json")
    }

    /// A directory URL made without `isDirectory` (no trailing slash) still counts as a directory.
    @Test func fileURLTreatsTheContextDirectoryAsADirectory() {
        let sink = MemoryOutputSink()
        let context = CommandContext(stdout: sink, stderr: sink, currentDirectory: URL(fileURLWithPath: "/tmp/somewhere"))
        #expect(context.fileURL(forPath: "in.csv").path == "/tmp/somewhere/in.csv")
        #expect(context.fileURL(forPath: "../in.csv").path == "/tmp/in.csv")
    }
}
