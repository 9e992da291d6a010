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
/// Fields are encoded by a `CSVRowBuffer` (its rules for quoting, numbers and a row of one empty
/// field) and written in large blocks. Not thread-safe.
public final class CSVWriter {
    /// The destination, as given.
    public var path: String { output.path }
    private let output: AtomicOutputFile
    private let rows: CSVRowBuffer
    private var isOpen = true
    private static let flushThreshold = 1 << 20

    /// Creates the output (see `AtomicOutputFile.init(path:)`).
    /// - Throws: `TabularError.cannotCreateOutput` naming `path`.
    public init(path: String, delimiter: UInt8 = UInt8(ascii: ",")) throws(TabularError) {
        precondition(CSVOptions.isValidDelimiter(delimiter), "invalid CSV delimiter \(delimiter)")
        output = try AtomicOutputFile(path: path)
        rows = CSVRowBuffer(capacity: Self.flushThreshold + 4096, delimiter: delimiter)
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
        rows.appendField(text)
    }

    /// Adds a text field given as UTF-8 bytes, quoted when needed.
    public func appendField(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        rows.appendField(utf8: bytes)
    }

    /// Adds a number (`formatShortest`; NaN leaves the field empty).
    public func appendField(_ number: Double) {
        rows.appendField(number)
    }

    /// Adds an integer.
    public func appendField(_ number: Int) {
        rows.appendField(number)
    }

    /// Adds an empty field (a missing value).
    public func appendMissingField() {
        rows.appendMissingField()
    }

    /// Writes the whole rows encoded in `buffer` (formatted elsewhere, e.g. on another thread),
    /// after the rows written so far.
    /// - Precondition: no row is half written, here or in `buffer`.
    /// - Throws: `TabularError.io` when writing fails (the output is then discarded).
    public func appendRows(of buffer: CSVRowBuffer) throws(TabularError) {
        precondition(!rows.isInsideRow && !buffer.isInsideRow, "a row is not ended")
        guard buffer.count > 0 else { return }
        try flush()
        do throws(TabularError) {
            try buffer.withBytes { (bytes) throws(TabularError) in try output.write(bytes) }
        } catch {
            isOpen = false
            throw error
        }
    }

    /// Ends the current row (which must have at least one field), writing buffered bytes once
    /// enough have gathered.
    /// - Throws: `TabularError.io` when writing fails (the output is then discarded).
    public func endRow() throws(TabularError) {
        rows.endRow()
        if rows.count >= Self.flushThreshold { try flush() }
    }

    /// Writes what is buffered and commits the file (renamed into place; see `AtomicOutputFile`).
    /// - Throws: `TabularError.io` or `.cannotCreateOutput`; nothing is left behind then.
    public func finish(synchronize: Bool = false) throws(TabularError) {
        precondition(!rows.isInsideRow, "the last row is not ended")
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
        guard rows.count > 0 else { return }
        do throws(TabularError) {
            try rows.withBytes { (bytes) throws(TabularError) in try output.write(bytes) }
            rows.removeAll()
        } catch {
            isOpen = false
            throw error
        }
    }
}
