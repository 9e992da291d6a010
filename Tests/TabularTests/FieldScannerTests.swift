import Testing

@testable import Tabular

/// Scans every field of the records in `text` (which must end with a LF).
/// (The bytes are followed by the read-ahead padding the scanner requires.)
private func scanRecords(_ text: String, delimiter: UInt8 = UInt8(ascii: ",")) -> [[String]]? {
    let bytes = Array(text.utf8) + Array(repeating: 0, count: FieldScanner.readablePadding)
    return bytes.withUnsafeBufferPointer { buffer -> [[String]]? in
        let scanner = FieldScanner(delimiter: delimiter)
        var p = buffer.baseAddress!
        let end = p + buffer.count - FieldScanner.readablePadding
        var records: [[String]] = []
        var fields: [ScannedField] = []
        var scratch: [UInt8] = []
        while p < end {
            switch scanner.record(at: p, end: end, into: &fields) {
            case .blank(let next):
                records.append([])
                p = next
            case .record(let next):
                records.append(fields.map { field in
                    FieldScanner.withContent(of: field, scratch: &scratch) { String(decoding: UnsafeBufferPointer(start: $0, count: $1), as: UTF8.self) }
                })
                p = next
            case .unterminated:
                return nil
            }
        }
        return records
    }
}

@Suite struct FieldScannerTests {
    @Test func splitsUnquotedFieldsAndRecords() {
        #expect(scanRecords("a,b,c\n1,,3\n") == [["a", "b", "c"], ["1", "", "3"]])
    }

    @Test func quotedFieldsHoldDelimitersQuotesAndLineBreaks() {
        #expect(scanRecords("\"a,b\",\"say \"\"hi\"\"\"\n") == [["a,b", "say \"hi\""]])
        #expect(scanRecords("\"line1\nline2\",x\n") == [["line1\nline2", "x"]])
        #expect(scanRecords("\"cr\rlf\r\nend\",x\r\n") == [["cr\rlf\r\nend", "x"]])
        #expect(scanRecords("\"\"\n") == [[""]])
        #expect(scanRecords("\"\"\"\"\n") == [["\""]])
    }

    @Test func crlfEndsRecordsAndALoneCRIsData() {
        #expect(scanRecords("a,b\r\n1,2\r\n") == [["a", "b"], ["1", "2"]])
        #expect(scanRecords("a\rb,c\n") == [["a\rb", "c"]])
    }

    @Test func blankLinesAreReportedAsBlank() {
        #expect(scanRecords("a\n\n\r\nb\n") == [["a"], [], [], ["b"]])
    }

    @Test func aQuoteInsideAnUnquotedFieldIsOrdinary() {
        #expect(scanRecords("5'11\",x\"y\"\n") == [["5'11\"", "x\"y\""]])
    }

    @Test func spacesAfterAClosingQuoteAreIgnoredButTextIsFlagged() {
        #expect(scanRecords("\"a\"  ,b\n") == [["a", "b"]])
        let bytes = Array("\"ab\"cd,e\n".utf8) + Array(repeating: 0, count: FieldScanner.readablePadding)
        bytes.withUnsafeBufferPointer { buffer in
            let scanner = FieldScanner(delimiter: UInt8(ascii: ","))
            let field = scanner.field(at: buffer.baseAddress!, end: buffer.baseAddress! + 10)
            #expect(field?.hasTextAfterQuote == true)
            #expect(field.map { $0.terminator - buffer.baseAddress! } == 6)
        }
    }

    @Test func anUnclosedQuoteIsUnterminated() {
        #expect(scanRecords("\"abc\n") == nil)
        #expect(scanRecords("x,\"a\"\"\n") == nil)
    }

    @Test func otherDelimiters() {
        #expect(scanRecords("a\tb\t\"c\td\"\n", delimiter: 9) == [["a", "b", "c\td"]])
        #expect(scanRecords("a;b,c\n", delimiter: UInt8(ascii: ";")) == [["a", "b,c"]])
    }

    @Test func countsAndFindsLineFeeds() {
        let bytes = Array("a\nbb\n\nc".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            let start = buffer.baseAddress!
            #expect(FieldScanner.countLineFeeds(start, start + buffer.count) == 3)
            #expect(FieldScanner.countLineFeeds(start, start) == 0)
            #expect(FieldScanner.lastLineFeed(in: start, start + buffer.count).map { $0 - start } == 5)
            #expect(FieldScanner.lastLineFeed(in: start, start + 1) == nil)
        }
    }
}
