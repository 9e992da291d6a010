import Testing

@testable import Modeling

@Suite struct RowExclusionsTests {
    @Test func countsDescribeThemselves() {
        #expect(
            RowExclusions.Count(column: "income", reason: .missing, rows: 7, firstRow: 12).description
                == "'income': 7 missing (first at row 12)")
        #expect(
            RowExclusions.Count(column: "w", reason: .negativeWeight, rows: 1, firstRow: 3).description
                == "'w': 1 negative (first at row 3)")
        #expect(
            RowExclusions.Count(column: "y", reason: .invalidTarget, rows: 2, firstRow: 5).description
                == "'y': 2 not a valid target value (first at row 5)")
        #expect(RowExclusions.none.rowsExcluded == 0 && RowExclusions.none.counts.isEmpty)
    }

    @Test func rowProblemKinds() {
        #expect(RowProblem.Kind.missingValue.description == "the value is missing")
        #expect(RowProblem.Kind.unseenLevel("A19").description == "'A19' is a level the model was not trained on")
        #expect(
            RowProblem(row: 3, feature: "x", kind: .missingValue)
                != RowProblem(row: 4, feature: "x", kind: .missingValue))
    }
}
