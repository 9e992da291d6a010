import Tabular
import Testing

@testable import Modeling

@Suite struct ScoringProblemTests {
    @Test func messagesNameFileRowColumnAndValue() {
        #expect(
            ScoringProblem.missingValue(file: "p.csv", row: 7, column: "income").description
                == "p.csv: row 7, column 'income': the value is missing (every feature of the model needs one)")
        #expect(
            ScoringProblem.unseenLevel(file: "p.csv", row: 9, column: "region", value: "central", knownLevels: ["east", "west"])
                .description
                == "p.csv: row 9, column 'region': 'central' is a level the model did not see in training (it knows 'east', 'west')")
        let many = (1...12).map { "L\($0)" }
        #expect(
            ScoringProblem.unseenLevel(file: "p.csv", row: 3, column: "c", value: String(repeating: "x", count: 70), knownLevels: many)
                .description
                == "p.csv: row 3, column 'c': '\(String(repeating: "x", count: 57))...' is a level the model did not see "
                + "in training (it knows 'L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7', 'L8', 'L9', 'L10' and 2 more)")
        #expect(
            ScoringProblem.linearPredictorNotFinite(file: "<stdin>", row: 2).description
                == "<stdin>: row 2: the linear predictor is not a finite number (feature values too large)")
        let diagnostic = Diagnostic(file: "p.csv", row: 4, column: "x", value: "abc", problem: .notANumber)
        #expect(ScoringProblem.unreadable(diagnostic).description == "p.csv: row 4, column 'x': 'abc' is not a number")
        #expect(ScoringProblem.unreadable(diagnostic).row == 4)
        #expect(ScoringProblem.missingValue(file: "p.csv", row: 7, column: "income").row == 7)
    }
}
