import Testing
import Modeling
import Tabular
@testable import CreditCLI

/// Every library error reaches the command line with the exit status DEVELOPERS.md documents.
@Suite struct LibraryErrorReportingTests {
    @Test func tabularErrorsMapToSysexits() {
        #expect(TabularError.noSuchFile(path: "a.csv").exitCode == .noInput)
        #expect(TabularError.data(Diagnostic(file: "a.csv", row: 3, column: "x", value: "abc", problem: .notANumber)).exitCode == .dataError)
        #expect(TabularError.cannotCreateOutput(path: "/x/y.csv", reason: "no such directory").exitCode == .cannotCreateOutput)
        #expect(TabularError.io(path: "a.csv", reason: "disk full").exitCode == .ioError)
        let data = TabularError.data(Diagnostic(file: "a.csv", row: 3, column: "x", value: "abc", problem: .notANumber))
        #expect(data.message == "a.csv: row 3, column 'x': 'abc' is not a number")
        #expect(!data.showsUsageHint)
    }

    @Test func modelingErrorsMapToEstimationCodes() {
        #expect(ModelingError.noObservations.exitCode == .dataError)
        #expect(ModelingError.constantColumn(column: "x", value: 1).exitCode == .rankDeficient)
        #expect(ModelingError.didNotConverge(iterations: 3, maxAbsGradient: 0.1, relativeDevianceChange: 0.01).exitCode == .didNotConverge)
    }

    /// One mapping serves every modelling error type: the statuses of DEVELOPERS.md per group.
    @Test func modelingCategoriesMapToTheirStatuses() {
        #expect(ModelingError.Category.data.exitCode == .dataError)
        #expect(ModelingError.Category.nonConvergence.exitCode == .didNotConverge)
        #expect(ModelingError.Category.separation.exitCode == .separation)
        #expect(ModelingError.Category.collinearity.exitCode == .rankDeficient)
        #expect(ExitCode.separation.rawValue == 81 && ExitCode.rankDeficient.rawValue == 82)
    }
}
