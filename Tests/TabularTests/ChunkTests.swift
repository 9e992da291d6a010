import Testing

@testable import Tabular

@Suite struct ChunkTests {
    @Test func aChunkCountsItsRowsAndSkippedRows() throws {
        let path = try Files.write("a,b\n1,2\n3\n4,5\n")
        let reader = try CSVReader(path: path)
        let chunk = try #require(try reader.nextChunk(maxRows: 10))
        #expect(chunk.rowCount == 2)
        #expect(chunk.rows.rowNumbers == [2, 4])
        #expect(chunk.skippedRowCount == 1)
        #expect(chunk.diagnostics.map(\.row) == [3])
    }

    @Test func aReadResultCarriesItsSchema() throws {
        let path = try Files.write("a,b\nx,2\n")
        let result = try readDataset(path: path)
        #expect(result.schema.fields.map(\.kind) == [.categorical, .numeric])
        #expect(result.dataset.names == result.schema.names)
        #expect(result.skippedRowCount == 0 && result.diagnostics.isEmpty)
    }
}
