import LinearAlgebra
import Tabular

/// The design, target and weights of a training sample, ready for `LogisticRegression.fit`.
///
/// Built from a dataset by `TrainingDesign.build(...)`:
/// 1. rows whose target is missing or neither the bad nor the good value, whose weight is missing
///    or negative, or which miss a feature's value are left out (complete-case analysis; counted
///    per column in `exclusions`);
/// 2. each categorical feature's levels are those of the rows kept, in byte order; its reference
///    level is the first of them unless one is given (`references`); a feature left with one
///    level is an error (its dummy would be constant);
/// 3. `DesignEncoder` writes the design matrix of the rows kept: `const`, then the features in
///    the order given.
public struct TrainingDesign: Sendable {
    /// `rows` x `columnNames.count`.
    public let design: Matrix
    /// 1 bad, 0 good, per design row.
    public let target: [Double]
    /// Frequency weights per design row, when a weight column was given.
    public let weights: [Double]?
    /// The features, with their levels and references, in design order.
    public let features: [DesignFeature]
    /// `const` and the features' design columns.
    public let columnNames: [String]
    /// The dataset row (0-based) of every design row.
    public let datasetRows: [Int]
    /// The file row (header = 1) of every design row, for messages.
    public let fileRows: [Int]
    /// What was left out, and why.
    public let exclusions: RowExclusions

    /// The most levels a categorical feature may have in the rows used: the reader's limit for
    /// inferring a column as categorical (`CSVOptions.maxInferredLevels`), so a column forced with
    /// `--categorical` gets no more dummies than an inferred one could.
    public static let maximumLevels = CSVOptions().maxInferredLevels

    /// Builds the design of `features` from `dataset`.
    ///
    /// - Parameters:
    ///   - dataset: the sample; its columns must include the target, the weight and the features.
    ///   - labels: the target column resolved to 1 bad / 0 good / NaN (Tabular's
    ///     `BinaryTargetDefinition.labels(for:...)`).
    ///   - targetColumn: the target's name (for the counts).
    ///   - features: feature columns, in design order; numeric columns enter as they are,
    ///     categorical ones as dummies; a text column is an error.
    ///   - weightColumn: a numeric frequency-weight column, or nil.
    ///   - references: reference levels of categorical features (default: the first level in
    ///     byte order).
    ///   - threads: threads for writing the design (nil: one per processor).
    ///   - missingTokens: the values of a text target that are missing (the tokens it was read with).
    /// - Throws: `DesignError` for a text feature, a reference level that is not a level, a
    ///   numeric feature given a reference, a feature named `const`, clashing design column names,
    ///   a feature left with one level or with more than `maximumLevels`, or no usable row.
    /// - Precondition: the named columns exist and `labels` has one label per row.
    public static func build(
        dataset: Dataset, labels: BinaryLabels, targetColumn: String, features: [String], weightColumn: String? = nil,
        references: [String: String] = [:], threads: Int? = nil, missingTokens: Set<String> = CSVOptions().missingTokens
    ) throws(DesignError) -> TrainingDesign {
        let n = dataset.rowCount
        precondition(labels.labels.count == n, "TrainingDesign: one label per row")
        let file = dataset.file
        for name in features where name == ModelFile.interceptName { throw .reservedName(column: name) }
        let columns = features.map { name -> Column in
            guard let column = dataset.column(named: name) else { preconditionFailure("no column '\(name)'") }
            return column
        }
        for column in columns where column.kind == .text { throw .textFeature(file: file, column: column.name) }
        for (feature, _) in references.sorted(by: { $0.key.precedesInByteOrder($1.key) }) {
            if let column = dataset.column(named: feature), column.kind == .numeric {
                throw .referenceForNumericFeature(file: file, feature: feature)
            }
        }

        // 1. rows to leave out
        var keep = [Bool](repeating: true, count: n)
        var counts: [RowExclusions.Count] = []
        func exclude(column: String, reason: RowExclusions.Reason, where isBad: (Int) -> Bool) {
            var rows = 0
            var first = -1
            for i in 0..<n where isBad(i) {
                if first < 0 { first = i }
                rows += 1
                keep[i] = false
            }
            if rows > 0 {
                counts.append(
                    RowExclusions.Count(column: column, reason: reason, rows: rows, firstRow: dataset.rowNumbers[first])
                )
            }
        }
        // (columns without a missing value are not scanned)
        if labels.missingCount + labels.invalidCount > 0 {
            let isMissing = Self.missingTest(dataset.column(named: targetColumn), tokens: missingTokens)
            exclude(column: targetColumn, reason: .missing) { labels.labels[$0].isNaN && isMissing($0) }
            exclude(column: targetColumn, reason: .invalidTarget) { labels.labels[$0].isNaN && !isMissing($0) }
        }
        var weightValues: [Double]? = nil
        if let weightColumn {
            guard let values = dataset.column(named: weightColumn)?.numeric?.values else {
                preconditionFailure("the weight column '\(weightColumn)' is not numeric")
            }
            weightValues = values
            exclude(column: weightColumn, reason: .missing) { values[$0].isNaN }
            exclude(column: weightColumn, reason: .negativeWeight) { values[$0] < 0 }
        }
        for column in columns where column.missingCount > 0 {
            switch column {
            case .numeric(let values): exclude(column: column.name, reason: .missing) { values.values[$0].isNaN }
            case .categorical(let values): exclude(column: column.name, reason: .missing) { values.codes[$0] < 0 }
            case .text: preconditionFailure("text features were refused above")
            }
        }
        let kept = keep.indices.filter { keep[$0] }
        let exclusions = RowExclusions(counts: counts, rowsExcluded: n - kept.count)
        if kept.isEmpty { throw .noUsableRows(file: file, rowsRead: n, exclusions: counts) }
        let selection: [Int]? = kept.count == n ? nil : kept

        // 2. features with their levels
        var designFeatures: [DesignFeature] = []
        for column in columns {
            guard case .categorical(let values) = column else {
                designFeatures.append(.numeric(column.name))
                continue
            }
            var seen = [Bool](repeating: false, count: values.levels.count)
            for i in kept { seen[Int(values.codes[i])] = true }
            let levels = values.levels.indices.filter { seen[$0] }.map { values.levels[$0] }
                .sorted { $0.precedesInByteOrder($1) }
            if levels.count > Self.maximumLevels {
                throw .tooManyLevels(file: file, feature: column.name, levels: levels.count, limit: Self.maximumLevels)
            }
            if levels.count == 1 {
                throw .singleLevel(
                    file: file, feature: column.name, level: levels[0], levelsInFile: Set(values.levels).count)
            }
            let reference = references[column.name] ?? levels[0]
            guard levels.contains(reference) else {
                throw .unknownReferenceLevel(
                    file: file, feature: column.name, level: reference, levels: levels,
                    onlyInSkippedRows: values.levels.contains(reference))
            }
            designFeatures.append(.categorical(column.name, levels: levels, reference: reference))
        }
        let columnNames = ModelFile.designColumns(of: designFeatures)
        var names = Set<String>()
        for name in columnNames where !names.insert(name).inserted { throw .duplicateDesignColumn(name: name) }

        // 3. the design
        let design = try DesignEncoder(features: designFeatures, missingTokens: missingTokens).designMatrix(
            of: dataset, rows: selection, threads: threads)
        let target = selection.map { $0.map { labels.labels[$0] } } ?? labels.labels
        let weights = weightValues.map { values in selection.map { $0.map { values[$0] } } ?? values }
        return TrainingDesign(
            design: design, target: target, weights: weights, features: designFeatures, columnNames: columnNames,
            datasetRows: kept, fileRows: kept.map { dataset.rowNumbers[$0] }, exclusions: exclusions)
    }

    /// Whether a row of the target column is missing (rather than an invalid value).
    private static func missingTest(_ column: Column?, tokens: Set<String>) -> (Int) -> Bool {
        switch column {
        case .numeric(let values)?: return { values.values[$0].isNaN }
        case .categorical(let values)?: return { values.codes[$0] < 0 }
        case .text(let values)?:
            return { tokens.contains(values.values[$0]) }
        case nil: return { _ in true }
        }
    }
}
