import Testing

@testable import Tabular

@Suite struct DiagnosticTests {
    @Test func describesWhereAndWhat() {
        let diagnostic = Diagnostic(file: "portfolio.csv", row: 1042, column: "income", value: "abc", problem: .notANumber)
        #expect(diagnostic.description == "portfolio.csv: row 1042, column 'income': 'abc' is not a number")
        #expect(Diagnostic(file: "p.csv", row: 7, problem: .raggedRow(expected: 5, found: 4)).description
            == "p.csv: row 7: expected 5 fields, found 4")
        #expect(Diagnostic(file: "p.csv", row: 7, problem: .raggedRow(expected: 1, found: 2)).message == "expected 1 field, found 2")
        #expect(Diagnostic(file: "p.csv", problem: .emptyFile).description == "p.csv: the file is empty (no header row)")
        #expect(Diagnostic(file: "p.csv", column: "x", problem: .duplicateRequestedColumn).description
            == "p.csv: column 'x': the column is requested more than once")
    }

    @Test func everyProblemHasAMessage() {
        let problems: [Diagnostic.Problem] = [
            .emptyFile, .emptyColumnName(position: 2), .duplicateColumnName(positions: [1, 3]),
            .unknownColumn(suggestion: nil, available: ["a"]), .duplicateRequestedColumn, .unterminatedQuote,
            .textAfterClosingQuote, .raggedRow(expected: 2, found: 3), .notANumber, .numberOutOfRange, .invalidUTF8,
        ]
        let messages = problems.map { Diagnostic(file: "f", value: "v", problem: $0).message }
        #expect(Set(messages).count == problems.count)
        #expect(messages.allSatisfy { $0.first?.isLowercase == true || $0.first == "'" || $0.first == "c" })
    }

    @Test func longValuesAndLongColumnListsAreCut() {
        let long = String(repeating: "x", count: 500)
        let message = Diagnostic(file: "f", value: long, problem: .notANumber).message
        #expect(message == "'" + String(repeating: "x", count: 57) + "...' is not a number")
        let names = (0..<40).map { "c\($0)" }
        let unknown = Diagnostic(file: "f", column: "q", problem: .unknownColumn(suggestion: "c1", available: names)).message
        #expect(unknown.hasPrefix("no such column; did you mean 'c1'? (the file has 'c0', 'c1'"))
        #expect(unknown.hasSuffix("'c29' and 10 more)"))
    }
}
