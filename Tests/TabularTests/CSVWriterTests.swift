import Foundation
import Testing
import TestSupport

@testable import Tabular

@Suite struct CSVWriterTests {
    private func written(_ body: (CSVWriter) throws -> Void) throws -> String {
        let folder = try TestPaths.temporaryDirectory().path
        let writer = try CSVWriter(path: folder + "/out.csv")
        try body(writer)
        try writer.finish()
        return String(decoding: Files.contents(folder + "/out.csv") ?? [], as: UTF8.self)
    }

    @Test func quotesOnlyWhenNeeded() throws {
        let text = try written { writer in
            try writer.writeHeader(["plain", "comma", "quote", "newline", "cr", "spaces"])
            try writer.writeRow(["abc", "a,b", "say \"hi\"", "two\nlines", "a\rb", " padded "])
            try writer.writeRow(["", "tab\t", "\tlead", "ünï", "客户", "x y"])
        }
        #expect(text == """
            plain,comma,quote,newline,cr,spaces
            abc,"a,b","say ""hi\"\"\","two
            lines","a\rb"," padded "
            ,"tab\t","\tlead",ünï,客户,x y

            """)
    }

    /// Rows formatted in separate buffers land in order after the rows written directly, however
    /// large each buffer is (one over the writer's flush threshold too).
    @Test func rowsFormattedElsewhereAreAppendedInOrder() throws {
        let first = CSVRowBuffer(capacity: 16)
        first.appendRow(["b", "2"])
        let empty = CSVRowBuffer(capacity: 16)
        let large = CSVRowBuffer(capacity: 16)
        for i in 0..<200_000 {
            large.appendField(i)
            large.appendField("x y")
            large.endRow()
        }
        let text = try written { writer in
            try writer.writeHeader(["k", "v"])
            writer.appendField("a")
            writer.appendField(1)
            try writer.endRow()
            try writer.appendRows(of: first)
            try writer.appendRows(of: empty)
            try writer.appendRows(of: large)
            try writer.writeRow(["z", "26"])
        }
        let lines = text.split(separator: "\n")
        #expect(lines.prefix(3) == ["k,v", "a,1", "b,2"])
        #expect(lines.count == 3 + 200_000 + 1)
        #expect(lines[3] == "0,x y" && lines[200_002] == "199999,x y")
        #expect(lines.last == "z,26")
    }

    @Test func numbersAreShortestAndMissingIsEmpty() throws {
        let text = try written { writer in
            for value in [0.1, 1.0, -2.5e-7, .nan, 1e300] {
                writer.appendField(value)
                writer.appendField(Int.min)
                writer.appendField(42)
                writer.appendMissingField()
                try writer.endRow()
            }
        }
        #expect(text == """
            0.1,-9223372036854775808,42,
            1,-9223372036854775808,42,
            -2.5e-07,-9223372036854775808,42,
            ,-9223372036854775808,42,
            1e+300,-9223372036854775808,42,

            """)
    }

    @Test func aRowOfOneEmptyFieldIsNotABlankLine() throws {
        let folder = try TestPaths.temporaryDirectory().path
        let path = folder + "/one.csv"
        let writer = try CSVWriter(path: path)
        try writer.writeHeader(["x"])
        writer.appendField(Double.nan)
        try writer.endRow()
        writer.appendField("")
        try writer.endRow()
        writer.appendField(3.0)
        try writer.endRow()
        try writer.finish()
        #expect(Files.contents(path) == Array("x\n\"\"\n\"\"\n3\n".utf8))
        let values = numbers(try readDataset(path: path).dataset, "x")
        #expect(values.count == 3 && values[0].isNaN && values[1].isNaN && values[2] == 3)
    }

    /// Text in any language, and every awkward value, reads back exactly as written.
    @Test func roundTripsThroughTheReader() throws {
        let folder = try TestPaths.temporaryDirectory().path
        let source = try Files.write(awkwardCSV(rows: 500, seed: 21))
        let original = try readDataset(path: source, request: ColumnRequest(kinds: awkwardKinds)).dataset
        let path = folder + "/copy.csv"
        let writer = try CSVWriter(path: path)
        try writer.writeHeader(original.names + ["客户编号"])
        for row in 0..<original.rowCount {
            for column in original.columns {
                switch column {
                case .numeric(let c): writer.appendField(c.values[row])
                case .categorical(let c): writer.appendField(c.value(at: row) ?? "")
                case .text(let c): writer.appendField(c.values[row])
                }
            }
            writer.appendField("收入 \(row)")
            try writer.endRow()
        }
        try writer.finish()
        var kinds = awkwardKinds
        kinds["客户编号"] = .text
        let copy = try readDataset(path: path, request: ColumnRequest(kinds: kinds)).dataset
        #expect(copy.names == original.names + ["客户编号"])
        #expect(texts(copy, "客户编号") == (0..<original.rowCount).map { "收入 \($0)" })
        #expect(numbers(copy, "amount").map(\.bitPattern) == numbers(original, "amount").map(\.bitPattern))
        #expect(texts(copy, "note") == texts(original, "note"))
        #expect(texts(copy, "id") == texts(original, "id"))
        #expect(categories(copy, "grade") == categories(original, "grade"))
    }

    @Test func otherDelimiters() throws {
        let folder = try TestPaths.temporaryDirectory().path
        let writer = try CSVWriter(path: folder + "/t.tsv", delimiter: 9)
        try writer.writeRow(["a,b", "c\td", "e"])
        try writer.finish()
        #expect(Files.contents(folder + "/t.tsv") == Array("a,b\t\"c\td\"\te\n".utf8))
    }

    @Test func nothingIsLeftBehindOnDiscard() throws {
        let folder = try TestPaths.temporaryDirectory().path
        let writer = try CSVWriter(path: folder + "/out.csv")
        for i in 0..<200_000 {
            writer.appendField(i)
            try writer.endRow()
        }
        writer.discard()
        #expect(Files.listing(folder).isEmpty)
    }

    @Test func aBadDestinationNamesThePath() throws {
        let path = "/nonexistent-credo-dir/scores.csv"
        #expect(throws: TabularError.cannotCreateOutput(path: path, reason: "the directory '/nonexistent-credo-dir' does not exist")) {
            try CSVWriter(path: path)
        }
    }

    @Test func largeOutputIsComplete() throws {
        let text = try written { writer in
            try writer.writeHeader(["id", "pd"])
            for i in 0..<300_000 {
                writer.appendField("C\(i)")
                writer.appendField(Double(i) / 300_000)
                try writer.endRow()
            }
        }
        let lines = text.split(separator: "\n")
        #expect(lines.count == 300_001)
        #expect(lines[300_000] == "C299999,\(formatShortest(299_999.0 / 300_000))")
    }
}
