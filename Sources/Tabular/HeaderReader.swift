/// Reads and checks the header: the first non-blank record of the file.
///
/// Leading blank lines are skipped (they still count as rows). Every name must be valid UTF-8,
/// non-empty and distinct; names are kept exactly as written (no trimming), so names in any
/// language round-trip.
enum HeaderReader {
    enum Outcome {
        /// The names; the data starts at `next`; the header is spreadsheet row `row`.
        case header(names: [String], next: UnsafePointer<UInt8>, row: Int)
        /// The header is not complete in the region and more bytes exist.
        case needMoreData
        /// The header is missing or wrong.
        case failure(Diagnostic)
    }

    /// Reads the header from [start, end) (`end[-1]` is a LF unless the region is empty);
    /// `atEndOfData` says whether bytes after `end` exist.
    static func read(
        at start: UnsafePointer<UInt8>, end: UnsafePointer<UInt8>, atEndOfData: Bool, delimiter: UInt8, file: String
    ) -> Outcome {
        let scanner = FieldScanner(delimiter: delimiter)
        var p = start
        var row = 1
        var fields: [ScannedField] = []
        while true {
            if p >= end { return atEndOfData ? .failure(Diagnostic(file: file, problem: .emptyFile)) : .needMoreData }
            switch scanner.record(at: p, end: end, into: &fields) {
            case .blank(let next):
                p = next
                row += 1
            case .unterminated:
                return atEndOfData
                    ? .failure(Diagnostic(file: file, row: row, problem: .unterminatedQuote)) : .needMoreData
            case .record(let next):
                return names(of: fields, row: row, file: file).map { .header(names: $0, next: next, row: row) }
                    ?? .failure(problem(in: fields, row: row, file: file))
            }
        }
    }

    /// The names, or nil when `problem(in:)` has something to say.
    private static func names(of fields: [ScannedField], row: Int, file: String) -> [String]? {
        var scratch: [UInt8] = []
        var names: [String] = []
        var seen = Set<String>()
        for field in fields {
            guard !field.hasTextAfterQuote,
                let name = FieldScanner.withContent(of: field, scratch: &scratch, { validatedString($0, $1) }),
                !name.isEmpty, seen.insert(name).inserted
            else { return nil }
            names.append(name)
        }
        return names
    }

    /// The first problem of a header that `names(of:)` rejected.
    private static func problem(in fields: [ScannedField], row: Int, file: String) -> Diagnostic {
        var scratch: [UInt8] = []
        var positions: [String: [Int]] = [:]
        var order: [String] = []
        for (index, field) in fields.enumerated() {
            let text = FieldScanner.withContent(of: field, scratch: &scratch) { displayText($0, $1) }
            if field.hasTextAfterQuote {
                return Diagnostic(file: file, row: row, value: text, problem: .textAfterClosingQuote)
            }
            guard FieldScanner.withContent(of: field, scratch: &scratch, { validatedString($0, $1) }) != nil else {
                return Diagnostic(file: file, row: row, value: text, problem: .invalidUTF8)
            }
            if text.isEmpty { return Diagnostic(file: file, row: row, problem: .emptyColumnName(position: index + 1)) }
            if positions[text] == nil { order.append(text) }
            positions[text, default: []].append(index + 1)
        }
        let duplicated = order.first { positions[$0]!.count > 1 }!
        return Diagnostic(file: file, row: row, column: duplicated, problem: .duplicateColumnName(positions: positions[duplicated]!))
    }
}
