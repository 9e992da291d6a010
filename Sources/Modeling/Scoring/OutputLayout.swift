import Tabular

/// The columns a batch scoring run reads and writes: what to ask the reader for, the output
/// header, and how each output field is taken from a chunk.
struct OutputLayout: Sendable {
    /// The reader's request: the model's inputs (with their kinds), then the id and kept columns
    /// not already among them (as text, so they never grow a dictionary and come back unchanged).
    let request: ColumnRequest
    /// `id` (or `row`), `pd`, the kept columns.
    let header: [String]
    /// The id column, if any.
    private let idColumn: String?
    private let keepColumns: [String]

    init(scorer: CompiledScorer, options: BatchScoringOptions) {
        var columns = scorer.inputs.map(\.name)
        var kinds: [String: ColumnKind] = [:]
        for input in scorer.inputs { kinds[input.name] = input.kind }
        for name in [options.idColumn].compactMap({ $0 }) + options.keepColumns where kinds[name] == nil {
            columns.append(name)
            kinds[name] = .text
        }
        request = ColumnRequest(columns: columns, kinds: kinds)
        header = [options.idColumn ?? "row", "pd"] + options.keepColumns
        idColumn = options.idColumn
        keepColumns = options.keepColumns
    }

    /// Encodes the rows `range` of `rows` that have a probability (not NaN) into `buffer`.
    func format(_ rows: Dataset, probabilities: [Double], range: Range<Int>, into buffer: CSVRowBuffer) {
        let id = idColumn.map { rows.column(named: $0)! }
        let kept = keepColumns.map { rows.column(named: $0)! }
        for i in range where !probabilities[i].isNaN {
            if let id {
                Self.appendField(of: id, row: i, to: buffer)
            } else {
                buffer.appendField(rows.rowNumbers[i])
            }
            buffer.appendField(probabilities[i])
            for column in kept { Self.appendField(of: column, row: i, to: buffer) }
            buffer.endRow()
        }
    }

    /// A field as read: text unchanged; a level as its text (empty when missing); a number in its
    /// shortest form (empty when missing) — the last two only for columns that are also features.
    @inline(__always)
    private static func appendField(of column: Column, row: Int, to buffer: CSVRowBuffer) {
        switch column {
        case .text(let text): buffer.appendField(text.values[row])
        case .categorical(let categorical): buffer.appendField(categorical.value(at: row) ?? "")
        case .numeric(let numeric): buffer.appendField(numeric.values[row])
        }
    }
}
