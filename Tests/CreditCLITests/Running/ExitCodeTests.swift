import Foundation
import TestSupport
import Testing

@testable import CreditCLI

@Suite struct ExitCodeTests {
    @Test func valuesAreTheSysexitsOnes() {
        #expect(ExitCode.success.rawValue == 0)
        #expect(ExitCode.rowsSkipped.rawValue == 1)
        #expect(ExitCode.usage.rawValue == 64)  // EX_USAGE
        #expect(ExitCode.dataError.rawValue == 65)  // EX_DATAERR
        #expect(ExitCode.noInput.rawValue == 66)  // EX_NOINPUT
        #expect(ExitCode.internalError.rawValue == 70)  // EX_SOFTWARE
        #expect(ExitCode.cannotCreateOutput.rawValue == 73)  // EX_CANTCREAT
        #expect(ExitCode.ioError.rawValue == 74)  // EX_IOERR
        #expect(ExitCode.didNotConverge.rawValue == 80)
        #expect(ExitCode.separation.rawValue == 81)
        #expect(ExitCode.rankDeficient.rawValue == 82)
    }

    /// The cases are exactly the codes of the table in DEVELOPERS.md, so the two cannot drift apart.
    @Test func casesMatchTheTableInDevelopersGuide() throws {
        let guide = try String(
            contentsOf: TestPaths.repositoryRoot.appendingPathComponent("DEVELOPERS.md"), encoding: .utf8)
        let section = try #require(guide.range(of: "## Exit codes")).upperBound
        let documented = guide[section...].split(separator: "\n")
            .filter { $0.hasPrefix("| ") }
            .compactMap { Int32($0.dropFirst(2).prefix { $0 != " " && $0 != "|" }) }
        #expect(documented == ExitCode.allCases.map(\.rawValue))
    }
}
