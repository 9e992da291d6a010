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
}
