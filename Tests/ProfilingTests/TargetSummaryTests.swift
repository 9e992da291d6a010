import Tabular
import Testing

@testable import Profiling

@Suite struct TargetSummaryTests {
    @Test func summaryOfLabels() throws {
        let column = Column.categorical(CategoricalColumn(name: "y", codes: [0, 1, 1, -1, 2], levels: ["bad", "good", "?"]))
        let definition = BinaryTargetDefinition(column: "y", badValue: "bad", goodValue: "good")
        let labels = try definition.labels(for: column, rowNumbers: [2, 3, 4, 5, 6], file: "f.csv")
        let summary = TargetSummary(definition: definition, labels: labels, exampleLimit: 0)
        #expect(summary.badCount == 1 && summary.goodCount == 2 && summary.missingCount == 1 && summary.invalidCount == 1)
        #expect(summary.labelledCount == 3 && summary.badRate == 1.0 / 3)
        #expect(summary.invalidRows.isEmpty, "the example limit applies")
        #expect(summary.badLabel == "bad" && summary.goodLabel == "good")
    }

    @Test func emptyTargetTakesItsLabelsFromTheDefinition() {
        let zeroOne = TargetSummary(emptyUnder: BinaryTargetDefinition(column: "y"))
        #expect(zeroOne.badLabel == "1" && zeroOne.goodLabel == "0" && zeroOne.badRate.isNaN)
        let mapped = TargetSummary(emptyUnder: BinaryTargetDefinition(column: "y", badValue: "2"))
        #expect(mapped.badLabel == "2" && mapped.goodLabel == nil)
    }
}
