import Tabular
import Testing

@testable import Profiling

@Suite struct DuplicateFinderTests {
    @Test func missingValuesAreEqualAndSignedZerosToo() {
        let columns: [Column] = [
            .numeric(NumericColumn(name: "x", values: [.nan, .nan, 0, -0.0, 1])),
            .text(TextColumn(name: "t", values: ["NA", "", "a", "a", "a"])),
            .categorical(CategoricalColumn(name: "c", codes: [-1, -1, 0, 0, 0], levels: ["k"])),
        ]
        let finder = DuplicateFinder(columns: columns, missingTokens: ["", "NA"], excluded: nil)
        let found = finder.find(rowCount: 5, limit: 10)
        #expect(found.count == 2)
        #expect(found.pairs.map { [$0.row, $0.first] } == [[1, 0], [3, 2]])
    }

    @Test func rowsDifferingInOneColumnAreNotDuplicates() {
        let columns: [Column] = [
            .numeric(NumericColumn(name: "x", values: [1, 1, 1])),
            .text(TextColumn(name: "t", values: ["a", "b", "a"])),
        ]
        let found = DuplicateFinder(columns: columns, missingTokens: [], excluded: nil).find(rowCount: 3, limit: 10)
        #expect(found.count == 1 && found.pairs.first?.row == 2 && found.pairs.first?.first == 0)
    }

    @Test func excludedRowsAreNeverCounted() {
        let columns: [Column] = [.numeric(NumericColumn(name: "id", values: [.nan, .nan, 3, 3, 3]))]
        let finder = DuplicateFinder(columns: columns, missingTokens: [], excluded: [true, true, false, false, false])
        let found = finder.find(rowCount: 5, limit: 1)
        #expect(found.count == 2 && found.pairs.count == 1, "all counted, the first listed")
    }

    @Test func manyRowsWithCollidingLowBits() {
        // Values that differ only in high bits stress the table's probing; every value appears twice.
        let values = (0..<20_000).map { Double(bitPattern: UInt64($0 % 10_000) << 40 | 0x4000_0000_0000_0000) }
        let found = DuplicateFinder(columns: [.numeric(NumericColumn(name: "x", values: values))], missingTokens: [], excluded: nil)
            .find(rowCount: values.count, limit: 3)
        #expect(found.count == 10_000)
        #expect(found.pairs.map { [$0.row, $0.first] } == [[10_000, 0], [10_001, 1], [10_002, 2]])
    }
}
