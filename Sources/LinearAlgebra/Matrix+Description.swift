extension Matrix: CustomStringConvertible {
    /// The shape on the first line, then up to 12 rows and 8 columns of entries, each printed with
    /// the shortest representation that round-trips. Larger matrices show their first and last
    /// rows/columns with `...` between them.
    ///
    /// ```
    /// 2 x 3 matrix
    /// [1.0  2.0   3.0]
    /// [4.0  5.0  -6.5]
    /// ```
    public var description: String {
        let header = "\(rows) x \(columns) matrix"
        if rows == 0 || columns == 0 { return header }
        let shownRows = Matrix.shownIndices(count: rows, limit: 12)
        let shownColumns = Matrix.shownIndices(count: columns, limit: 8)
        // Text of each shown cell; nil marks an elision column or row.
        let table: [[String?]] = shownRows.map { i in
            guard let i else { return shownColumns.map { _ in nil } }
            return shownColumns.map { j in j.map { "\(self[i, $0])" } }
        }
        var widths = Array(repeating: 3, count: shownColumns.count)
        for row in table {
            for (c, cell) in row.enumerated() {
                widths[c] = Swift.max(widths[c], cell?.count ?? 3)
            }
        }
        var lines = [header]
        for row in table {
            let cells = row.enumerated().map { c, cell in
                let text = cell ?? "..."
                return String(repeating: " ", count: widths[c] - text.count) + text
            }
            lines.append("[" + cells.joined(separator: "  ") + "]")
        }
        return lines.joined(separator: "\n")
    }

    /// Indices to print: all when `count <= limit`, else the first and last `limit / 2` with a nil
    /// between them standing for the elided middle.
    static func shownIndices(count: Int, limit: Int) -> [Int?] {
        if count <= limit { return Array(0..<count) }
        let half = limit / 2
        return Array(0..<half) + [nil] + Array((count - half)..<count)
    }
}
