import Tabular

/// The data-quality profile of a dataset: what an analyst looks at first on a new file.
///
/// Overall: rows, columns, rows skipped as bad while reading, duplicate rows, duplicate ids; with
/// a target, the bad and good counts and the bad rate. Per column (`ColumnProfile`): kind, missing
/// values, distinct values; for numeric columns location, spread and quantiles; for categorical
/// and text columns the most frequent values; with a target, bad rates by category or quantile
/// bucket and the information value.
///
/// The profile depends only on the data and the options, never on thread timing: the same input
/// gives the same profile.
public struct DataProfile: Sendable, Hashable {
    /// The file the dataset came from.
    public let file: String
    /// Rows of the dataset (skipped rows not included).
    public let rowCount: Int
    /// Columns of the dataset (the target and id included).
    public let columnCount: Int
    /// Rows skipped as bad while reading.
    public let skippedRowCount: Int
    /// The first skipped rows.
    public let skippedRows: [Diagnostic]
    /// Rows equal to an earlier row on every column of the dataset.
    public let duplicateRows: DuplicateReport
    /// Rows whose id equals an earlier row's id, when an id column is given.
    public let duplicateIds: DuplicateReport?
    /// The target, when one is given.
    public let target: TargetSummary?
    /// The profiled columns, in order (never the target).
    public let columns: [ColumnProfile]

    /// Profiles a dataset read by `readDataset`, with its skipped rows.
    ///
    /// See `compute(dataset:target:id:options:skippedRowCount:skippedRows:)`.
    public static func compute(
        read: ReadResult, target: BinaryTargetDefinition? = nil, id: String? = nil,
        options: ProfileOptions = ProfileOptions()
    ) throws(TabularError) -> DataProfile {
        try compute(
            dataset: read.dataset, target: target, id: id, options: options,
            skippedRowCount: read.skippedRowCount, skippedRows: read.diagnostics)
    }

    /// Profiles `dataset`.
    ///
    /// - Parameters:
    ///   - dataset: the rows.
    ///   - target: the binary target; its column is summarised, not profiled.
    ///   - id: the id column: profiled without bad rates, and checked for repeated ids.
    ///   - options: top values, buckets, examples, columns, threads.
    ///   - skippedRowCount: rows the reader skipped as bad.
    ///   - skippedRows: the first of them, as the reader reported them.
    /// - Throws: `TabularError.data` when the target, the id or a requested column is not in the
    ///   dataset, or the target column cannot be a binary target under `target` (see
    ///   `BinaryTargetDefinition.labels(for:rowNumbers:file:diagnosticLimit:)`).
    /// - Complexity: O(rows × columns), spread over `options.maxThreads` threads by column.
    public static func compute(
        dataset: Dataset, target: BinaryTargetDefinition? = nil, id: String? = nil,
        options: ProfileOptions = ProfileOptions(), skippedRowCount: Int = 0, skippedRows: [Diagnostic] = []
    ) throws(TabularError) -> DataProfile {
        precondition(id == nil || id != target?.column, "the id column cannot be the target")
        func index(of name: String) throws(TabularError) -> Int {
            guard let index = dataset.columnIndex(named: name) else {
                throw .data(Diagnostic(
                    file: dataset.file, column: name,
                    problem: .unknownColumn(
                        suggestion: closestName(to: name, among: dataset.names), available: dataset.names)))
            }
            return index
        }
        var labels: [Double]?
        var targetSummary: TargetSummary?
        var targetIndex: Int?
        if let target {
            let position = try index(of: target.column)
            targetIndex = position
            if dataset.rowCount == 0 {
                targetSummary = TargetSummary(emptyUnder: target)
                labels = []
            } else {
                let resolved = try target.labels(
                    for: dataset.columns[position], rowNumbers: dataset.rowNumbers, file: dataset.file,
                    diagnosticLimit: options.exampleLimit)
                targetSummary = TargetSummary(definition: target, labels: resolved, exampleLimit: options.exampleLimit)
                labels = resolved.labels
            }
        }
        let idIndex = try id.map { name throws(TabularError) in try index(of: name) }
        var profiled: [Int] = []
        for name in options.columns ?? dataset.names {
            let position = try index(of: name)
            if position != targetIndex && !profiled.contains(position) { profiled.append(position) }
        }

        let work = ProfileWork(
            dataset: dataset, labels: labels, idIndex: idIndex, profiled: profiled, options: options)
        let results = work.run()
        return DataProfile(
            file: dataset.file, rowCount: dataset.rowCount, columnCount: dataset.columns.count,
            skippedRowCount: skippedRowCount, skippedRows: Array(skippedRows.prefix(options.exampleLimit)),
            duplicateRows: results.duplicateRows, duplicateIds: results.duplicateIds, target: targetSummary,
            columns: results.columns)
    }
}

/// The independent pieces of a profile, run in parallel: the duplicate-row search, the
/// duplicate-id search and one profile per column.
private struct ProfileWork: Sendable {
    let dataset: Dataset
    let labels: [Double]?
    let idIndex: Int?
    let profiled: [Int]
    let options: ProfileOptions

    func run() -> (duplicateRows: DuplicateReport, duplicateIds: DuplicateReport?, columns: [ColumnProfile]) {
        // Items: 0 duplicate rows, 1 duplicate ids, then the columns. The slowest go first.
        let duplicates = SharedSlots<DuplicateReport?>(count: 2)
        let columns = SharedSlots<ColumnProfile?>(count: profiled.count)
        let threads = options.maxThreads ?? ParallelWork.processorCount
        ParallelWork.run(count: 2 + profiled.count, threads: threads, makeState: { NumericScratch() }) { item, scratch in
            switch item {
            case 0: duplicates[0] = duplicateRows()
            case 1: duplicates[1] = idIndex.map(duplicateIds)
            default: columns[item - 2] = profile(column: profiled[item - 2], scratch: scratch)
            }
        }
        return (duplicates[0]!, duplicates[1], profiled.indices.map { columns[$0]! })
    }

    private func duplicateRows() -> DuplicateReport {
        let finder = DuplicateFinder(columns: dataset.columns, missingTokens: options.missingTokens, excluded: nil)
        let found = finder.find(rowCount: dataset.rowCount, limit: options.exampleLimit)
        return DuplicateReport(
            column: nil, count: found.count, missingCount: 0,
            examples: found.pairs.map { .init(row: dataset.rowNumbers[$0.row], firstRow: dataset.rowNumbers[$0.first]) })
    }

    private func duplicateIds(_ index: Int) -> DuplicateReport {
        let column = dataset.columns[index]
        let missing: [Bool]
        switch column {
        case .numeric(let numeric): missing = numeric.values.map(\.isNaN)
        case .categorical(let categorical): missing = categorical.codes.map { $0 < 0 }
        case .text(let text): missing = text.values.map { options.missingTokens.contains($0) }
        }
        let finder = DuplicateFinder(columns: [column], missingTokens: options.missingTokens, excluded: missing)
        let found = finder.find(rowCount: dataset.rowCount, limit: options.exampleLimit)
        return DuplicateReport(
            column: column.name, count: found.count, missingCount: missing.reduce(0) { $0 + ($1 ? 1 : 0) },
            examples: found.pairs.map {
                .init(
                    row: dataset.rowNumbers[$0.row], firstRow: dataset.rowNumbers[$0.first],
                    value: text(of: column, at: $0.row))
            })
    }

    private func text(of column: Column, at row: Int) -> String {
        switch column {
        case .numeric(let numeric): formatShortest(numeric.values[row])
        case .categorical(let categorical): categorical.value(at: row) ?? ""
        case .text(let text): text.values[row]
        }
    }

    private func profile(column index: Int, scratch: NumericScratch) -> ColumnProfile {
        let column = dataset.columns[index]
        let role: ColumnProfile.Role = index == idIndex ? .id : .feature
        let labels = role == .feature ? self.labels : nil
        let rows = dataset.rowCount
        switch column {
        case .numeric(let numeric):
            let facts = profileNumeric(numeric.values, bucketCount: options.bucketCount, scratch: scratch)
            return ColumnProfile(
                name: column.name, kind: .numeric, role: role, rowCount: rows, missingCount: facts.missingCount,
                distinctCount: facts.distinctCount, numeric: facts.summary, categories: nil,
                badRates: labels.map { numericBadRates(numeric.values, labels: $0, edges: facts.edges) })
        case .categorical(let categorical):
            let counts = ValueCounts(categorical, labels: labels)
            return categoryProfile(column, role: role, counts: counts, withBadRates: labels != nil)
        case .text(let text):
            let counts = ValueCounts(text, missingTokens: options.missingTokens, labels: nil)
            return categoryProfile(column, role: role, counts: counts, withBadRates: false)
        }
    }

    private func categoryProfile(
        _ column: Column, role: ColumnProfile.Role, counts: ValueCounts, withBadRates: Bool
    ) -> ColumnProfile {
        let ranking = counts.ranking()
        let top = options.topCategoryCount
        return ColumnProfile(
            name: column.name, kind: column.kind, role: role, rowCount: dataset.rowCount,
            missingCount: counts.missingCount, distinctCount: ranking.count,
            numeric: nil, categories: counts.summary(top: top, rowCount: dataset.rowCount, ranking: ranking),
            badRates: withBadRates ? counts.badRates(top: top, ranking: ranking) : nil)
    }
}
