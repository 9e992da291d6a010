import Testing

@testable import Tabular

@Suite struct ColumnKindTests {
    @Test func kindsDescribeThemselves() {
        #expect(ColumnKind.allCases.map(\.description) == ["numeric", "categorical", "text"])
        #expect(ColumnKind(rawValue: "text") == .text)
        #expect(ColumnKind(rawValue: "Numeric") == nil)
    }
}
