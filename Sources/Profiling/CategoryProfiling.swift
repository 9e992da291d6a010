import Tabular

/// Counts per distinct value of a categorical or text column, with bads and goods per value
/// when there is a target.
struct ValueCounts {
    /// The distinct values (for a categorical column, its levels).
    var values: [String]
    /// Rows per value.
    var counts: [Int]
    /// Bad and good rows per value (empty without a target).
    var bads: [Int]
    var goods: [Int]
    /// Rows without a value.
    var missingCount = 0
    var missingBads = 0
    var missingGoods = 0

    init(values: [String], hasTarget: Bool) {
        self.values = values
        counts = [Int](repeating: 0, count: values.count)
        bads = hasTarget ? counts : []
        goods = hasTarget ? counts : []
    }

    /// Counts of a categorical column: one slot per level.
    init(_ column: CategoricalColumn, labels: [Double]?) {
        self.init(values: column.levels, hasTarget: labels != nil)
        column.codes.withUnsafeBufferPointer { codes in
            counts.withUnsafeMutableBufferPointer { counts in
                for code in codes where code >= 0 { counts[Int(code)] += 1 }
            }
        }
        missingCount = column.codes.count - counts.reduce(0, +)
        if let labels { countLabels(labels) { column.codes[$0] >= 0 ? Int(column.codes[$0]) : nil } }
    }

    /// Counts of a text column; values in `missingTokens` are missing.
    init(_ column: TextColumn, missingTokens: Set<String>, labels: [Double]?) {
        var index: [String: Int] = [:]
        var values: [String] = []
        var counts: [Int] = []
        var codes = [Int](repeating: 0, count: column.count)
        for (row, value) in column.values.enumerated() {
            if let known = index[value] {
                counts[known] += 1
                codes[row] = known
            } else {
                index[value] = values.count
                codes[row] = values.count
                values.append(value)
                counts.append(1)
            }
        }
        // Missing tokens were counted like values: move them out.
        self.init(values: [], hasTarget: labels != nil)
        var kept: [Int] = Array(repeating: -1, count: values.count)
        for slot in values.indices {
            if missingTokens.contains(values[slot]) {
                missingCount += counts[slot]
            } else {
                kept[slot] = self.values.count
                self.values.append(values[slot])
                self.counts.append(counts[slot])
            }
        }
        if let labels {
            bads = [Int](repeating: 0, count: self.values.count)
            goods = bads
            countLabels(labels) { kept[codes[$0]] >= 0 ? kept[codes[$0]] : nil }
        }
    }

    /// Adds each labelled row to the bads or goods of its value (`slot(row)`, nil when missing).
    private mutating func countLabels(_ labels: [Double], slot: (Int) -> Int?) {
        for (row, label) in labels.enumerated() where !label.isNaN {
            let isBad = label == 1
            if let slot = slot(row) {
                if isBad { bads[slot] += 1 } else { goods[slot] += 1 }
            } else if isBad {
                missingBads += 1
            } else {
                missingGoods += 1
            }
        }
    }

    /// Values with at least one row.
    var distinctCount: Int { counts.reduce(0) { $0 + ($1 > 0 ? 1 : 0) } }

    /// Slots of the values with rows, most frequent first, equal counts in the UTF-8 byte order of
    /// the value.
    func ranking() -> [Int] {
        counts.indices.filter { counts[$0] > 0 }.sorted { a, b in
            counts[a] != counts[b] ? counts[a] > counts[b] : values[a].utf8.lexicographicallyPrecedes(values[b].utf8)
        }
    }

    /// The summary with the `top` most frequent values, shares of `rowCount`.
    func summary(top: Int, rowCount: Int, ranking: [Int]) -> CategorySummary {
        let listed = ranking.prefix(top)
        let entries = listed.map {
            CategorySummary.Entry(value: values[$0], count: counts[$0], share: share(counts[$0], of: rowCount))
        }
        let listedRows = entries.reduce(0) { $0 + $1.count }
        return CategorySummary(
            top: entries, otherValueCount: ranking.count - listed.count,
            otherRowCount: rowCount - missingCount - listedRows)
    }

    /// The bad-rate table: the `top` values in `ranking` order, the other values together, then
    /// the missing rows (each group only when it has rows).
    func badRates(top: Int, ranking: [Int]) -> BadRateTable {
        var groups: [(group: BadRateTable.Group, badCount: Int, goodCount: Int)] = []
        for slot in ranking.prefix(top) { groups.append((.category(values[slot]), bads[slot], goods[slot])) }
        let others = ranking.dropFirst(top)
        if !others.isEmpty {
            groups.append(
                (.otherCategories(count: others.count), others.reduce(0) { $0 + bads[$1] },
                 others.reduce(0) { $0 + goods[$1] }))
        }
        if missingCount > 0 { groups.append((.missing, missingBads, missingGoods)) }
        return BadRateTable(groups: groups)
    }
}
