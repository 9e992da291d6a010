import Foundation
import LinearAlgebra
import Statistics
import Tabular
import TestSupport
import Testing

@testable import Modeling

@Suite struct DesignEncoderTests {
    /// rows: income 10, NaN, 30, 40; housing own, rent, (missing), free, castle (unseen)
    static func dataset() -> Dataset {
        Dataset(
            file: "d.csv",
            columns: [
                .numeric(NumericColumn(name: "income", values: [10, 20, 30, 40, 50])),
                .categorical(
                    CategoricalColumn(
                        name: "housing", codes: [0, 1, -1, 2, 3], levels: ["own", "rent", "free", "castle"])),
                .numeric(NumericColumn(name: "gap", values: [1, .nan, 3, 4, 5])),
            ])
    }

    static let features: [DesignFeature] = [
        .numeric("income"), .categorical("housing", levels: ["free", "own", "rent"], reference: "free"),
    ]

    @Test func namesAndKinds() {
        let encoder = DesignEncoder(features: Self.features)
        #expect(encoder.columnNames == ["const", "income", "housing=own", "housing=rent"])
        #expect(encoder.columnKinds == ["income": .numeric, "housing": .categorical])
    }

    @Test func designMatrixOfSelectedRows() throws {
        let encoder = DesignEncoder(features: Self.features)
        for threads in [1, 2] {
            let matrix = try encoder.designMatrix(of: Self.dataset(), rows: [3, 0, 1], threads: threads)
            #expect(matrix == Matrix(rowMajor: [[1, 40, 0, 0], [1, 10, 1, 0], [1, 20, 0, 1]]))
        }
    }

    @Test func designMatrixReportsTheFirstUnusableRow() throws {
        let encoder = DesignEncoder(features: Self.features)
        #expect(
            throws: DesignError.unusableRow(file: "d.csv", row: 4, column: "housing", problem: .missingValue)
        ) { try encoder.designMatrix(of: Self.dataset()) }
        #expect(
            throws: DesignError.unusableRow(file: "d.csv", row: 6, column: "housing", problem: .unseenLevel("castle"))
        ) { try encoder.designMatrix(of: Self.dataset(), rows: [4, 0]) }
        let gap = DesignEncoder(features: [.numeric("gap")])
        #expect(throws: DesignError.unusableRow(file: "d.csv", row: 3, column: "gap", problem: .missingValue)) {
            try gap.designMatrix(of: Self.dataset())
        }
        // unseen levels as the reference: all dummies 0
        let matrix = try encoder.designMatrix(of: Self.dataset(), rows: [4], unseenLevels: .reference)
        #expect(matrix == Matrix(rowMajor: [[1, 50, 0, 0]]))
    }

    @Test func bindingChecksColumns() {
        let encoder = DesignEncoder(features: [.numeric("incmoe")])
        #expect(throws: DesignError.missingColumn(file: "d.csv", column: "incmoe", suggestion: "income")) {
            try encoder.designMatrix(of: Self.dataset())
        }
        let wrong = DesignEncoder(features: [.numeric("housing")])
        #expect(
            throws: DesignError.wrongColumnKind(
                file: "d.csv", column: "housing", expected: .numeric, found: .categorical)
        ) { try wrong.designMatrix(of: Self.dataset()) }
        let numericAsCategorical = DesignEncoder(features: [.categorical("income", levels: ["1", "2"], reference: "1")])
        #expect(
            throws: DesignError.wrongColumnKind(
                file: "d.csv", column: "income", expected: .categorical, found: .numeric)
        ) { try numericAsCategorical.designMatrix(of: Self.dataset()) }
    }

    @Test func textColumnsServeCategoricalFeatures() throws {
        let dataset = Dataset(
            file: "t.csv", columns: [.text(TextColumn(name: "housing", values: ["rent", "NA", "free", "own", "cave"]))])
        let encoder = DesignEncoder(features: [Self.features[1]])
        let matrix = try encoder.designMatrix(of: dataset, rows: [0, 2, 3])
        #expect(matrix == Matrix(rowMajor: [[1, 0, 1], [1, 0, 0], [1, 1, 0]]))
        #expect(matrix.multiplied(by: [1, 10, 20]) == [21, 1, 11])
        #expect(throws: DesignError.unusableRow(file: "t.csv", row: 3, column: "housing", problem: .missingValue)) {
            try encoder.designMatrix(of: dataset)
        }
        #expect(
            throws: DesignError.unusableRow(file: "t.csv", row: 6, column: "housing", problem: .unseenLevel("cave"))
        ) { try encoder.designMatrix(of: dataset, rows: [4]) }
    }

    @Test func emptyAndInterceptOnly() throws {
        let empty = Dataset(file: "e.csv", columns: [.numeric(NumericColumn(name: "x", values: []))])
        let encoder = DesignEncoder(features: [.numeric("x")])
        let matrix = try encoder.designMatrix(of: empty)
        #expect(matrix.rows == 0 && matrix.columns == 2)
        let interceptOnly = DesignEncoder(features: [])
        #expect(try interceptOnly.designMatrix(of: Self.dataset()) == Matrix(rows: 5, columns: 1, repeating: 1))
    }

    /// Large designs are written in parallel and equal the serial result bit for bit.
    @Test func parallelEqualsSerial() throws {
        var generator = SplitMix64(seed: 7)
        let n = 50_000
        let x = (0..<n).map { _ in Double(generator.next() % 1000) / 7 }
        let codes = (0..<n).map { _ in Int32(generator.next() % 4) }
        let dataset = Dataset(
            file: "p.csv",
            columns: [
                .numeric(NumericColumn(name: "x", values: x)),
                .categorical(CategoricalColumn(name: "c", codes: codes, levels: ["d", "b", "a", "c"])),
            ])
        let encoder = DesignEncoder(features: [
            .categorical("c", levels: ["a", "b", "c", "d"], reference: "b"), .numeric("x"),
        ])
        let serial = try encoder.designMatrix(of: dataset, threads: 1)
        let parallel = try encoder.designMatrix(of: dataset, threads: 2)
        #expect(serial == parallel)
        let rows = Array(stride(from: 0, to: n, by: 3))
        #expect(try encoder.designMatrix(of: dataset, rows: rows, threads: 2).storage.count == rows.count * 5)
        // the scorer's linear predictor is X b, and bit for bit the sum over the design columns in
        // design order (a dummy that is 0 adds b * 0 = +-0, which leaves the sum unchanged)
        let b = [0.1, -0.2, 0.3, 0.4, 0.01]
        var scorer = ChunkScorer(CompiledScorer(features: encoder.features, coefficients: b))
        var probabilities: [Double] = []
        _ = scorer.score(dataset, into: &probabilities)
        let eta = scorer.linearPredictors
        let reference = serial.multiplied(by: b)
        #expect(eta.isApproximatelyEqual(to: reference, relativeTolerance: 1e-14, absoluteTolerance: 1e-14))
        let designOrderSum = (0..<n).map { i in (1..<b.count).reduce(b[0]) { $0 + b[$1] * serial[i, $1] } }
        #expect(eta.map(\.bitPattern) == designOrderSum.map(\.bitPattern))
    }
}
