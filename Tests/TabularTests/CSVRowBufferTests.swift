import Testing

@testable import Tabular

@Suite struct CSVRowBufferTests {
    private func text(of buffer: CSVRowBuffer) -> String {
        buffer.withBytes { String(decoding: $0, as: UTF8.self) }
    }

    /// Fields added one at a time and through a cursor are encoded alike.
    @Test func cursorAndSingleFieldsEncodeAlike() {
        let single = CSVRowBuffer(capacity: 8)
        single.appendField(-42)
        single.appendField("a,b")
        single.appendMissingField()
        single.appendField(0.1)
        single.appendField(Int.min)
        single.endRow()

        let cursor = CSVRowBuffer(capacity: 8)
        var row = cursor.beginRow(reservingBytes: 200)
        row.appendField(-42)
        Array("a,b".utf8).withUnsafeBufferPointer { row.appendField(utf8: $0) }
        row.appendMissingField()
        row.appendField(maximumBytes: 3) { field in
            field.update(from: Array("0.1".utf8), count: 3)
            return 3
        }
        row.appendField(Int.min)
        cursor.endRow(row)

        #expect(text(of: single) == "-42,\"a,b\",,0.1,-9223372036854775808\n")
        #expect(text(of: cursor) == text(of: single))
    }

    /// A row of one empty field is `""`, from either path; a row of two empty fields is `,`.
    @Test func aRowOfOneEmptyFieldIsQuoted() {
        let buffer = CSVRowBuffer(capacity: 64)
        buffer.appendMissingField()
        buffer.endRow()
        buffer.endRow(buffer.beginRow(reservingBytes: 0).appendingMissingField())
        buffer.appendField("")
        buffer.appendField("")
        buffer.endRow()
        #expect(text(of: buffer) == "\"\"\n\"\"\n,\n")
    }

    /// The buffer grows past its first capacity, empties and is reused.
    @Test func growsEmptiesAndIsReused() {
        let buffer = CSVRowBuffer(capacity: 1)
        let long = String(repeating: "x\"", count: 100)
        buffer.appendRow([long, "ünï", "客户"])
        let expected = "\"" + String(repeating: "x\"\"", count: 100) + "\",ünï,客户\n"
        #expect(text(of: buffer) == expected)
        #expect(buffer.count == expected.utf8.count)
        #expect(!buffer.isInsideRow)
        buffer.appendField(1)
        #expect(buffer.isInsideRow)
        buffer.endRow()
        buffer.removeAll()
        #expect(buffer.count == 0 && text(of: buffer).isEmpty)
        buffer.appendRow(["tab\t", " lead"])
        #expect(text(of: buffer) == "\"tab\t\",\" lead\"\n")
    }

    @Test func otherDelimiters() {
        let buffer = CSVRowBuffer(capacity: 16, delimiter: UInt8(ascii: ";"))
        buffer.appendRow(["a;b", "c,d"])
        #expect(text(of: buffer) == "\"a;b\";c,d\n")
    }

    @Test func roomForFields() {
        #expect(CSVRowBuffer.RowCursor.maximumBytes(utf8: 0) == 3)
        #expect(CSVRowBuffer.RowCursor.maximumBytes(utf8: 5) == 13)
        #expect(CSVRowBuffer.RowCursor.maximumIntegerBytes == ",-9223372036854775808".utf8.count)
    }
}

extension CSVRowBuffer.RowCursor {
    /// The cursor with an empty field added.
    fileprivate func appendingMissingField() -> Self {
        var copy = self
        copy.appendMissingField()
        return copy
    }
}
