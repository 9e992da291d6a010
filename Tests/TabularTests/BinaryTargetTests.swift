import Testing
import TestSupport
@testable import Tabular

@Suite struct BinaryTargetTests {
    let rows = [2, 3, 4, 5, 6, 7]

    func numeric(_ values: [Double]) -> Column { .numeric(NumericColumn(name: "y", values: values)) }

    func categorical(_ values: [String?]) -> Column {
        var levels: [String] = []
        let codes: [Int32] = values.map { value in
            guard let value else { return -1 }
            if let index = levels.firstIndex(of: value) { return Int32(index) }
            levels.append(value)
            return Int32(levels.count - 1)
        }
        return .categorical(CategoricalColumn(name: "y", codes: codes, levels: levels))
    }

    @Test func zeroOneColumnNeedsNoMapping() throws {
        let result = try BinaryTargetDefinition(column: "y")
            .labels(for: numeric([0, 1, 1, .nan, 0, 0]), rowNumbers: rows, file: "f.csv")
        #expect(result.labels.map { $0.isNaN ? -1 : $0 } == [0, 1, 1, -1, 0, 0])
        #expect(result.badCount == 2 && result.goodCount == 3 && result.missingCount == 1 && result.invalidCount == 0)
        #expect(result.badRate == 0.4)
    }

    @Test func otherCodesInAZeroOneColumnAreInvalidRows() throws {
        let result = try BinaryTargetDefinition(column: "y")
            .labels(for: numeric([0, 2, 1, 0.5, 0, 1]), rowNumbers: rows, file: "f.csv")
        #expect(result.invalidCount == 2)
        #expect(result.badCount == 2 && result.goodCount == 2)
        #expect(result.invalidRows.map(\.row) == [3, 5])
        #expect(
            result.invalidRows[0].description
                == "f.csv: row 3, column 'y': '2' is not a valid target value (expected 0 = good or 1 = bad; map other codes with --bad-value)")
    }

    @Test func badValueMapsANumericColumn() throws {
        // German credit: class 1 good, 2 bad.
        let result = try BinaryTargetDefinition(column: "class", badValue: "2")
            .labels(for: numeric([1, 2, 1, 1, 2, .nan]), rowNumbers: rows, file: "g.csv")
        #expect(result.badCount == 2 && result.goodCount == 3 && result.missingCount == 1)
        #expect(result.badLabel == "2" && result.goodLabel == "1")
        #expect(result.labels[1] == 1 && result.labels[0] == 0)
    }

    @Test func badValueMapsACategoricalColumn() throws {
        let result = try BinaryTargetDefinition(column: "y", badValue: "Poor")
            .labels(for: categorical(["Good", "Poor", nil, "Good", "Poor", "Good"]), rowNumbers: rows, file: "a.csv")
        #expect(result.badCount == 2 && result.goodCount == 3 && result.missingCount == 1)
        #expect(result.goodLabel == "Good")
    }

    @Test func categoricalZeroOneColumn() throws {
        let result = try BinaryTargetDefinition(column: "y")
            .labels(for: categorical(["0", "1", "x", nil, "1", "0"]), rowNumbers: rows, file: "a.csv")
        #expect(result.badCount == 2 && result.goodCount == 2 && result.invalidCount == 1 && result.missingCount == 1)
        #expect(result.invalidRows.first?.value == "x")
    }

    @Test func threeValuesWithoutAGoodValueIsAnError() {
        #expect(throws: TabularError.self) {
            try BinaryTargetDefinition(column: "y", badValue: "2")
                .labels(for: numeric([1, 2, 3, 1, 2, 1]), rowNumbers: rows, file: "f.csv")
        }
        #expect(throws: TabularError.self) {
            try BinaryTargetDefinition(column: "y", badValue: "b")
                .labels(for: categorical(["a", "b", "c", "a", "b", "a"]), rowNumbers: rows, file: "f.csv")
        }
    }

    @Test func goodValueAllowsMoreCodes() throws {
        let result = try BinaryTargetDefinition(column: "y", badValue: "2", goodValue: "1")
            .labels(for: numeric([1, 2, 3, 1, 2, 1]), rowNumbers: rows, file: "f.csv")
        #expect(result.badCount == 2 && result.goodCount == 3 && result.invalidCount == 1)
        #expect(result.invalidRows.first?.row == 4)
    }

    @Test func aBadValueThatNeverOccursIsNamed() {
        do {
            _ = try BinaryTargetDefinition(column: "class", badValue: "3")
                .labels(for: numeric([1, 2, 1, 1, 2, 1]), rowNumbers: rows, file: "g.csv")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "g.csv: column 'class': the bad value '3' never occurs (the column holds '1', '2')")
        }
    }

    @Test func textBadValueForANumericColumnIsAnError() {
        #expect(throws: TabularError.self) {
            try BinaryTargetDefinition(column: "y", badValue: "bad")
                .labels(for: numeric([1, 0, 1, 0, 1, 0]), rowNumbers: rows, file: "f.csv")
        }
    }

    @Test func emptyColumn() throws {
        let result = try BinaryTargetDefinition(column: "y").labels(for: numeric([]), rowNumbers: [], file: "f.csv")
        #expect(result.labels.isEmpty && result.badRate.isNaN)
    }

    @Test func textColumnIsResolvedLikeCategories() throws {
        let column = Column.text(TextColumn(name: "y", values: ["bad", "good", "", "good", "bad", "good"]))
        let result = try BinaryTargetDefinition(column: "y", badValue: "bad").labels(for: column, rowNumbers: rows, file: "f.csv")
        #expect(result.badCount == 2 && result.goodCount == 3 && result.missingCount == 1)
    }
}
