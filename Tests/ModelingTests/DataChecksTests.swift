import Foundation
import LinearAlgebra
import TestSupport
import Testing

@testable import Modeling

/// Bad and degenerate data are answered with typed errors that name rows, columns and values.
@Suite struct DataChecksTests {
    /// A small, well-behaved data set to spoil one way at a time (the first four rows repeat with
    /// the other outcome, so nothing is separated).
    static let rows: [[Double]] = [
        [1, 0.5, 2], [1, -1.2, 0], [1, 0.3, 1], [1, 2.0, 5], [1, 0.5, 2], [1, -1.2, 0], [1, 0.3, 1], [1, 2.0, 5],
    ]
    static let target: [Double] = [1, 0, 0, 1, 0, 1, 1, 1]
    static let names = ["const", "x", "z"]

    static func fit(
        rows: [[Double]] = rows, target: [Double] = target, weights: [Double]? = nil, offset: [Double]? = nil,
        names: [String] = names
    ) throws(ModelingError) -> LogisticFit {
        let design = rows.isEmpty ? Matrix(rows: 0, columns: names.count) : Matrix(rowMajor: rows)
        return try LogisticRegression.fit(
            design: design, target: target, weights: weights, offset: offset, columnNames: names)
    }

    static func error(_ body: () throws(ModelingError) -> LogisticFit) -> ModelingError? {
        do {
            _ = try body()
            return nil
        } catch {
            return error
        }
    }

    @Test func theCleanDataFit() throws {
        #expect(try Self.fit().converged)
    }

    @Test(arguments: [2.0, -1, 0.5, .nan, .infinity])
    func targetMustBeZeroOrOne(_ value: Double) {
        var target = Self.target
        target[2] = value
        let error = Self.error { () throws(ModelingError) in try Self.fit(target: target) }
        guard case .invalidTarget(let row, let reported) = error else {
            Issue.record("expected invalidTarget, got \(String(describing: error))")
            return
        }
        #expect(row == 2)
        #expect(reported.isNaN ? value.isNaN : reported == value)
        #expect(error?.category == .data)
        #expect(error?.description.hasPrefix("design row 3: target") == true)
    }

    @Test(arguments: [-1.0, .nan, .infinity, -.infinity])
    func weightsMustBeFiniteAndNonNegative(_ value: Double) {
        var weights = [Double](repeating: 1, count: Self.target.count)
        weights[5] = value
        let error = Self.error { () throws(ModelingError) in try Self.fit(weights: weights) }
        guard case .invalidWeight(let row, _) = error else {
            Issue.record("expected invalidWeight, got \(String(describing: error))")
            return
        }
        #expect(row == 5)
        #expect(error?.category == .data)
    }

    @Test(arguments: [Double.nan, .infinity, -.infinity])
    func offsetsMustBeFinite(_ value: Double) {
        var offset = [Double](repeating: 0, count: Self.target.count)
        offset[0] = value
        let error = Self.error { () throws(ModelingError) in try Self.fit(offset: offset) }
        guard case .nonFiniteOffset(let row, _) = error else {
            Issue.record("expected nonFiniteOffset, got \(String(describing: error))")
            return
        }
        #expect(row == 0)
    }

    @Test(arguments: [Double.nan, .infinity, -.infinity])
    func designEntriesMustBeFinite(_ value: Double) {
        var rows = Self.rows
        rows[6][2] = value
        rows[7][1] = value  // a later row: the first one is reported
        let error = Self.error { () throws(ModelingError) in try Self.fit(rows: rows) }
        guard case .nonFiniteValue(let row, let column, let reported) = error else {
            Issue.record("expected nonFiniteValue, got \(String(describing: error))")
            return
        }
        #expect(row == 6 && column == "z")
        #expect(reported.isNaN ? value.isNaN : reported == value)
        #expect(error?.category == .data)
        #expect(error?.description.hasPrefix("design row 7, column 'z':") == true)
    }

    @Test func hugeEntriesAreReported() {
        var rows = Self.rows
        rows[3][1] = 1e200
        let error = Self.error { () throws(ModelingError) in try Self.fit(rows: rows) }
        #expect(error == .extremeValue(row: 3, column: "x", value: 1e200))
        #expect(error?.description.contains("too large") == true)
    }

    @Test func noRowsOrNoWeight() {
        let empty = Self.error { () throws(ModelingError) in try Self.fit(rows: [], target: []) }
        #expect(empty == .noObservations)
        let zero = Self.error { () throws(ModelingError) in
            try Self.fit(weights: [Double](repeating: 0, count: Self.target.count))
        }
        #expect(zero == .noObservations)
        #expect(zero?.category == .data)
    }

    @Test func oneClass() {
        let ones = Self.error { () throws(ModelingError) in
            try Self.fit(target: [Double](repeating: 1, count: Self.target.count))
        }
        #expect(ones == .singleClass(value: 1, count: 8))
        #expect(ones?.category == .data)
        #expect(ones?.description.contains("one class only (all 8 rows are 1)") == true)
        // weights count: the only events have weight 0
        var weights = [Double](repeating: 2, count: Self.target.count)
        for i in Self.target.indices where Self.target[i] == 1 { weights[i] = 0 }
        let zeros = Self.error { () throws(ModelingError) in try Self.fit(weights: weights) }
        #expect(zeros == .singleClass(value: 0, count: 6))
        // a single row has a single class
        let single = Self.error { () throws(ModelingError) in try Self.fit(rows: [Self.rows[0]], target: [1]) }
        #expect(single == .singleClass(value: 1, count: 1))
    }

    @Test(arguments: [0.0, 5, 1])
    func constantColumnsAreNamed(_ value: Double) {
        // a constant column next to the intercept (a second column of ones is constant too)
        let rows = Self.rows.map { $0 + [value] }
        let error = Self.error { () throws(ModelingError) in try Self.fit(rows: rows, names: Self.names + ["flat"]) }
        #expect(error == .constantColumn(column: "flat", value: value))
        #expect(error?.category == .collinearity)
        #expect(error?.description.hasPrefix("column 'flat' is constant") == true)
    }

    /// Without an intercept, a constant column other than ones is still refused.
    @Test func constantColumnWithoutIntercept() {
        let rows = Self.rows.map { [2.0] + $0.dropFirst() }
        let error = Self.error { () throws(ModelingError) in try Self.fit(rows: rows, names: ["two", "x", "z"]) }
        #expect(error == .constantColumn(column: "two", value: 2))
    }

    @Test func interceptIsTheFirstColumnOfOnes() throws {
        let design = Matrix(rowMajor: Self.rows)
        #expect(try DataChecks.interceptAndConstantColumns(design, names: Self.names) == 0)
        let noIntercept = Matrix(rowMajor: Self.rows.map { Array($0.dropFirst()) })
        #expect(try DataChecks.interceptAndConstantColumns(noIntercept, names: ["x", "z"]) == nil)
    }
}
