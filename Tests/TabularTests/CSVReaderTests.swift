import Dispatch
import Foundation
import Testing
import TestSupport

@testable import Tabular

#if canImport(Glibc)
import Glibc
#endif

@Suite struct CSVReaderTests {
    /// Chunks of 1, 7 and 1000 rows, read through buffers of 1 to 4096 bytes (records and quoted
    /// fields with line breaks straddle reads), give exactly the whole-file dataset, diagnostics
    /// and skipped count.
    @Test(arguments: [true, false])
    func chunksEqualTheWholeFile(finalNewline: Bool) throws {
        let path = try Files.write(awkwardCSV(rows: 1500, seed: 11, finalNewline: finalNewline))
        let request = ColumnRequest(kinds: awkwardKinds)
        var single = CSVOptions()
        single.maxThreads = 1
        let whole = try readDataset(path: path, request: request, options: single)
        #expect(whole.dataset.rowCount > 1300)
        #expect(whole.skippedRowCount > 20)
        #expect(whole.dataset.column(named: "grade")!.categorical!.levels.count == 7)
        for maxRows in [1, 7, 1000] {
            for bufferSize in [1, 2, 3, 7, 64, 4096] {
                let chunked = try readByChunks(path, request: request, maxRows: maxRows, bufferSize: bufferSize)
                expectSameDataset(whole.dataset, chunked.dataset)
                #expect(whole.diagnostics == chunked.diagnostics, "maxRows \(maxRows), buffer \(bufferSize)")
                #expect(whole.skippedRowCount == chunked.skipped)
            }
        }
    }

    @Test func inferredKindsDoNotDependOnTheBuffer() throws {
        let path = try Files.write(awkwardCSV(rows: 400, seed: 5))
        var options = CSVOptions()
        options.inferenceSampleRows = 50
        let whole = try readDataset(path: path, options: options)
        for bufferSize in [1, 13, 1 << 16] {
            let chunked = try readByChunks(path, options: options, maxRows: 33, bufferSize: bufferSize)
            #expect(try CSVReader(path: path, request: .all, options: options, bufferSize: bufferSize).schema == whole.schema)
            expectSameDataset(whole.dataset, chunked.dataset)
            #expect(whole.diagnostics == chunked.diagnostics)
        }
    }

    /// About 3 MB of rows through a 4 KiB buffer on one thread: it grows only to hold the 100-row
    /// inference sample, never with the number of rows (`ChunkInPartsTests` for several threads).
    @Test func memoryStaysBounded() throws {
        let text = quotedLineBreakCSV(rows: 60_000)
        let path = try Files.write(text)
        var options = CSVOptions()
        options.inferenceSampleRows = 100
        options.maxThreads = 1
        let reader = try CSVReader(path: path, request: .all, options: options, bufferSize: 4096)
        var rows = 0
        while let chunk = try reader.nextChunk(maxRows: 1000) {
            rows += chunk.rowCount
            #expect(reader.bufferCapacity <= 16384)
        }
        #expect(rows == 60_000)
        #expect(text.utf8.count > 2_900_000)
    }

    /// The same through a pipe, whose reads are short (a FIFO fed 1,000 bytes at a time): a buffer
    /// with room left must not grow (it once did, to the size of the whole input).
    @Test(arguments: [1, 2])
    func aPipeDoesNotGrowTheBuffer(threads: Int) throws {
        let (fifo, done) = try feedingPipe(Array(quotedLineBreakCSV(rows: 60_000).utf8), pieceBytes: 1_000)
        var options = CSVOptions()
        options.inferenceSampleRows = 100
        options.maxThreads = threads
        let reader = try CSVReader(path: fifo, request: .all, options: options, bufferSize: 4096)
        reader.parts?.minimumPartBytes = 1
        var rows = 0
        var largest = 0
        while let chunk = try reader.nextChunk(maxRows: 1000) {
            rows += chunk.rowCount
            largest = max(largest, reader.bufferCapacity)
        }
        done.wait()
        #expect(rows == 60_000)
        #expect(largest <= (threads == 1 ? 16384 : 256 << 10), "threads \(threads)")
    }

    @Test func chunksHoldAtMostMaxRowsRecords() throws {
        let path = try Files.write("a,b\n" + String(repeating: "1\n", count: 10) + "1,2\n")
        let reader = try CSVReader(path: path)
        var sizes: [(rows: Int, skipped: Int)] = []
        while let chunk = try reader.nextChunk(maxRows: 4) { sizes.append((chunk.rowCount, chunk.skippedRowCount)) }
        #expect(sizes.map(\.rows) == [0, 0, 1])
        #expect(sizes.map(\.skipped) == [4, 4, 2])
        #expect(try reader.nextChunk(maxRows: 4) == nil)
    }

    @Test func categoricalCodesAreStableAcrossChunks() throws {
        let path = try Files.write("g\nx\ny\nx\nz\ny\n")
        let reader = try CSVReader(path: path)
        let first = try #require(try reader.nextChunk(maxRows: 2)?.rows.columns[0].categorical)
        let second = try #require(try reader.nextChunk(maxRows: 2)?.rows.columns[0].categorical)
        let third = try #require(try reader.nextChunk(maxRows: 2)?.rows.columns[0].categorical)
        #expect(first.levels == ["x", "y"] && first.codes == [0, 1])
        #expect(second.levels == ["x", "y", "z"] && second.codes == [0, 2])
        #expect(third.codes == [1])
    }

    @Test func aRunawayQuoteStopsTheStreamWithBoundedMemory() throws {
        var options = CSVOptions()
        options.maxRecordBytes = 64
        let path = try Files.write("a,b\n1,x\n2,\"" + String(repeating: "y", count: 1000) + "\n3,z\n")
        let result = try readByChunks(path, options: options, maxRows: 10, bufferSize: 8)
        #expect(result.dataset.rowNumbers == [2])
        #expect(result.diagnostics.map(\.problem) == [.unterminatedQuote])
        #expect(result.diagnostics.first?.row == 3)
    }

    @Test func theHeaderAndSchemaAreKnownBeforeTheFirstChunk() throws {
        let path = try Files.write("id,x\nA,1\n")
        let reader = try CSVReader(path: path, request: ColumnRequest(columns: ["x"]))
        #expect(reader.header == ["id", "x"])
        #expect(reader.schema.names == ["x"])
        #expect(reader.file == path)
        #expect(try reader.nextChunk(maxRows: 100)?.rows.rowNumbers == [2])
        #expect(try reader.nextChunk(maxRows: 100) == nil)
    }

    @Test func missingAndUnreadableFiles() throws {
        #expect(throws: TabularError.noSuchFile(path: "/nonexistent/x.csv")) { try CSVReader(path: "/nonexistent/x.csv") }
        let folder = try TestPaths.temporaryDirectory()
        #expect(throws: TabularError.unreadable(path: folder.path, reason: "it is a directory")) {
            try CSVReader(path: folder.path)
        }
    }
}

/// Reading standard input replaces file descriptor 0 for a moment, so these tests run one at a
/// time (nothing else in the test process reads standard input).
@Suite(.serialized) struct StandardInputTests {
    private func withStandardInput<T>(from path: String, _ body: () throws -> T) throws -> T {
        let saved = dup(0)
        let file = open(path, O_RDONLY)
        #expect(saved >= 0 && file >= 0)
        dup2(file, 0)
        close(file)
        defer {
            dup2(saved, 0)
            close(saved)
        }
        return try body()
    }

    @Test func theDashReadsStandardInput() throws {
        let path = try Files.write(awkwardCSV(rows: 300, seed: 3))
        let request = ColumnRequest(kinds: awkwardKinds)
        let expected = try readDataset(path: path, request: request)
        let streamed = try withStandardInput(from: path) { try readByChunks("-", request: request, maxRows: 7, bufferSize: 16) }
        expectSameDataset(expected.dataset, streamed.dataset)
        #expect(streamed.diagnostics.first?.file == "<stdin>")
        let whole = try withStandardInput(from: path) { try readDataset(path: "-", request: request) }
        expectSameDataset(expected.dataset, whole.dataset)
        #expect(whole.dataset.file == "<stdin>")
        #expect(whole.diagnostics.map(\.row) == expected.diagnostics.map(\.row))
    }
}

@Suite struct ReadAheadTests {
    @Test func readingAheadChangesNothing() throws {
        let path = try Files.write(awkwardCSV(rows: 3000, seed: 17))
        let request = ColumnRequest(kinds: awkwardKinds)
        for maxRows in [1, 7, 1000] {
            let plain = try readByChunks(path, request: request, maxRows: maxRows, bufferSize: 64)
            let reader = try CSVReader(path: path, request: request, options: CSVOptions(), bufferSize: 64, readAhead: true)
            var chunks: [Chunk] = []
            while let chunk = try reader.nextChunk(maxRows: maxRows) { chunks.append(chunk) }
            #expect(try reader.nextChunk(maxRows: maxRows) == nil)
            expectSameDataset(plain.dataset, concatenate(chunks, schema: reader.schema, file: reader.file))
            #expect(plain.diagnostics == chunks.flatMap(\.diagnostics))
            #expect(plain.chunks == chunks.count)
        }
    }

    @Test func aStrictFailureArrivesWithItsChunk() throws {
        let path = try Files.write("a,b\n1,2\n3,4\n5\n6,7\n")
        var options = CSVOptions()
        options.badRows = .strict
        let reader = try CSVReader(path: path, options: options, readAhead: true)
        #expect(try reader.nextChunk(maxRows: 2)?.rows.rowNumbers == [2, 3])
        #expect(dataDiagnostic { _ = try reader.nextChunk(maxRows: 2) }?.row == 4)
        #expect(try reader.nextChunk(maxRows: 2) == nil)
    }

    @Test func droppingAReaderWaitsForItsReadAhead() throws {
        let path = try Files.write(awkwardCSV(rows: 2000, seed: 2))
        for _ in 0..<20 {
            let reader = try CSVReader(path: path, readAhead: true)
            _ = try reader.nextChunk(maxRows: 500)
        }
    }
}
