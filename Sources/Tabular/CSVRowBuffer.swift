/// CSV rows encoded into memory: RFC 4180 quoting where needed, shortest round-trip numbers.
/// The buffer is reused (emptied with `removeAll()`, its memory kept), so it is touched once.
///
/// `CSVWriter` writes through one to a file; a producer that formats on several threads gives
/// each thread its own and hands the bytes over in order (`withBytes`). Fields are added one at a
/// time (`appendField`), or, in a tight loop, through a `RowCursor` over room reserved for a whole
/// row (`beginRow(reservingBytes:)` ... `endRow(_:)`); both encode fields the same way.
///
/// A field is quoted when it holds the delimiter, a quote, CR or LF, or starts or ends with a
/// space or tab; quotes inside are doubled. Numbers are written by `formatShortest` (NaN is an
/// empty field). A row whose only field is empty is written as `""`, so it is not read back as a
/// blank line. Not thread-safe.
public final class CSVRowBuffer {
    // Private, so that the compiler sees every access and checks exclusivity statically (no
    // runtime bookkeeping per field); producers in a tight loop write through a `RowCursor`.
    private let delimiter: UInt8
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Bytes encoded so far.
    private var used = 0
    /// Fields of the row being written.
    private var fieldsInRow = 0
    /// Where the row being written began.
    private var rowStart = 0

    /// An empty buffer of `capacity` bytes (it grows as needed).
    public init(capacity: Int, delimiter: UInt8 = UInt8(ascii: ",")) {
        precondition(CSVOptions.isValidDelimiter(delimiter), "invalid CSV delimiter \(delimiter)")
        self.delimiter = delimiter
        self.capacity = max(capacity, 64)
        buffer = .allocate(capacity: self.capacity)
    }

    deinit {
        buffer.deallocate()
    }

    /// The bytes encoded so far.
    public var count: Int { used }

    /// Whether the current row has fields not yet ended by `endRow()`.
    public var isInsideRow: Bool { fieldsInRow > 0 }

    /// Adds a whole row of text fields.
    public func appendRow(_ fields: [String]) {
        for field in fields { appendField(field) }
        endRow()
    }

    /// Adds a text field to the current row, quoted when needed.
    public func appendField(_ text: String) {
        var text = text
        text.withUTF8 { appendField(utf8: $0) }
    }

    /// Adds a text field given as UTF-8 bytes, quoted when needed.
    public func appendField(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        var cursor = resumeRow(reservingBytes: RowCursor.maximumBytes(utf8: bytes.count))
        cursor.appendField(utf8: bytes)
        suspendRow(cursor)
    }

    /// Adds a number (`formatShortest`; NaN leaves the field empty).
    public func appendField(_ number: Double) {
        ShortestFormatting.withBytes(of: number) { bytes in
            var cursor = resumeRow(reservingBytes: 1 + bytes.count)
            cursor.appendField(maximumBytes: bytes.count) { field in
                if let base = bytes.baseAddress { field.update(from: base, count: bytes.count) }
                return bytes.count
            }
            suspendRow(cursor)
        }
    }

    /// Adds an integer.
    public func appendField(_ number: Int) {
        var cursor = resumeRow(reservingBytes: RowCursor.maximumIntegerBytes)
        cursor.appendField(number)
        suspendRow(cursor)
    }

    /// Adds an empty field (a missing value).
    public func appendMissingField() {
        var cursor = resumeRow(reservingBytes: 1)
        cursor.appendMissingField()
        suspendRow(cursor)
    }

    /// Ends the current row, which must have at least one field.
    public func endRow() {
        endRow(resumeRow(reservingBytes: 0))
    }

    /// Reserves room for a whole row of at most `reservingBytes` bytes (delimiters and quotes
    /// included) and returns the cursor that writes its fields; `endRow(_:)` ends it.
    /// - Precondition: no row is half written.
    public func beginRow(reservingBytes bytes: Int) -> RowCursor {
        precondition(fieldsInRow == 0, "the last row is not ended")
        return resumeRow(reservingBytes: bytes)
    }

    /// Ends the row written through `cursor` (which must hold at least one field).
    public func endRow(_ cursor: RowCursor) {
        var cursor = cursor
        cursor.endRow()
        suspendRow(cursor)
        fieldsInRow = 0
        rowStart = used
    }

    /// Empties the buffer, keeping its memory.
    /// - Precondition: no row is half written.
    public func removeAll() {
        precondition(fieldsInRow == 0, "the last row is not ended")
        used = 0
        rowStart = 0
    }

    /// The bytes encoded, for the duration of `body`.
    public func withBytes<R, E: Error>(_ body: (UnsafeRawBufferPointer) throws(E) -> R) throws(E) -> R {
        try body(UnsafeRawBufferPointer(start: buffer, count: used))
    }

    /// A cursor at the end of the current row, with room for `bytes` more bytes and the row's end.
    @inline(__always)
    private func resumeRow(reservingBytes bytes: Int) -> RowCursor {
        let needed = bytes + RowCursor.endBytes
        if used + needed > capacity { grow(used + needed) }
        return RowCursor(
            position: buffer + used, limit: buffer + capacity, rowStart: buffer + rowStart, delimiter: delimiter,
            fields: fieldsInRow)
    }

    /// Takes what `cursor` wrote.
    @inline(__always)
    private func suspendRow(_ cursor: RowCursor) {
        used = cursor.position - buffer
        fieldsInRow = cursor.fields
    }

    private func grow(_ needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.update(from: buffer, count: used)
        buffer.deallocate()
        buffer = grown
        capacity = newCapacity
    }
}
