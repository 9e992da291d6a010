import Testing

@testable import Tabular

@Suite struct TabularErrorTests {
    @Test func exitCodesFollowSysexits() {
        #expect(TabularError.noSuchFile(path: "a").exitCode == 66)
        #expect(TabularError.unreadable(path: "a", reason: "r").exitCode == 66)
        #expect(TabularError.data(Diagnostic(file: "a", problem: .emptyFile)).exitCode == 65)
        #expect(TabularError.cannotCreateOutput(path: "a", reason: "r").exitCode == 73)
        #expect(TabularError.io(path: "a", reason: "r").exitCode == 74)
        #expect(TabularError.io(path: "a", reason: "r").category == .io)
    }

    @Test func messagesNameThePath() {
        #expect("\(TabularError.noSuchFile(path: "in.csv"))" == "in.csv: no such file")
        #expect("\(TabularError.unreadable(path: "in.csv", reason: "permission denied"))" == "in.csv: cannot read the file: permission denied")
        #expect("\(TabularError.cannotCreateOutput(path: "o.csv", reason: "x"))" == "o.csv: cannot create the file: x")
        #expect("\(TabularError.io(path: "o.csv", reason: "no space left on device"))" == "o.csv: I/O error: no space left on device")
        let diagnostic = Diagnostic(file: "in.csv", row: 3, problem: .unterminatedQuote)
        #expect("\(TabularError.data(diagnostic))" == diagnostic.description)
    }
}
