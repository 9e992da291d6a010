import Dispatch
import Foundation
import Testing
import TestSupport

@testable import Tabular

/// Helpers shared by the Tabular tests.
enum Files {
    /// Writes `bytes` to a new file in a fresh temporary folder; returns its path.
    static func write(_ bytes: [UInt8], name: String = "data.csv") throws -> String {
        let folder = try TestPaths.temporaryDirectory("credo-tabular")
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Writes `text` as UTF-8 to a new file; returns its path.
    static func write(_ text: String, name: String = "data.csv") throws -> String {
        try write(Array(text.utf8), name: name)
    }

    /// The bytes of the file at `path`, or nil when it does not exist.
    static func contents(_ path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path).map { Array($0) }
    }

    /// The names in a folder.
    static func listing(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }
}

/// Reads a whole file through `CSVReader` chunks and concatenates them.
func readByChunks(
    _ path: String, request: ColumnRequest = .all, options: CSVOptions = CSVOptions(), maxRows: Int,
    bufferSize: Int = 1 << 20
) throws -> (dataset: Dataset, diagnostics: [Diagnostic], skipped: Int, chunks: Int) {
    let reader = try CSVReader(path: path, request: request, options: options, bufferSize: bufferSize)
    var chunks: [Chunk] = []
    while let chunk = try reader.nextChunk(maxRows: maxRows) {
        #expect(chunk.rowCount + chunk.skippedRowCount <= maxRows)
        chunks.append(chunk)
    }
    return (concatenate(chunks, schema: reader.schema, file: reader.file), chunks.flatMap(\.diagnostics),
            chunks.reduce(0) { $0 + $1.skippedRowCount }, chunks.count)
}

/// The rows of `chunks` as one dataset (levels from the last chunk, which extend every earlier one).
func concatenate(_ chunks: [Chunk], schema: Schema, file: String) -> Dataset {
    let columns: [Column] = schema.fields.enumerated().map { index, field in
        let parts = chunks.map { $0.rows.columns[index] }
        switch field.kind {
        case .numeric:
            return .numeric(NumericColumn(name: field.name, values: parts.flatMap { $0.numeric!.values }))
        case .categorical:
            let levels = parts.last?.categorical?.levels ?? []
            for part in parts { #expect(Array(levels.prefix(part.categorical!.levels.count)) == part.categorical!.levels) }
            return .categorical(CategoricalColumn(name: field.name, codes: parts.flatMap { $0.categorical!.codes }, levels: levels))
        case .text:
            return .text(TextColumn(name: field.name, values: parts.flatMap { $0.text!.values }))
        }
    }
    return Dataset(file: file, columns: columns, rowNumbers: chunks.flatMap { $0.rows.rowNumbers })
}

/// Expects two datasets to hold the same names, kinds, row numbers, missing counts and values
/// (numbers compared bit for bit, so NaN equals NaN).
func expectSameDataset(_ a: Dataset, _ b: Dataset, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(a.names == b.names, sourceLocation: sourceLocation)
    #expect(a.rowNumbers == b.rowNumbers, sourceLocation: sourceLocation)
    for (x, y) in zip(a.columns, b.columns) {
        #expect(x.kind == y.kind, "column \(x.name)", sourceLocation: sourceLocation)
        #expect(x.missingCount == y.missingCount, "column \(x.name)", sourceLocation: sourceLocation)
        switch (x, y) {
        case (.numeric(let u), .numeric(let v)):
            #expect(u.values.map(\.bitPattern) == v.values.map(\.bitPattern), "column \(x.name)", sourceLocation: sourceLocation)
        case (.categorical(let u), .categorical(let v)):
            #expect(u.codes == v.codes, "column \(x.name)", sourceLocation: sourceLocation)
            #expect(u.levels == v.levels, "column \(x.name)", sourceLocation: sourceLocation)
        case (.text(let u), .text(let v)):
            #expect(u.values == v.values, "column \(x.name)", sourceLocation: sourceLocation)
        default:
            Issue.record("column \(x.name) differs in kind", sourceLocation: sourceLocation)
        }
    }
}


/// The values of a numeric column, or an empty array (recording an issue) for another kind.
func numbers(_ dataset: Dataset, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) -> [Double] {
    guard let values = dataset.column(named: name)?.numeric?.values else {
        Issue.record("no numeric column \(name)", sourceLocation: sourceLocation)
        return []
    }
    return values
}

/// The values of a categorical column, nil for missing.
func categories(_ dataset: Dataset, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) -> [String?] {
    guard let column = dataset.column(named: name)?.categorical else {
        Issue.record("no categorical column \(name)", sourceLocation: sourceLocation)
        return []
    }
    return (0..<column.count).map { column.value(at: $0) }
}

/// The values of a text column.
func texts(_ dataset: Dataset, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
    guard let values = dataset.column(named: name)?.text?.values else {
        Issue.record("no text column \(name)", sourceLocation: sourceLocation)
        return []
    }
    return values
}

/// The `TabularError.data` diagnostic thrown by `body`, or nil (recording an issue).
func dataDiagnostic(sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void) -> Diagnostic? {
    do {
        try body()
        Issue.record("expected a data error", sourceLocation: sourceLocation)
    } catch let error as TabularError {
        if case .data(let diagnostic) = error { return diagnostic }
        Issue.record("expected a data error, got \(error)", sourceLocation: sourceLocation)
    } catch {
        Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
    }
    return nil
}

/// A deterministic CSV exercising everything at once: quoted fields with delimiters, doubled
/// quotes and CR / LF / CR LF inside, CR LF and LF record ends, blank lines, missing tokens,
/// padded and quoted numbers, Chinese text, and bad rows (ragged, not a number, a bad row with a
/// new level), with or without a final newline.
func awkwardCSV(rows: Int, seed: UInt64, finalNewline: Bool = true) -> String {
    var random = SplitMix64(seed: seed)
    let grades = ["A", "B", "\"C, c\"", "\"D\nd\"", "\"E\r\ne\"", "NA", "", "\"F\"\"f\"", "客户"]
    var lines = ["id,amount,grade,note,flag"]
    for i in 0..<rows {
        let r = random.next() % 1000
        let amount: String
        switch r % 9 {
        case 0: amount = ""
        case 1: amount = "NA"
        case 2: amount = "\"\(Double(r) / 8)\""
        case 3: amount = " \(r) "
        case 4: amount = "\(Double(Int64(bitPattern: random.next()) % 1_000_000_000) / 1e4)"
        case 5: amount = "1.\(random.next() % 100_000)e-\(r % 30)"
        default: amount = "\(Double(r) * 1.25 - 300)"
        }
        let grade = grades[Int(random.next() % UInt64(grades.count))]
        let note: String
        switch random.next() % 5 {
        case 0: note = "\"line one\nline \"\"two\"\"\r\nthree, \(i)\""
        case 1: note = "收入 \(i)"
        case 2: note = ""
        default: note = "n\(random.next() % 50)"
        }
        var line = "C\(i),\(amount),\(grade),\(note),\(random.next() % 2)"
        switch random.next() % 97 {
        case 0: line = "C\(i),\(amount)"  // too few fields
        case 1: line += ",extra"  // too many
        case 2: line = "C\(i),abc,\(grade),x,1"  // not a number
        case 3: line = "C\(i),oops,\"NEW\(i)\",x,1"  // a bad row with a new level
        case 4: line = ""  // a blank line
        default: break
        }
        lines.append(line + (random.next() % 4 == 0 ? "\r" : ""))
    }
    return lines.joined(separator: "\n") + (finalNewline ? "\n" : "")
}

/// The kinds of `awkwardCSV`'s columns, declared.
let awkwardKinds: [String: ColumnKind] = [
    "id": .text, "amount": .numeric, "grade": .categorical, "note": .text, "flag": .numeric,
]

/// `rows` records `C<i>,<i / 7>,"quoted, with<LF>line break"` under the header `id,x,note` (about
/// 48 bytes each, every one with a quoted line feed): for tests of bounded memory.
func quotedLineBreakCSV(rows: Int) -> String {
    var text = "id,x,note\n"
    for i in 0..<rows { text += "C\(i),\(Double(i) / 7),\"quoted, with\nline break\"\n" }
    return text
}

/// A named pipe (FIFO) in a fresh temporary folder, fed `bytes` by another thread in pieces of
/// `pieceBytes` with `pauseMicroseconds` between them, so that its reader gets short reads. Call
/// `wait()` on the returned semaphore once the reader is done.
func feedingPipe(_ bytes: [UInt8], pieceBytes: Int, pauseMicroseconds: UInt32 = 0) throws -> (path: String, done: DispatchSemaphore) {
    let path = try TestPaths.temporaryDirectory().path + "/pipe.csv"
    #expect(mkfifo(path, 0o600) == 0)
    let done = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
        let descriptor = open(path, O_WRONLY)
        var offset = 0
        while offset < bytes.count {
            let count = min(pieceBytes, bytes.count - offset)
            let written = bytes[offset..<(offset + count)].withUnsafeBytes { write(descriptor, $0.baseAddress, count) }
            if written <= 0 { break }
            offset += written
            if pauseMicroseconds > 0 { usleep(pauseMicroseconds) }
        }
        close(descriptor)
        done.signal()
    }
    return (path, done)
}
