import Tabular
import Testing

@testable import Profiling

@Suite struct ColumnProfileTests {
    @Test func sharesOfRows() {
        let column = ColumnProfile(
            name: "x", kind: .numeric, role: .feature, rowCount: 8, missingCount: 2, distinctCount: 3, numeric: nil,
            categories: nil, badRates: nil)
        #expect(column.nonMissingCount == 6 && column.missingShare == 0.25)
        let empty = ColumnProfile(
            name: "x", kind: .text, role: .id, rowCount: 0, missingCount: 0, distinctCount: 0, numeric: nil,
            categories: nil, badRates: nil)
        #expect(empty.missingShare.isNaN, "no rows: no share")
        #expect(share(3, of: 4) == 0.75 && share(0, of: 0).isNaN)
    }
}
