/// Writes CSV: RFC 4180 quoting where needed, shortest round-trip numbers, to a file that appears
/// only when `finish()` succeeds (see `AtomicOutputFile`), or to standard output for `-`.
///
/// ```swift
/// let writer = try CSVWriter(path: "scores.csv")
/// try writer.writeHeader(["id", "pd"])
/// for row in rows {
///     writer.appendField(row.id)
///     writer.appendField(row.pd)
///     try writer.endRow()
/// }
/// try writer.finish()
/// ```
/// A field is quoted when it holds the delimiter, a quote, CR or LF, or starts or ends with a
/// space or tab; quotes inside are doubled. Numbers are written by `formatShortest` (NaN is an
/// empty field). A row whose only field is empty is written as `""`, so it is not read back as a
/// blank line. Bytes are buffered and written in large blocks. Not thread-safe.
public final class CSVWriter {
    /// The destination, as given.
    public var path: String { output.path }
    private let output: AtomicOutputFile
    private let delimiter: UInt8
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0
    private var fieldsInRow = 0
    private var rowStart = 0
    private var isOpen = true
    private static let flushThreshold = 1 << 20

    /// Creates the output (see `AtomicOutputFile.init(path:)`).
    /// - Throws: `TabularError.cannotCreateOutput` naming `path`.
    public init(path: String, delimiter: UInt8 = UInt8(ascii: ",")) throws(TabularError) {
        precondition(CSVOptions.isValidDelimiter(delimiter), "invalid CSV delimiter \(delimiter)")
        output = try AtomicOutputFile(path: path)
        self.delimiter = delimiter
        capacity = Self.flushThreshold + 4096
        buffer = .allocate(capacity: capacity)
    }

    deinit {
        buffer.deallocate()
    }

    /// Writes a whole row of text fields.
    public func writeRow(_ fields: [String]) throws(TabularError) {
        for field in fields { appendField(field) }
        try endRow()
    }

    /// Writes the header row.
    public func writeHeader(_ names: [String]) throws(TabularError) {
        try writeRow(names)
    }

    /// Adds a text field to the current row, quoted when needed.
    public func appendField(_ text: String) {
        var text = text
        text.withUTF8 { appendText($0) }
    }

    /// Adds a text field given as UTF-8 bytes, quoted when needed.
    public func appendField(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        appendText(bytes)
    }

    /// Adds a number (`formatShortest`; NaN leaves the field empty).
    public func appendField(_ number: Double) {
        startField()
        ShortestFormatting.withBytes(of: number) { appendRaw($0) }
    }

    /// Adds an integer.
    public func appendField(_ number: Int) {
        startField()
        reserve(20)
        var magnitude = number.magnitude
        if number < 0 {
            buffer[count] = UInt8(ascii: "-")
            count += 1
        }
        var digits = 0
        var scratch: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &scratch) { raw in
            repeat {
                raw[23 - digits] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                digits += 1
            } while magnitude > 0
            (buffer + count).update(from: raw.baseAddress!.assumingMemoryBound(to: UInt8.self) + 24 - digits, count: digits)
        }
        count += digits
    }

    /// Adds an empty field (a missing value).
    public func appendMissingField() {
        startField()
    }

    /// Ends the current row (which must have at least one field), writing buffered bytes once
    /// enough have gathered.
    /// - Throws: `TabularError.io` when writing fails (the output is then discarded).
    public func endRow() throws(TabularError) {
        precondition(fieldsInRow > 0, "a row needs at least one field")
        reserve(3)
        if fieldsInRow == 1 && count == rowStart {
            buffer[count] = ASCII.quote
            buffer[count + 1] = ASCII.quote
            count += 2
        }
        buffer[count] = ASCII.lineFeed
        count += 1
        fieldsInRow = 0
        if count >= Self.flushThreshold { try flush() }
        rowStart = count
    }

    /// Writes what is buffered and commits the file (renamed into place; see `AtomicOutputFile`).
    /// - Throws: `TabularError.io` or `.cannotCreateOutput`; nothing is left behind then.
    public func finish(synchronize: Bool = false) throws(TabularError) {
        precondition(fieldsInRow == 0, "the last row is not ended")
        try flush()
        isOpen = false
        try output.commit(synchronize: synchronize)
    }

    /// Abandons the output: nothing is left behind (standard output keeps what was written).
    public func discard() {
        isOpen = false
        output.discard()
    }

    private func flush() throws(TabularError) {
        precondition(isOpen, "the writer is finished or discarded")
        if count > 0 {
            let bytes = UnsafeRawBufferPointer(start: buffer, count: count)
            count = 0
            rowStart = 0
            do throws(TabularError) {
                try output.write(bytes)
            } catch {
                isOpen = false
                throw error
            }
        }
    }

    @inline(__always)
    private func startField() {
        if fieldsInRow > 0 {
            reserve(1)
            buffer[count] = delimiter
            count += 1
        }
        fieldsInRow += 1
    }

    @inline(__always)
    private func reserve(_ extra: Int) {
        if count + extra > capacity { grow(count + extra) }
    }

    private func grow(_ needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.update(from: buffer, count: count)
        buffer.deallocate()
        buffer = grown
        capacity = newCapacity
    }

    @inline(__always)
    private func appendRaw(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        reserve(bytes.count)
        (buffer + count).update(from: base, count: bytes.count)
        count += bytes.count
    }

    private func appendText(_ bytes: UnsafeBufferPointer<UInt8>) {
        startField()
        guard needsQuotes(bytes) else { return appendRaw(bytes) }
        reserve(bytes.count * 2 + 2)
        buffer[count] = ASCII.quote
        count += 1
        for byte in bytes {
            buffer[count] = byte
            count += 1
            if byte == ASCII.quote {
                buffer[count] = ASCII.quote
                count += 1
            }
        }
        buffer[count] = ASCII.quote
        count += 1
    }

    @inline(__always)
    private func needsQuotes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return false }
        if first == ASCII.space || first == ASCII.tab || last == ASCII.space || last == ASCII.tab { return true }
        for byte in bytes
        where byte == delimiter || byte == ASCII.quote || byte == ASCII.lineFeed || byte == ASCII.carriageReturn {
            return true
        }
        return false
    }
}
