import Foundation
import LinearAlgebra
import Tabular

/// Turns the columns of a dataset into a model's design matrix, the one the estimator fits.
/// Scoring does not build the design: `CompiledScorer` adds each feature's term to the linear
/// predictor, which is the same sum (a model scores its training rows to the fitted
/// probabilities; ScoringTrainedModelTests checks it bit for bit).
///
/// The design columns are `const` (all 1), then each feature's columns (`DesignFeature`): a
/// numeric feature's value, or a categorical feature's 0/1 dummies (1 where the row's level is
/// the dummy's level; the reference level has no column). A feature is found in the dataset by
/// name; a numeric feature needs a numeric column, a categorical one a categorical or text column
/// (read it with `columnKinds` to be sure: `ColumnRequest(kinds: encoder.columnKinds)`).
///
/// A row cannot be encoded when a feature's value is missing, or when its level of a categorical
/// feature is not one of the model's levels ("unseen"), unless `UnseenLevelPolicy.reference`
/// scores such a level as the reference level (CONVENTIONS.md: an error by default, a counted
/// warning when asked for).
public struct DesignEncoder: Sendable {
    /// What to do with a categorical level the model was not trained on.
    public enum UnseenLevelPolicy: String, Sendable, CaseIterable {
        /// The row cannot be encoded (a `DesignError.unusableRow`, or a `ScoringProblem` when scoring).
        case error
        /// The level is encoded as the reference level (all the feature's dummies 0) and counted.
        case reference
    }

    /// The features, in design order.
    public let features: [DesignFeature]
    /// `const` and every feature's design columns.
    public let columnNames: [String]
    /// The values of a text column that are missing (a categorical feature read as text).
    public let missingTokens: Set<String>

    /// An encoder for `features`, reading the values `missingTokens` of a text column as missing.
    /// - Precondition: the feature names are distinct and none is `const`.
    public init(features: [DesignFeature], missingTokens: Set<String> = CSVOptions().missingTokens) {
        precondition(Set(features.map(\.name)).count == features.count, "DesignEncoder: feature names repeat")
        precondition(
            !features.contains { $0.name == ModelFile.interceptName }, "DesignEncoder: a feature is named const")
        self.features = features
        self.columnNames = ModelFile.designColumns(of: features)
        self.missingTokens = missingTokens
    }

    /// The column kinds to read the features with: numeric or categorical.
    public var columnKinds: [String: ColumnKind] {
        Dictionary(uniqueKeysWithValues: features.map { ($0.name, $0.isCategorical ? .categorical : .numeric) })
    }

    // MARK: design matrix

    /// The design matrix of `rows` of `dataset` (all rows, in order, when nil), `rows.count` x
    /// `columnNames.count`, built column by column straight into the matrix's storage on up to
    /// `threads` threads (nil: one per processor).
    ///
    /// - Throws: `DesignError` when a feature's column is absent or of the wrong kind, or when an
    ///   encoded row has a missing value or (with `.error`) an unseen level: the first such row.
    /// - Complexity: O(rows x columns); one write per entry, no intermediate copies.
    public func designMatrix(
        of dataset: Dataset, rows: [Int]? = nil, unseenLevels: UnseenLevelPolicy = .error, threads: Int? = nil
    ) throws(DesignError) -> Matrix {
        let bound = try bind(dataset)
        let n = rows?.count ?? dataset.rowCount
        let k = columnNames.count
        let problems = SharedSlots<Int?>(count: bound.count)
        let storage = [Double](unsafeUninitializedCapacity: n * k) { buffer, initialized in
            let output = SharedPointer(base: buffer.baseAddress ?? UnsafeMutablePointer(bitPattern: 8)!)
            let selection = rows
            // Task 0 is the intercept, task t > 0 feature t - 1; small designs are not worth threads.
            let workers = n * k < 1 << 16 ? 1 : threads ?? ProcessInfo.processInfo.activeProcessorCount
            ParallelWork.run(count: bound.count + 1, threads: workers) { task in
                if task == 0 {
                    output.base.initialize(repeating: 1, count: n)
                    return
                }
                let feature = bound[task - 1]
                problems[task - 1] = feature.fill(
                    output.base + feature.firstColumn * n, rows: n, selection: selection, unseenLevels: unseenLevels)
            }
            initialized = n * k
        }
        if let first = problems.values.enumerated().compactMap({ index, row in row.map { (index, $0) } })
            .min(by: { $0.1 < $1.1 })
        {
            let feature = bound[first.0]
            let row = rows?[first.1] ?? first.1
            throw .unusableRow(
                file: dataset.file, row: dataset.rowNumbers[row], column: feature.name,
                problem: feature.problem(atRow: row, unseenLevels: unseenLevels) ?? .missingValue)
        }
        return Matrix(rows: n, columns: k, columnMajor: storage)
    }

    // MARK: binding

    /// The dataset's column of every feature.
    func bind(_ dataset: Dataset) throws(DesignError) -> [BoundFeature] {
        var bound: [BoundFeature] = []
        var firstColumn = 1
        for feature in features {
            guard let column = dataset.column(named: feature.name) else {
                throw .missingColumn(
                    file: dataset.file, column: feature.name,
                    suggestion: closestName(to: feature.name, among: dataset.names))
            }
            let source: BoundFeature.Source
            switch (feature.encoding, column) {
            case (.numeric, .numeric(let values)):
                source = .numeric(values.values)
            case (.categorical(let levels, let reference), .categorical(let values)):
                source = .categorical(
                    codes: values.codes,
                    mapping: Self.mapping(levels: values.levels, modelLevels: levels, reference: reference),
                    levels: values.levels)
            case (.categorical(let levels, let reference), .text(let values)):
                let (codes, textLevels) = Self.dictionaryEncode(values.values, missingTokens: missingTokens)
                source = .categorical(
                    codes: codes, mapping: Self.mapping(levels: textLevels, modelLevels: levels, reference: reference),
                    levels: textLevels)
            default:
                throw .wrongColumnKind(
                    file: dataset.file, column: feature.name, expected: feature.isCategorical ? .categorical : .numeric,
                    found: column.kind)
            }
            let width = feature.designColumnNames.count
            bound.append(BoundFeature(name: feature.name, firstColumn: firstColumn, width: width, source: source))
            firstColumn += width
        }
        return bound
    }

    /// For each of the data's levels: its dummy's offset among the feature's columns,
    /// `BoundFeature.reference` for the reference level, `BoundFeature.unseen` for a level the model
    /// does not know.
    static func mapping(levels: [String], modelLevels: [String], reference: String) -> [Int32] {
        var offsets: [String: Int32] = [:]
        var offset: Int32 = 0
        for level in modelLevels where level != reference {
            offsets[level] = offset
            offset += 1
        }
        return levels.map { level in
            level == reference ? BoundFeature.reference : offsets[level] ?? BoundFeature.unseen
        }
    }

    /// A text column as codes (-1 for a missing token) and levels in order of first appearance.
    static func dictionaryEncode(_ values: [String], missingTokens missing: Set<String>) -> ([Int32], [String]) {
        var index: [String: Int32] = [:]
        var levels: [String] = []
        let codes = values.map { value -> Int32 in
            if missing.contains(value) { return -1 }
            if let code = index[value] { return code }
            let code = Int32(levels.count)
            index[value] = code
            levels.append(value)
            return code
        }
        return (codes, levels)
    }
}

/// One feature bound to its column of one dataset.
struct BoundFeature: Sendable {
    enum Source: Sendable {
        case numeric([Double])
        /// `mapping[code]` is the dummy offset, `reference` or `unseen`.
        case categorical(codes: [Int32], mapping: [Int32], levels: [String])
    }

    static let reference: Int32 = -1
    static let unseen: Int32 = -2

    let name: String
    /// The design column of the feature's first column.
    let firstColumn: Int
    /// The feature's number of design columns.
    let width: Int
    let source: Source

    /// Writes the feature's columns for the selected rows to `output` (column-major, `rows` per
    /// column); returns the first output row that cannot be encoded, if any.
    func fill(
        _ output: UnsafeMutablePointer<Double>, rows n: Int, selection: [Int]?,
        unseenLevels: DesignEncoder.UnseenLevelPolicy
    ) -> Int? {
        switch source {
        case .numeric(let values):
            return values.withUnsafeBufferPointer { x -> Int? in
                let source = x.baseAddress!
                var anyMissing = false
                if let selection {
                    for (i, row) in selection.enumerated() {
                        let value = source[row]
                        output[i] = value
                        anyMissing = anyMissing || value.isNaN
                    }
                } else {
                    for i in 0..<n {
                        let value = source[i]
                        output[i] = value
                        anyMissing = anyMissing || value.isNaN
                    }
                }
                guard anyMissing else { return nil }
                return (0..<n).first { output[$0].isNaN }
            }
        case .categorical(let codes, let mapping, _):
            output.initialize(repeating: 0, count: n * width)
            var first: Int? = nil
            codes.withUnsafeBufferPointer { c in
                mapping.withUnsafeBufferPointer { m in
                    let unseenIsReference = unseenLevels == .reference
                    for i in 0..<n {
                        let code = c[selection?[i] ?? i]
                        guard code >= 0 else {
                            if first == nil { first = i }  // missing
                            continue
                        }
                        let offset = m[Int(code)]
                        if offset >= 0 {
                            output[Int(offset) * n + i] = 1
                        } else if offset == Self.unseen && !unseenIsReference && first == nil {
                            first = i
                        }
                    }
                }
            }
            return first
        }
    }

    /// What stops row `row` from being encoded by this feature, if anything.
    func problem(atRow row: Int, unseenLevels: DesignEncoder.UnseenLevelPolicy) -> RowProblem.Kind? {
        switch source {
        case .numeric(let values):
            return values[row].isNaN ? .missingValue : nil
        case .categorical(let codes, let mapping, let levels):
            let code = codes[row]
            if code < 0 { return .missingValue }
            if mapping[Int(code)] == Self.unseen && unseenLevels == .error { return .unseenLevel(levels[Int(code)]) }
            return nil
        }
    }
}
