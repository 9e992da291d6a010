import Foundation
import Synchronization
import Testing
import TestSupport

@testable import Tabular

/// The streaming reader with several threads: each chunk is parsed in parts (`ChunkInParts`),
/// and whatever the threads, buffer or chunk size, the rows, their numbers, codes, diagnostics
/// and errors are those of reading the file on one thread.
@Suite struct ChunkInPartsTests {
    /// A reader on `threads` threads whose parts may be as small as one byte, so that small test
    /// files are read in parts too.
    private func partedReader(
        _ path: String, request: ColumnRequest = .all, options: CSVOptions = CSVOptions(), threads: Int,
        bufferSize: Int = 1 << 20
    ) throws -> CSVReader {
        var options = options
        options.maxThreads = threads
        let reader = try CSVReader(path: path, request: request, options: options, bufferSize: bufferSize)
        reader.parts?.minimumPartBytes = 1
        return reader
    }

    private func readAll(_ reader: CSVReader, maxRows: Int) throws -> [Chunk] {
        var chunks: [Chunk] = []
        while let chunk = try reader.nextChunk(maxRows: maxRows) {
            #expect(chunk.rowCount + chunk.skippedRowCount <= maxRows)
            chunks.append(chunk)
        }
        #expect(try reader.nextChunk(maxRows: maxRows) == nil)
        return chunks
    }

    @Test(arguments: [2, 3, 4])
    func partsGiveExactlyTheWholeFile(threads: Int) throws {
        let path = try Files.write(awkwardCSV(rows: 3000, seed: 23))
        let request = ColumnRequest(kinds: awkwardKinds)
        var single = CSVOptions()
        single.maxThreads = 1
        let whole = try readDataset(path: path, request: request, options: single)
        #expect(whole.skippedRowCount > 40)
        var earlyEnds = 0
        for maxRows in [2, 7, 64, 1000] {
            for bufferSize in [16, 4096, 1 << 20] {
                let reader = try partedReader(path, request: request, threads: threads, bufferSize: bufferSize)
                let chunks = try readAll(reader, maxRows: maxRows)
                expectSameDataset(whole.dataset, concatenate(chunks, schema: reader.schema, file: reader.file))
                #expect(whole.diagnostics == chunks.flatMap(\.diagnostics), "maxRows \(maxRows), buffer \(bufferSize)")
                #expect(whole.skippedRowCount == chunks.reduce(0) { $0 + $1.skippedRowCount })
                let parts = try #require(reader.parts)
                #expect(parts.chunksRead > chunks.count / 2, "most chunks are read in parts")
                earlyEnds += parts.chunksEndedEarly
            }
        }
        // Quoted line breaks put some part boundaries inside records: those chunks end early.
        #expect(earlyEnds > 0)
    }

    /// Every record holds a field with many line breaks, so most boundaries fall inside quotes.
    @Test func boundariesInsideQuotedFieldsAreCaught() throws {
        var text = "id,x,note,g\n"
        for i in 0..<2000 {
            text += "\(i),\(Double(i) / 3),\"" + String(repeating: "a\n", count: 1 + i % 13) + "\",g\(i % 5)\n"
        }
        let path = try Files.write(text)
        var single = CSVOptions()
        single.maxThreads = 1
        let whole = try readDataset(path: path, options: single)
        #expect(whole.dataset.rowCount == 2000)
        let reader = try partedReader(path, threads: 2)
        let chunks = try readAll(reader, maxRows: 50)
        expectSameDataset(whole.dataset, concatenate(chunks, schema: reader.schema, file: reader.file))
        let parts = try #require(reader.parts)
        #expect(parts.chunksEndedEarly > 0)
        #expect(parts.chunksRead > 10)
    }

    @Test func anUnterminatedQuoteAtTheEnd() throws {
        var text = "a,b\n"
        for i in 0..<500 { text += "\(i),x\(i % 3)\n" }
        text += "501,\"never closed\n502,y\n503,z\n"
        let path = try Files.write(text)
        var single = CSVOptions()
        single.maxThreads = 1
        let sequential = try readByChunks(path, options: single, maxRows: 40)
        for threads in [2, 3] {
            let reader = try partedReader(path, threads: threads)
            let chunks = try readAll(reader, maxRows: 40)
            expectSameDataset(sequential.dataset, concatenate(chunks, schema: reader.schema, file: reader.file))
            #expect(chunks.flatMap(\.diagnostics) == sequential.diagnostics)
            #expect(sequential.diagnostics.map(\.problem) == [.unterminatedQuote])
            #expect(sequential.diagnostics.first?.row == 502)
        }
    }

    @Test func aRunawayQuoteStopsThePartsWithBoundedMemory() throws {
        var options = CSVOptions()
        options.maxRecordBytes = 64
        var text = "a,b\n"
        for i in 0..<300 { text += "\(i),x\n" }
        text += "300,\"" + String(repeating: "y", count: 5000) + "\n301,z\n"
        let path = try Files.write(text)
        options.maxThreads = 1
        let sequential = try readByChunks(path, options: options, maxRows: 20, bufferSize: 8)
        #expect(sequential.diagnostics.map(\.problem) == [.unterminatedQuote])
        let reader = try partedReader(path, options: options, threads: 2, bufferSize: 8)
        let chunks = try readAll(reader, maxRows: 20)
        expectSameDataset(sequential.dataset, concatenate(chunks, schema: reader.schema, file: reader.file))
        #expect(chunks.flatMap(\.diagnostics) == sequential.diagnostics)
    }

    @Test func aStrictFailureNamesItsRowWhicheverPartMetIt() throws {
        var text = "a,b\n"
        for i in 0..<1000 { text += i == 737 ? "\(i)\n" : "\(i),\(i * 2)\n" }
        let path = try Files.write(text)
        var options = CSVOptions()
        options.badRows = .strict
        for threads in [1, 2, 4] {
            let reader = try partedReader(path, options: options, threads: threads)
            var rows: [Int] = []
            let failure = dataDiagnostic {
                while let chunk = try reader.nextChunk(maxRows: 64) { rows += chunk.rows.rowNumbers }
            }
            #expect(failure?.row == 739, "threads \(threads)")
            #expect(failure?.problem == .raggedRow(expected: 2, found: 1))
            #expect(rows == Array(2..<rows.count + 2))
            #expect(rows.count < 737)
            #expect(try reader.nextChunk(maxRows: 64) == nil)
        }
    }

    /// About 3 MB of rows: the buffer grows to hold a chunk's parts, never with the number of rows.
    @Test func memoryStaysBounded() throws {
        let path = try Files.write(quotedLineBreakCSV(rows: 60_000))
        var options = CSVOptions()
        options.inferenceSampleRows = 100
        let reader = try partedReader(path, options: options, threads: 2, bufferSize: 4096)
        var rows = 0
        var largest = 0
        while let chunk = try reader.nextChunk(maxRows: 1000) {
            rows += chunk.rowCount
            largest = max(largest, reader.bufferCapacity)
        }
        #expect(rows == 60_000)
        #expect(largest <= 256 << 10)
        #expect(try #require(reader.parts).chunksRead > 50)
    }

    /// Parts are sized from the last chunk's record size, so when records get shorter along the
    /// file the parts follow at once instead of filling up before their ends chunk after chunk.
    @Test func partsFollowAChangeOfRecordSize() throws {
        var text = "id,note\n"
        for i in 0..<2000 { text += "\(i)," + String(repeating: "w", count: 200) + "\n" }
        for i in 0..<20_000 { text += "\(i),s\n" }
        let path = try Files.write(text)
        let reader = try partedReader(path, threads: 2)
        let chunks = try readAll(reader, maxRows: 100)
        #expect(chunks.reduce(0) { $0 + $1.rowCount } == 22_000)
        let parts = try #require(reader.parts)
        #expect(parts.chunksRead > 200)
        #expect(parts.chunksEndedEarly <= 2)
    }

    @Test func levelsKeepTheOrderOfFirstAppearance() throws {
        var text = "g\n"
        for i in 0..<400 { text += "L\((i * 7919) % 97)\n" }
        let path = try Files.write(text)
        var single = CSVOptions()
        single.maxThreads = 1
        let whole = try readDataset(path: path, request: ColumnRequest(kinds: ["g": .categorical]), options: single)
        let reader = try partedReader(path, request: ColumnRequest(kinds: ["g": .categorical]), threads: 3)
        let chunks = try readAll(reader, maxRows: 30)
        let levels = try #require(chunks.last?.rows.columns[0].categorical?.levels)
        #expect(levels == whole.dataset.columns[0].categorical?.levels)
        #expect(levels.count == 97)
    }

    /// The work alongside runs exactly once per call: with parts, on the sequential path (the
    /// first chunk, a file too small for parts), at the end of the data, and on one thread.
    @Test(arguments: [1, 2, 3])
    func workAlongsideRunsOncePerCall(threads: Int) throws {
        let path = try Files.write(awkwardCSV(rows: 800, seed: 4))
        let reader = try partedReader(path, request: ColumnRequest(kinds: awkwardKinds), threads: threads)
        let counter = Counter()
        var calls = 0
        var rows = 0
        while true {
            let work = ConcurrentWork(count: 5) { item in counter.add(1 << (item * 8)) }
            calls += 1
            guard let chunk = try reader.nextChunk(maxRows: 50, alongside: work) else { break }
            rows += chunk.rowCount
        }
        _ = try reader.nextChunk(maxRows: 50, alongside: ConcurrentWork(count: 1) { _ in counter.add(1) })
        calls += 1
        // Each of the 5 items ran once per call (one byte per item), and the last work once.
        let expected = (0..<5).reduce(0) { $0 + (calls - 1) << ($1 * 8) } + 1
        #expect(counter.value.load(ordering: .relaxed) == expected)
        #expect(rows > 700)
    }

    private final class Counter: Sendable {
        let value = Atomic<Int>(0)
        func add(_ amount: Int) { value.add(amount, ordering: .relaxed) }
    }
}
