import Testing

@testable import Tabular

@Suite struct ColumnTests {
    @Test func numericCountsNaNAsMissing() {
        let column = NumericColumn(name: "x", values: [1, .nan, 3, .nan])
        #expect(column.count == 4)
        #expect(column.missingCount == 2)
        #expect(NumericColumn(name: "e", values: []).missingCount == 0)
        #expect(NumericColumn(name: "i", values: [.infinity, -.infinity, 0]).missingCount == 0)
    }

    @Test func categoricalValuesAndMissing() {
        let column = CategoricalColumn(name: "g", codes: [1, -1, 0, 1], levels: ["a", "b"])
        #expect(column.missingCount == 1)
        #expect((0..<4).map(column.value(at:)) == ["b", nil, "a", "b"])
    }

    @Test func textCountsMissingTokens() {
        let column = TextColumn(name: "t", values: ["", "NA", "x", "null", "na"])
        #expect(column.missingCount == 3)
        #expect(TextColumn(name: "t", values: ["-", "x"], missingTokens: ["-"]).missingCount == 1)
    }

    @Test func theEnumForwardsToItsColumn() {
        let numeric = Column.numeric(NumericColumn(name: "n", values: [1, .nan]))
        let categorical = Column.categorical(CategoricalColumn(name: "c", codes: [0], levels: ["a"]))
        let text = Column.text(TextColumn(name: "t", values: ["", "b", "c"]))
        #expect([numeric, categorical, text].map(\.name) == ["n", "c", "t"])
        #expect([numeric, categorical, text].map(\.kind) == [.numeric, .categorical, .text])
        #expect([numeric, categorical, text].map(\.count) == [2, 1, 3])
        #expect([numeric, categorical, text].map(\.missingCount) == [1, 0, 1])
        #expect(numeric.numeric != nil && numeric.categorical == nil && numeric.text == nil)
        #expect(categorical.categorical?.levels == ["a"] && categorical.numeric == nil)
        #expect(text.text?.values == ["", "b", "c"] && text.categorical == nil)
    }
}
