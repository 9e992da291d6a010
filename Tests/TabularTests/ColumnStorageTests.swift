import Testing

@testable import Tabular

@Suite struct ColumnStorageTests {
    @Test func arraysHoldWhatTheBodyWrote() {
        let arrays = ColumnStorage.withOutputs(numericCount: 3, categoricalCount: 2, capacity: 10) { outputs in
            #expect(outputs.capacity == 10)
            for row in 0..<6 {
                for slot in 0..<3 { outputs.numeric[slot][row] = Double(slot * 100 + row) }
                for slot in 0..<2 { outputs.codes[slot][row] = Int32(slot * 10 + row) }
                outputs.rowNumbers[row] = row + 2
            }
            return 6
        }
        #expect(arrays.numeric.count == 3)
        #expect(arrays.numeric[2] == [200, 201, 202, 203, 204, 205])
        #expect(arrays.codes[1] == [10, 11, 12, 13, 14, 15])
        #expect(arrays.rowNumbers == [2, 3, 4, 5, 6, 7])
    }

    @Test func zeroColumnsAndZeroRows() {
        let arrays = ColumnStorage.withOutputs(numericCount: 0, categoricalCount: 0, capacity: 0) { _ in 0 }
        #expect(arrays.numeric.isEmpty && arrays.codes.isEmpty && arrays.rowNumbers.isEmpty)
    }

    /// One nested closure per array: tens of thousands of columns must not exhaust the stack
    /// (more than 10,000 levels overflow an 8 MB stack in a debug build).
    @Test(arguments: [ColumnStorage.maximumDepthInPlace, 30_000])
    func manyColumns(count: Int) {
        let arrays = ColumnStorage.withOutputs(numericCount: count, categoricalCount: 1_000, capacity: 2) { outputs in
            for slot in 0..<count { outputs.numeric[slot][0] = Double(slot) }
            for slot in 0..<1_000 { outputs.codes[slot][0] = Int32(slot) }
            outputs.rowNumbers[0] = 2
            return 1
        }
        #expect(arrays.numeric.map { $0[0] } == (0..<count).map(Double.init))
        #expect(arrays.codes[999] == [999])
        #expect(arrays.rowNumbers == [2])
    }

    @Test func assemblesColumnsInSchemaOrder() {
        let schema = Schema(fields: [
            .init(name: "t", kind: .text, position: 0, isDeclared: true),
            .init(name: "n", kind: .numeric, position: 1, isDeclared: false),
            .init(name: "c", kind: .categorical, position: 2, isDeclared: false),
        ])
        let plan = ParsePlan(file: "f.csv", header: ["t", "n", "c"], schema: schema, options: CSVOptions())
        let arrays = ColumnStorage.Arrays(numeric: [[1, .nan]], codes: [[0, -1]], rowNumbers: [2, 4])
        let dataset = ColumnStorage.dataset(
            plan: plan, arrays: arrays, levels: [["x"]], texts: [["a", "b"]], missingCounts: [0, 1, 1])
        #expect(dataset.names == ["t", "n", "c"])
        #expect(dataset.columns.map(\.missingCount) == [0, 1, 1])
        #expect(dataset.file == "f.csv")
        #expect(dataset.rowNumbers == [2, 4])
    }
}
