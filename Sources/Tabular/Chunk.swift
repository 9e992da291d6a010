/// A batch of rows from a streaming read, with the bad rows met while reading it.
public struct Chunk: Sendable {
    /// The rows of the selected columns (in the reader's schema order) and their source rows.
    public let rows: Dataset
    /// The bad rows met in this chunk (at most `CSVOptions.diagnosticLimit`), in file order.
    public let diagnostics: [Diagnostic]
    /// How many bad rows were skipped in this chunk (possibly more than `diagnostics` lists).
    public let skippedRowCount: Int

    /// The number of rows read.
    public var rowCount: Int { rows.rowCount }
}

/// The outcome of reading a whole file.
public struct ReadResult: Sendable {
    /// The rows of the selected columns.
    public let dataset: Dataset
    /// The schema the file was read with (declared and inferred kinds).
    public let schema: Schema
    /// The bad rows (at most `CSVOptions.diagnosticLimit`), in file order.
    public let diagnostics: [Diagnostic]
    /// How many bad rows were skipped (possibly more than `diagnostics` lists).
    public let skippedRowCount: Int
}
