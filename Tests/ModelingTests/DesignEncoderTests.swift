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
        ) { try numericAsCategorical.linearPredictor(of: Self.dataset(), coefficients: [0, 1]) }
    }

    @Test func linearPredictorAndProblems() throws {
        let encoder = DesignEncoder(features: Self.features)
        let b = [0.5, 0.25, -1, 2]
        for threads in [1, 2] {
            let result = try encoder.linearPredictor(of: Self.dataset(), coefficients: b, threads: threads)
            #expect(result.values[0] == 0.5 + 2.5 - 1)
            #expect(result.values[1] == 0.5 + 5 + 2)
            #expect(result.values[2].isNaN && result.values[4].isNaN)
            #expect(result.values[3] == 0.5 + 10)
            #expect(
                result.problems == [
                    RowProblem(row: 2, feature: "housing", kind: .missingValue),
                    RowProblem(row: 4, feature: "housing", kind: .unseenLevel("castle")),
                ])
            #expect(result.unseenLevels.isEmpty)
        }
        let lenient = try encoder.linearPredictor(of: Self.dataset(), coefficients: b, unseenLevels: .reference)
        #expect(lenient.values[4] == 0.5 + 12.5)
        #expect(lenient.problems == [RowProblem(row: 2, feature: "housing", kind: .missingValue)])
        #expect(lenient.unseenLevels == [UnseenLevelCount(feature: "housing", level: "castle", rows: 1)])
    }

    /// A numeric missing value stops the row even when its coefficient is 0 (NaN * 0 is NaN).
    @Test func missingNumericWithZeroCoefficient() throws {
        let encoder = DesignEncoder(features: [.numeric("gap")])
        let result = try encoder.linearPredictor(of: Self.dataset(), coefficients: [1, 0])
        #expect(result.values[1].isNaN)
        #expect(result.problems == [RowProblem(row: 1, feature: "gap", kind: .missingValue)])
    }

    @Test func textColumnsServeCategoricalFeatures() throws {
        let dataset = Dataset(
            file: "t.csv", columns: [.text(TextColumn(name: "housing", values: ["rent", "NA", "free", "own", "cave"]))])
        let encoder = DesignEncoder(features: [Self.features[1]])
        let result = try encoder.linearPredictor(of: dataset, coefficients: [1, 10, 20])
        #expect(result.values[0] == 21 && result.values[2] == 1 && result.values[3] == 11)
        #expect(
            result.problems == [
                RowProblem(row: 1, feature: "housing", kind: .missingValue),
                RowProblem(row: 4, feature: "housing", kind: .unseenLevel("cave")),
            ])
    }

    @Test func emptyAndInterceptOnly() throws {
        let empty = Dataset(file: "e.csv", columns: [.numeric(NumericColumn(name: "x", values: []))])
        let encoder = DesignEncoder(features: [.numeric("x")])
        let matrix = try encoder.designMatrix(of: empty)
        #expect(matrix.rows == 0 && matrix.columns == 2)
        #expect(try encoder.linearPredictor(of: empty, coefficients: [1, 2]).values.isEmpty)
        let interceptOnly = DesignEncoder(features: [])
        #expect(try interceptOnly.designMatrix(of: Self.dataset()) == Matrix(rows: 5, columns: 1, repeating: 1))
        #expect(
            try interceptOnly.linearPredictor(of: Self.dataset(), coefficients: [-2]).values == [-2, -2, -2, -2, -2])
    }

    /// Large designs are written in parallel and equal the serial result bit for bit.
    @Test func parallelEqualsSerial() throws {
        var generator = SplitMix(seed: 7)
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
        // the linear predictor is X b
        let b = [0.1, -0.2, 0.3, 0.4, 0.01]
        let eta = try encoder.linearPredictor(of: dataset, coefficients: b, threads: 2).values
        let reference = serial.multiplied(by: b)
        #expect(eta.isApproximatelyEqual(to: reference, relativeTolerance: 1e-14, absoluteTolerance: 1e-14))
        #expect(try encoder.linearPredictor(of: dataset, coefficients: b, threads: 1).values == eta)
    }

    @Test func modelFileScoresThroughItsEncoder() throws {
        let model = ModelFileSamples.small()
        #expect(model.featureKinds == ["income": .numeric, "housing": .categorical])
        let result = try model.linearPredictor(of: Self.dataset())
        #expect(result.values[0] == model.estimates[0] + 10 * model.estimates[1] + model.estimates[2])
        #expect(logistic(result.values[0]) > 0)
    }
}
