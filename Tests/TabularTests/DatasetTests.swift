import Testing

@testable import Tabular

@Suite struct DatasetTests {
    @Test func findsColumnsByName() {
        let dataset = Dataset(file: "f.csv", columns: [
            .numeric(NumericColumn(name: "x", values: [1, 2])),
            .text(TextColumn(name: "id", values: ["a", "b"])),
        ], rowNumbers: [2, 5])
        #expect(dataset.names == ["x", "id"])
        #expect(dataset.rowCount == 2)
        #expect(dataset.columnIndex(named: "id") == 1)
        #expect(dataset.column(named: "x")?.numeric?.values == [1, 2])
        #expect(dataset.column(named: "X") == nil)
        #expect(dataset.rowNumbers == [2, 5])
        #expect(dataset.file == "f.csv")
    }

    @Test func rowsAreNumberedFromTwoByDefault() {
        let dataset = Dataset(columns: [.numeric(NumericColumn(name: "x", values: [7, 8, 9]))])
        #expect(dataset.rowNumbers == [2, 3, 4])
        #expect(Dataset(columns: []).rowCount == 0)
    }
}
