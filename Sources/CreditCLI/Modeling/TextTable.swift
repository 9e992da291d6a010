/// A plain-text table: a header row and rows of cells, columns padded to their widest cell and
/// separated by two spaces; text columns flush left, number columns flush right.
struct TextTable {
    enum Alignment {
        case left
        case right
    }

    struct Column {
        let title: String
        let alignment: Alignment
    }

    let columns: [Column]
    private(set) var rows: [[String]] = []

    init(_ columns: [Column]) {
        self.columns = columns
    }

    mutating func append(_ cells: [String]) {
        precondition(cells.count == columns.count, "TextTable: \(cells.count) cells for \(columns.count) columns")
        rows.append(cells)
    }

    /// The widths of the columns.
    var widths: [Int] {
        columns.indices.map { j in rows.reduce(columns[j].title.count) { max($0, $1[j].count) } }
    }

    /// The header and the rows, one line each, without trailing spaces; `rule` draws a line of
    /// that character under the header.
    func lines(rule: Character? = nil) -> [String] {
        let widths = self.widths
        func line(_ cells: [String]) -> String {
            let padded = cells.enumerated().map { j, cell in
                let padding = String(repeating: " ", count: widths[j] - cell.count)
                return columns[j].alignment == .left ? cell + padding : padding + cell
            }
            return String(padded.joined(separator: "  ").reversed().drop { $0 == " " }.reversed())
        }
        var result = [line(columns.map(\.title))]
        if let rule {
            result.append(String(repeating: rule, count: widths.reduce(0, +) + 2 * max(widths.count - 1, 0)))
        }
        result += rows.map(line)
        return result
    }
}
