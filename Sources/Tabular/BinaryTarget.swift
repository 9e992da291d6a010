/// How the values of a target column map to bad (1, the event: default) and good (0).
///
/// Convention (CONVENTIONS.md): the binary target is 1 = bad, 0 = good. Other encodings are
/// mapped explicitly:
/// - no `badValue`: every non-missing value must be the number 0 (good) or 1 (bad);
/// - `badValue` only: values equal to it are bad; the column must hold exactly one other
///   distinct value, which is good (German credit: `class` 1 good, 2 bad -> `badValue: "2"`);
/// - `badValue` and `goodValue`: those two values, anything else is invalid.
///
/// Values are compared as numbers in a numeric column (`"2"` matches 2.0) and as exact text in a
/// categorical or text column. A missing target is reported as missing, never guessed.
public struct BinaryTargetDefinition: Sendable, Hashable, Codable {
    /// The target column's name.
    public var column: String
    /// The value that means bad, or nil for a 0/1 column.
    public var badValue: String?
    /// The value that means good, or nil for "the one other value".
    public var goodValue: String?

    /// A target definition.
    public init(column: String, badValue: String? = nil, goodValue: String? = nil) {
        self.column = column
        self.badValue = badValue
        self.goodValue = goodValue
    }
}

/// A target column resolved to labels: 1 bad, 0 good, NaN where missing or invalid.
public struct BinaryLabels: Sendable, Hashable {
    /// One label per row: 1 bad, 0 good, NaN when the value is missing or invalid.
    public let labels: [Double]
    /// Rows labelled bad.
    public let badCount: Int
    /// Rows labelled good.
    public let goodCount: Int
    /// Rows whose target is missing.
    public let missingCount: Int
    /// Rows whose target is neither bad nor good.
    public let invalidCount: Int
    /// Diagnostics for the first invalid rows (at most the limit asked for).
    public let invalidRows: [Diagnostic]
    /// The text of the bad value (`"1"` for a 0/1 target).
    public let badLabel: String
    /// The text of the good value, or nil when no row is good.
    public let goodLabel: String?

    /// The share of bad rows among labelled rows (NaN when none is labelled).
    public var badRate: Double {
        let labelled = badCount + goodCount
        return labelled == 0 ? .nan : Double(badCount) / Double(labelled)
    }
}

extension BinaryTargetDefinition {
    /// Resolves `column` (the target column of `dataset`-like data) into labels.
    ///
    /// - Parameters:
    ///   - column: the target column.
    ///   - rowNumbers: the spreadsheet row of every value, for diagnostics.
    ///   - file: the file name, for diagnostics.
    ///   - diagnosticLimit: how many invalid rows get a diagnostic (all are counted).
    ///   - missingTokens: the values of a text column that are missing (the tokens it was read with).
    /// - Throws: `TabularError.data` with `.invalidTarget` when the column as a whole cannot be a
    ///   binary target under this definition: the bad value never occurs, more than two distinct
    ///   values with no good value declared, or a non-numeric bad value for a numeric column.
    /// - Complexity: O(rows).
    public func labels(
        for column: Column, rowNumbers: [Int], file: String, diagnosticLimit: Int = 100,
        missingTokens: Set<String> = CSVOptions().missingTokens
    ) throws(TabularError) -> BinaryLabels {
        precondition(rowNumbers.count == column.count, "one row number per value")
        var resolver = LabelResolver(definition: self, rowNumbers: rowNumbers, file: file, limit: diagnosticLimit)
        switch column {
        case .numeric(let numeric):
            try resolver.resolveNumbers(numeric.values)
        case .categorical(let categorical):
            try resolver.resolveTexts(count: categorical.count, distinct: categorical.levels) { row in
                let code = categorical.codes[row]
                return code < 0 ? nil : Int(code)
            }
        case .text(let text):
            var levels: [String] = []
            var index: [String: Int] = [:]
            var codes = [Int](repeating: -1, count: text.count)
            for (row, value) in text.values.enumerated() where !missingTokens.contains(value) {
                if let known = index[value] {
                    codes[row] = known
                } else {
                    index[value] = levels.count
                    codes[row] = levels.count
                    levels.append(value)
                }
            }
            try resolver.resolveTexts(count: text.count, distinct: levels) { codes[$0] < 0 ? nil : codes[$0] }
        }
        return resolver.result
    }
}

/// The work of `BinaryTargetDefinition.labels(for:...)`.
private struct LabelResolver {
    let definition: BinaryTargetDefinition
    let rowNumbers: [Int]
    let file: String
    let limit: Int
    var labels: [Double] = []
    var bad = 0, good = 0, missing = 0, invalid = 0
    var diagnostics: [Diagnostic] = []
    var badLabel = "1"
    var goodLabel: String?

    init(definition: BinaryTargetDefinition, rowNumbers: [Int], file: String, limit: Int) {
        self.definition = definition
        self.rowNumbers = rowNumbers
        self.file = file
        self.limit = limit
    }

    var result: BinaryLabels {
        BinaryLabels(
            labels: labels, badCount: bad, goodCount: good, missingCount: missing, invalidCount: invalid,
            invalidRows: diagnostics, badLabel: badLabel, goodLabel: goodLabel)
    }

    private func failure(_ reason: String) -> TabularError {
        .data(Diagnostic(file: file, column: definition.column, problem: .invalidTarget(reason: reason)))
    }

    private mutating func markInvalid(row: Int, value: String, expected: String) {
        invalid += 1
        labels.append(.nan)
        if diagnostics.count < limit {
            diagnostics.append(
                Diagnostic(
                    file: file, row: rowNumbers[row], column: definition.column, value: value,
                    problem: .invalidTargetValue(expected: expected)))
        }
    }

    /// A numeric column: compare as numbers.
    mutating func resolveNumbers(_ values: [Double]) throws(TabularError) {
        labels.reserveCapacity(values.count)
        guard let badText = definition.badValue else {
            goodLabel = "0"
            for (row, value) in values.enumerated() {
                if value.isNaN {
                    missing += 1
                    labels.append(.nan)
                } else if value == 1 {
                    bad += 1
                    labels.append(1)
                } else if value == 0 {
                    good += 1
                    labels.append(0)
                } else {
                    markInvalid(
                        row: row, value: formatShortest(value),
                        expected: "0 = good or 1 = bad; map other codes with --bad-value")
                }
            }
            return
        }
        guard case .number(let badNumber) = parseNumber(badText) else {
            throw failure("the bad value '\(badText)' is not a number, but the column is numeric")
        }
        if !values.contains(badNumber) {
            throw neverOccurs(badText, values: Set(values.filter { !$0.isNaN }).sorted().map(formatShortest))
        }
        var goodNumber: Double?
        if let goodText = definition.goodValue {
            guard case .number(let number) = parseNumber(goodText) else {
                throw failure("the good value '\(goodText)' is not a number, but the column is numeric")
            }
            goodNumber = number
        } else {
            var others = Set<Double>()
            for value in values where !value.isNaN && value != badNumber {
                others.insert(value)
                if others.count > 1 { break }
            }
            if others.count > 1 {
                let shown = others.sorted().map { "'\(formatShortest($0))'" }.joined(separator: ", ")
                throw failure(
                    "more than one value besides the bad value '\(badText)' (\(shown) ...); "
                        + "declare the good one with --good-value or recode the column")
            }
            goodNumber = others.first
        }
        badLabel = badText
        goodLabel = goodNumber.map(formatShortest)
        let expected = "'\(badText)' = bad or '\(goodLabel ?? "?")' = good"
        for (row, value) in values.enumerated() {
            if value.isNaN {
                missing += 1
                labels.append(.nan)
            } else if value == badNumber {
                bad += 1
                labels.append(1)
            } else if value == goodNumber {
                good += 1
                labels.append(0)
            } else {
                markInvalid(row: row, value: formatShortest(value), expected: expected)
            }
        }
    }

    /// A categorical or text column: compare as text; `code(row)` gives the index into `distinct`.
    mutating func resolveTexts(
        count: Int, distinct: [String], code: (Int) -> Int?
    ) throws(TabularError) {
        labels.reserveCapacity(count)
        // Label of each distinct value: 1, 0, or nil (invalid).
        var labelOf = [Double?](repeating: nil, count: distinct.count)
        var expected: String
        if let badText = definition.badValue {
            badLabel = badText
            if !distinct.contains(badText) { throw neverOccurs(badText, values: distinct) }
            let goodIndex: Int?
            if let goodText = definition.goodValue {
                goodIndex = distinct.firstIndex(of: goodText)
                goodLabel = goodText
            } else {
                let others = distinct.indices.filter { distinct[$0] != badText }
                if others.count > 1 {
                    let shown = others.prefix(10).map { "'\(distinct[$0])'" }.joined(separator: ", ")
                    throw failure(
                        "more than one value besides the bad value '\(badText)' (\(shown)\(others.count > 10 ? " ..." : "")); "
                            + "declare the good one with --good-value or recode the column")
                }
                goodIndex = others.first
                goodLabel = goodIndex.map { distinct[$0] }
            }
            for (index, value) in distinct.enumerated() where value == badText { labelOf[index] = 1 }
            if let goodIndex { labelOf[goodIndex] = 0 }
            expected = "'\(badText)' = bad or '\(goodLabel ?? "?")' = good"
        } else {
            goodLabel = "0"
            for (index, value) in distinct.enumerated() {
                if case .number(let number) = parseNumber(value), number == 0 || number == 1 { labelOf[index] = number }
            }
            expected = "0 = good or 1 = bad; map other codes with --bad-value"
        }
        for row in 0..<count {
            guard let index = code(row) else {
                missing += 1
                labels.append(.nan)
                continue
            }
            switch labelOf[index] {
            case 1?:
                bad += 1
                labels.append(1)
            case 0?:
                good += 1
                labels.append(0)
            default:
                markInvalid(row: row, value: distinct[index], expected: expected)
            }
        }
    }

    private func neverOccurs(_ badText: String, values: [String]) -> TabularError {
        let shown = values.prefix(10).map { "'\($0)'" }.joined(separator: ", ")
        return failure("the bad value '\(badText)' never occurs (the column holds \(shown.isEmpty ? "no values" : shown))")
    }
}
