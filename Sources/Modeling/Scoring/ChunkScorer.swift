import Statistics
import Tabular

/// Scores the chunks of one stream with a `CompiledScorer`: the linear predictor is accumulated
/// column by column over the whole chunk, then `PD = logistic(eta)` row by row.
///
/// A categorical feature's codes are turned into effects through a table indexed by `code + 1`
/// (slot 0 is a missing value), built from the level texts with the compiled hash table and
/// extended as the reader's dictionary grows; the per-row work is one load and one addition.
/// Rows that cannot be scored (a missing value, an unseen level under `.error`) come out as NaN
/// through the same arithmetic (NaN slots and NaN values propagate), and only those rows are
/// examined afterwards to say why.
///
/// The chunks must come from one reader, in order: `CSVReader` keeps one dictionary per column
/// for the whole file, so a code means the same level in every chunk (checked).
public struct ChunkScorer {
    /// The compiled model.
    public let scorer: CompiledScorer
    /// Per input: effect by `code + 1` (categorical inputs only; empty for numeric).
    private var tables: [[Double]]
    /// Per input: whether code `c` is a level the model did not see (index `c`).
    private var unseen: [[Bool]]
    /// Per input: the last level mapped, to check that chunks extend one dictionary.
    private var lastMappedLevel: [String?]
    /// The linear predictor of every row of the last chunk scored (NaN where a row cannot be
    /// scored).
    public private(set) var linearPredictors: [Double] = []

    /// What scoring a chunk found besides the probabilities.
    public struct Outcome: Sendable, Hashable {
        /// The rows that could not be scored (their probability is NaN), in row order.
        public var problems: [ScoringProblem]
        /// Rows scored with at least one unseen level taken as the reference (`.reference` only).
        public var unseenLevelRows: Int
    }

    public init(_ scorer: CompiledScorer) {
        self.scorer = scorer
        tables = scorer.inputs.map { $0.kind == .categorical ? [Double.nan] : [] }
        unseen = Array(repeating: [], count: scorer.inputs.count)
        lastMappedLevel = Array(repeating: nil, count: scorer.inputs.count)
    }

    /// Scores every row of `rows` into `probabilities` (resized to the row count; NaN for a row
    /// that cannot be scored).
    /// - Precondition: `rows` holds every input column, with the input's kind.
    /// - Complexity: O(rows x inputs), plus O(new levels) hash lookups.
    public mutating func score(_ rows: Dataset, into probabilities: inout [Double]) -> Outcome {
        let n = rows.rowCount
        linearPredictors.resize(to: n)
        probabilities.resize(to: n)
        let intercept = scorer.intercept
        linearPredictors.withUnsafeMutableBufferPointer { eta in
            for i in 0..<n { eta[i] = intercept }
        }
        var anyUnseenAsReference = false
        for (index, term) in scorer.terms.enumerated() {
            let input = scorer.inputs[index]
            guard let column = rows.column(named: input.name) else {
                preconditionFailure("ChunkScorer: the rows lack the column '\(input.name)'")
            }
            switch term {
            case .numeric(let coefficient):
                guard case .numeric(let numeric) = column else {
                    preconditionFailure("ChunkScorer: '\(input.name)' must be read as numeric")
                }
                numeric.values.withUnsafeBufferPointer { x in
                    linearPredictors.withUnsafeMutableBufferPointer { eta in
                        for i in 0..<n { eta[i] += coefficient * x[i] }
                    }
                }
            case .categorical(let effects, _, _):
                guard case .categorical(let categorical) = column else {
                    preconditionFailure("ChunkScorer: '\(input.name)' must be read as categorical")
                }
                extendTable(index, levels: categorical.levels, effects: effects)
                if scorer.unseenLevels == .reference && unseen[index].contains(true) { anyUnseenAsReference = true }
                tables[index].withUnsafeBufferPointer { table in
                    categorical.codes.withUnsafeBufferPointer { codes in
                        linearPredictors.withUnsafeMutableBufferPointer { eta in
                            for i in 0..<n { eta[i] += table[Int(codes[i]) &+ 1] }
                        }
                    }
                }
            }
        }
        linearPredictors.withUnsafeBufferPointer { eta in
            probabilities.withUnsafeMutableBufferPointer { pd in
                for i in 0..<n { pd[i] = logistic(eta[i]) }
            }
        }
        var outcome = Outcome(problems: [], unseenLevelRows: 0)
        for i in 0..<n where !linearPredictors[i].isFinite {
            if let problem = diagnose(row: i, in: rows) {
                outcome.problems.append(problem)
                probabilities[i] = .nan
            }
        }
        if anyUnseenAsReference {
            outcome.unseenLevelRows = countUnseenAsReference(rows, probabilities: probabilities)
        }
        return outcome
    }

    /// Maps the levels the reader added since the last chunk.
    private mutating func extendTable(_ index: Int, levels: [String], effects: [String: Double]) {
        let mapped = tables[index].count - 1
        precondition(
            levels.count >= mapped && (mapped == 0 || levels[mapped - 1] == lastMappedLevel[index]),
            "ChunkScorer: the chunks do not come from one reader (the level dictionary changed)")
        guard levels.count > mapped else { return }
        let missingEffect = scorer.unseenLevels == .reference ? 0.0 : Double.nan
        for level in levels[mapped...] {
            let effect = effects[level]
            tables[index].append(effect ?? missingEffect)
            unseen[index].append(effect == nil)
        }
        lastMappedLevel[index] = levels.last
    }

    /// Why row `i` has no finite linear predictor: the first feature (in design order) that is
    /// missing or holds an unseen level; nil when the predictor is infinite but the PD is fine
    /// (eta = +-inf gives PD 1 or 0).
    private func diagnose(row i: Int, in rows: Dataset) -> ScoringProblem? {
        let row = rows.rowNumbers[i]
        for (index, input) in scorer.inputs.enumerated() {
            switch rows.column(named: input.name)! {
            case .numeric(let column):
                if column.values[i].isNaN { return .missingValue(file: rows.file, row: row, column: input.name) }
            case .categorical(let column):
                let code = Int(column.codes[i])
                if code < 0 { return .missingValue(file: rows.file, row: row, column: input.name) }
                if scorer.unseenLevels == .error && unseen[index][code] {
                    guard case .categorical(_, let levels, _) = scorer.terms[index] else { continue }
                    return .unseenLevel(
                        file: rows.file, row: row, column: input.name, value: column.levels[code], knownLevels: levels)
                }
            case .text:
                continue
            }
        }
        if linearPredictors[i].isNaN { return .linearPredictorNotFinite(file: rows.file, row: row) }
        return nil
    }

    /// Rows scored (finite PD) that hold an unseen level in some feature.
    private func countUnseenAsReference(_ rows: Dataset, probabilities: [Double]) -> Int {
        var flagged = [Bool](repeating: false, count: rows.rowCount)
        for (index, input) in scorer.inputs.enumerated() where unseen[index].contains(true) {
            guard case .categorical(let column) = rows.column(named: input.name)! else { continue }
            for (i, code) in column.codes.enumerated() where code >= 0 && unseen[index][Int(code)] {
                flagged[i] = true
            }
        }
        return zip(flagged, probabilities).reduce(0) { $0 + ($1.0 && !$1.1.isNaN ? 1 : 0) }
    }
}
