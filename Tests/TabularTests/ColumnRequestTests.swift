import Testing

@testable import Tabular

@Suite struct ColumnRequestTests {
    @Test func theDefaultReadsEveryColumnInFileOrder() throws {
        #expect(ColumnRequest.all.columns == nil && ColumnRequest.all.kinds.isEmpty)
        #expect(ColumnRequest() == .all)
        let path = try Files.write("b,a\n1,2\n")
        #expect(try readDataset(path: path, request: .all).schema.names == ["b", "a"])
    }

    @Test func kindsApplyWithoutSelecting() throws {
        let path = try Files.write("id,x\n1,2\n")
        let result = try readDataset(path: path, request: ColumnRequest(kinds: ["id": .text]))
        #expect(result.schema.names == ["id", "x"])
        #expect(result.schema.fields.map(\.kind) == [.text, .numeric])
        #expect(texts(result.dataset, "id") == ["1"])
    }
}
