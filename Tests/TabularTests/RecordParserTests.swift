import TestSupport
import Foundation
import Testing

@testable import Tabular

#if canImport(Glibc)
import Glibc
#endif

/// Reads `text` with both readers, expects them to agree, and returns the whole-file result.
private func read(
    _ text: String, request: ColumnRequest = .all, options: CSVOptions = CSVOptions(),
    sourceLocation: SourceLocation = #_sourceLocation
) throws -> ReadResult {
    let path = try Files.write(text)
    let whole = try readDataset(path: path, request: request, options: options)
    let chunked = try readByChunks(path, request: request, options: options, maxRows: 2, bufferSize: 5)
    expectSameDataset(whole.dataset, chunked.dataset, sourceLocation: sourceLocation)
    // The limit applies per read, so the chunks together may list more.
    #expect(whole.diagnostics == Array(chunked.diagnostics.prefix(options.diagnosticLimit)), sourceLocation: sourceLocation)
    #expect(whole.skippedRowCount == chunked.skipped, sourceLocation: sourceLocation)
    return whole
}

@Suite struct RecordParserTests {
    @Test func quotedFieldsKeepDelimitersQuotesAndLineBreaks() throws {
        let text = "id,note\n1,\"a,b\"\n2,\"say \"\"hi\"\"\"\n3,\"two\nlines\"\n4,\"cr\rlf\r\nboth\"\n5,\"\"\n"
        let result = try read(text, request: ColumnRequest(kinds: ["note": .text]))
        #expect(texts(result.dataset, "note") == ["a,b", "say \"hi\"", "two\nlines", "cr\rlf\r\nboth", ""])
        #expect(result.dataset.rowNumbers == [2, 3, 4, 5, 6])
        #expect(result.dataset.column(named: "note")?.missingCount == 1)
    }

    @Test func crlfAndLfRecordEndsAndAnOptionalFinalNewline() throws {
        let expected = try read("a,b\n1,x\n2,y\n").dataset
        for variant in ["a,b\r\n1,x\r\n2,y\r\n", "a,b\n1,x\n2,y", "a,b\r\n1,x\r\n2,y", "a,b\n1,x\r\n2,y\n\n", "\u{FEFF}a,b\n1,x\n2,y\n"] {
            expectSameDataset(try read(variant).dataset, expected)
        }
        #expect(numbers(expected, "a") == [1, 2])
        #expect(categories(expected, "b") == ["x", "y"])
    }

    @Test func blankLinesAreSkippedAndStillCountAsRows() throws {
        let result = try read("a\n1\n\n2\r\n\r\n3\n\n")
        #expect(numbers(result.dataset, "a") == [1, 2, 3])
        #expect(result.dataset.rowNumbers == [2, 4, 6])
        #expect(result.diagnostics.isEmpty)
    }

    @Test func aRecordWithEmbeddedNewlinesIsOneRow() throws {
        let result = try read("a,b\n\"x\ny\nz\",1\nw,oops\n", request: ColumnRequest(kinds: ["b": .numeric]))
        #expect(result.dataset.rowNumbers == [2])
        #expect(result.diagnostics.first?.row == 3)
    }

    @Test func missingValues() throws {
        let result = try read("n,c,t\n,,\nNA,NA,NA\n NaN ,NaN,null\n\"\",\"\",\"\"\n1,x,y\n",
                              request: ColumnRequest(kinds: ["t": .text]))
        let n = numbers(result.dataset, "n")
        #expect(n.prefix(4).allSatisfy(\.isNaN) && n[4] == 1)
        #expect(categories(result.dataset, "c") == [nil, nil, nil, nil, "x"])
        #expect(texts(result.dataset, "t") == ["", "NA", "null", "", "y"])
        #expect(result.dataset.columns.map(\.missingCount) == [4, 4, 4])
    }

    @Test func customMissingTokens() throws {
        var options = CSVOptions()
        options.missingTokens = ["-", "?"]
        let result = try read("n,c\n-,?\n,\n2,z\n", options: options)
        let n = numbers(result.dataset, "n")
        #expect(n[0].isNaN && n[1].isNaN && n[2] == 2)
        // Without "" among the tokens an empty categorical field is a level; a numeric one is still missing.
        #expect(categories(result.dataset, "c") == [nil, "", "z"])
    }

    @Test func numbersMayBeQuotedAndPadded() throws {
        let result = try read("x\n\"1.5\"\n  2 \n\t-3e2\t\n\" 4 \"\n+.5\n")
        #expect(numbers(result.dataset, "x") == [1.5, 2, -300, 4, 0.5])
    }

    @Test func textInANumericColumnIsReportedWithItsValue() throws {
        let text = "id,income\n1,100\n2,abc\n3,1,000\n4,0x10\n5,inf\n6,1e999\n7,300\n"
        let result = try read(text, request: ColumnRequest(kinds: ["income": .numeric]))
        #expect(numbers(result.dataset, "income") == [100, 300])
        #expect(result.dataset.rowNumbers == [2, 8])
        #expect(result.skippedRowCount == 5)
        #expect(result.diagnostics.map(\.problem) == [
            .notANumber, .raggedRow(expected: 2, found: 3), .notANumber, .notANumber, .numberOutOfRange,
        ])
        #expect(result.diagnostics.map(\.value) == ["abc", nil, "0x10", "inf", "1e999"])
        #expect(result.diagnostics.map(\.column) == ["income", nil, "income", "income", "income"])
        #expect(result.diagnostics[0].description.hasSuffix(": row 3, column 'income': 'abc' is not a number"))
        #expect(result.diagnostics[4].message == "'1e999' is out of the range of a double")
    }

    @Test func raggedRowsSayHowManyFields() throws {
        let result = try read("a,b,c\n1,2,3\n1,2\n1,2,3,4,5\n1\n\"x,\",2,3\n")
        #expect(result.diagnostics.map(\.problem) == [
            .raggedRow(expected: 3, found: 2), .raggedRow(expected: 3, found: 5), .raggedRow(expected: 3, found: 1),
        ])
        #expect(result.diagnostics.map(\.row) == [3, 4, 5])
        #expect(result.diagnostics[0].message == "expected 3 fields, found 2")
        #expect(result.dataset.rowNumbers == [2, 6])
    }

    @Test func raggednessWinsOverABadValueInTheSameRow() throws {
        let result = try read("a,b\n1,2\nabc,2,3\n", request: ColumnRequest(kinds: ["a": .numeric]))
        #expect(result.diagnostics.map(\.problem) == [.raggedRow(expected: 2, found: 3)])
    }

    @Test func anUnterminatedQuoteNamesTheRowAndColumnWhereItStarts() throws {
        let result = try read("a,b\n1,x\n2,\"open\n3,y\n4,z\n")
        #expect(result.dataset.rowNumbers == [2])
        #expect(result.diagnostics.count == 1)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.problem == .unterminatedQuote)
        #expect(diagnostic.row == 3)
        #expect(diagnostic.column == "b")
        #expect(diagnostic.description.hasSuffix(": row 3, column 'b': a quoted field starting in this row has no closing quote"))
    }

    @Test func textAfterAClosingQuoteIsReported() throws {
        let result = try read("a,b\n1,\"he said \"hi\" to me\"\n2,ok\n")
        #expect(result.diagnostics.map(\.problem) == [.textAfterClosingQuote])
        #expect(result.diagnostics.first?.column == "b")
        #expect(categories(result.dataset, "b") == ["ok"])
    }

    @Test func aStrayQuoteInAnUnquotedFieldIsKept() throws {
        let result = try read("h,v\n5'11\",a\"b\n6',c\n", request: ColumnRequest(kinds: ["h": .text, "v": .text]))
        #expect(texts(result.dataset, "h") == ["5'11\"", "6'"])
        #expect(texts(result.dataset, "v") == ["a\"b", "c"])
        #expect(result.diagnostics.isEmpty)
    }

    @Test func invalidUTF8InTextAndCategoricalFieldsIsReported() throws {
        let bytes: [UInt8] = Array("t,c\nok,A\n".utf8) + [0x62, 0xE9, 0x2C, 0x41, 0x0A] + Array("fine,".utf8) + [0xC3, 0x28, 0x0A]
            + Array("x,B\n".utf8)
        let path = try Files.write(bytes)
        let request = ColumnRequest(kinds: ["t": .text, "c": .categorical])
        let result = try readDataset(path: path, request: request)
        #expect(texts(result.dataset, "t") == ["ok", "x"])
        #expect(categories(result.dataset, "c") == ["A", "B"])
        #expect(result.diagnostics.map(\.problem) == [.invalidUTF8, .invalidUTF8])
        #expect(result.diagnostics.map(\.column) == ["t", "c"])
        #expect(result.diagnostics.map(\.value) == ["b\u{FFFD}", "\u{FFFD}("])
        // A column that is not read is not checked.
        let narrow = try readDataset(path: path, request: ColumnRequest(columns: ["c"]))
        #expect(narrow.diagnostics.map(\.row) == [4])
    }

    @Test func levelsFromBadRowsAreNotKept() throws {
        let result = try read("c,n\nA,1\nB,oops\nC,2\nB,3\n", request: ColumnRequest(kinds: ["n": .numeric]))
        let column = try #require(result.dataset.column(named: "c")?.categorical)
        #expect(column.levels == ["A", "C", "B"])
        #expect(column.codes == [0, 1, 2])
    }

    @Test func categoricalLevelsAreInOrderOfFirstAppearance() throws {
        let result = try read("g\nb\na\nb\n\"c\"\na\n\"a\"\"q\"\n")
        let column = try #require(result.dataset.column(named: "g")?.categorical)
        #expect(column.levels == ["b", "a", "c", "a\"q"])
        #expect(column.codes == [0, 1, 0, 2, 1, 3])
    }

    @Test func strictStopsAtTheFirstBadRow() throws {
        var options = CSVOptions()
        options.badRows = .strict
        let path = try Files.write("a,b\n1,2\n3\n4,x\n")
        let request = ColumnRequest(kinds: ["b": .numeric])
        let whole = dataDiagnostic { _ = try readDataset(path: path, request: request, options: options) }
        #expect(whole?.problem == .raggedRow(expected: 2, found: 1))
        #expect(whole?.row == 3)
        let reader = try CSVReader(path: path, request: request, options: options)
        let first = try reader.nextChunk(maxRows: 1)
        #expect(first?.rowCount == 1)
        #expect(dataDiagnostic { _ = try reader.nextChunk(maxRows: 1) }?.row == 3)
        #expect(try reader.nextChunk(maxRows: 1) == nil)
    }

    @Test func theDiagnosticLimitKeepsCounting() throws {
        var options = CSVOptions()
        options.diagnosticLimit = 2
        let result = try read("a,b\n1\n2\n3\n4,5\n", options: options)
        #expect(result.diagnostics.count == 2)
        #expect(result.skippedRowCount == 3)
    }

    @Test func otherDelimiters() throws {
        var options = CSVOptions()
        options.delimiter = UInt8(ascii: ";")
        let result = try read("a;b\n1,5;\"x;y\"\n", request: ColumnRequest(kinds: ["a": .text]), options: options)
        #expect(texts(result.dataset, "a") == ["1,5"])
        #expect(categories(result.dataset, "b") == ["x;y"])
        var tabs = CSVOptions()
        tabs.delimiter = 9
        let tabbed = try read("a\tb\n 1 \t2\n", options: tabs)
        #expect(numbers(tabbed.dataset, "a") == [1])
    }

    @Test func oneRowAndOneColumn() throws {
        let result = try read("x\n42")
        #expect(numbers(result.dataset, "x") == [42])
        #expect(result.dataset.rowNumbers == [2])
    }

    /// The fast path in the record loop (not `parseNumber`) must also equal strtod bit for bit.
    @Test func numbersInFilesMatchStrtod() throws {
        var random = SplitMix64(seed: 7)
        var lines = ["a,b"]
        var expected: [(Double, Double)] = []
        for i in 0..<20_000 {
            let x = Double(bitPattern: random.next() >> 1)
            let y = Double(Int64(bitPattern: random.next()) % 10_000_000) / 1000
            let a = x.isFinite ? String(format: i % 2 == 0 ? "%.17g" : "%.6e", x) : "0"
            let b = i % 3 == 0 ? "\"\(y)\"" : "\(y)"
            lines.append("\(a),\(b)")
            expected.append((strtod(a, nil), y))
        }
        let result = try read(lines.joined(separator: "\r\n"))
        #expect(numbers(result.dataset, "a").map(\.bitPattern) == expected.map(\.0.bitPattern))
        #expect(numbers(result.dataset, "b") == expected.map(\.1))
    }
}
