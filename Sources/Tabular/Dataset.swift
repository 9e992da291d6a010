/// A table held column by column, with the file row each of its rows came from.
///
/// `rowNumbers[i]` is the row of the source file holding row `i`, numbered as a spreadsheet
/// shows it: the header is row 1, the first data record row 2; blank lines count, and a record
/// with embedded newlines is one row. Rows that were skipped as bad leave gaps.
public struct Dataset: Sendable {
    /// The file the rows came from (as given by the caller; `<stdin>` for standard input).
    public let file: String
    /// The columns, in the order they were requested.
    public let columns: [Column]
    /// The source row of every row.
    public let rowNumbers: [Int]
    private let indexByName: [String: Int]

    /// A dataset over `columns`, which must have distinct names and equal lengths. Without
    /// `rowNumbers`, rows are numbered 2, 3, ... as if read from a file with a header.
    public init(file: String = "", columns: [Column], rowNumbers: [Int]? = nil) {
        let count = rowNumbers?.count ?? columns.first?.count ?? 0
        precondition(columns.allSatisfy { $0.count == count }, "columns of a dataset must have equal lengths")
        var index: [String: Int] = [:]
        for (position, column) in columns.enumerated() {
            precondition(index.updateValue(position, forKey: column.name) == nil, "duplicate column name '\(column.name)'")
        }
        self.file = file
        self.columns = columns
        self.rowNumbers = rowNumbers ?? Array(2..<(2 + count))
        self.indexByName = index
    }

    /// The number of rows.
    public var rowCount: Int { rowNumbers.count }

    /// The columns' names, in order.
    public var names: [String] { columns.map(\.name) }

    /// The position of the column named `name`.
    public func columnIndex(named name: String) -> Int? { indexByName[name] }

    /// The column named `name`.
    public func column(named name: String) -> Column? {
        indexByName[name].map { columns[$0] }
    }
}
