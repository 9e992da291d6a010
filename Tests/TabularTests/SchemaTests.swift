import Testing

@testable import Tabular

@Suite struct SchemaTests {
    @Test func namesAndLookup() {
        let schema = Schema(fields: [
            .init(name: "id", kind: .text, position: 0, isDeclared: true),
            .init(name: "x", kind: .numeric, position: 2, isDeclared: false),
        ])
        #expect(schema.names == ["id", "x"])
        #expect(schema.field(named: "x")?.position == 2)
        #expect(schema.field(named: "y") == nil)
    }

    @Test func columnRequestDefaultsReadEverything() throws {
        #expect(ColumnRequest.all.columns == nil && ColumnRequest.all.kinds.isEmpty)
        let path = try Files.write("b,a\n1,2\n")
        #expect(try readDataset(path: path, request: .all).schema.names == ["b", "a"])
    }

    @Test func kindsDescribeThemselves() {
        #expect(ColumnKind.allCases.map(\.description) == ["numeric", "categorical", "text"])
        #expect(ColumnKind(rawValue: "text") == .text)
    }
}
