import Foundation
import LinearAlgebra
import TestSupport
import Testing

/// A parsed JSON value, enough to read `Fixtures/linear_algebra.json`
/// (written by `Fixtures/make_linear_algebra.py`).
enum JSONValue: Decodable, Sendable {
    case number(Double)
    case string(String)
    case bool(Bool)
    case array([JSONValue])
    case object([String: JSONValue])
    case null

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    subscript(key: String) -> JSONValue {
        guard case .object(let fields) = self, let value = fields[key] else {
            Issue.record("fixture has no field '\(key)'")
            return .null
        }
        return value
    }

    var double: Double {
        guard case .number(let value) = self else {
            Issue.record("fixture value is not a number: \(self)")
            return .nan
        }
        return value
    }

    var int: Int { Int(double) }

    var doubles: [Double] {
        guard case .array(let values) = self else {
            Issue.record("fixture value is not an array: \(self)")
            return []
        }
        return values.map(\.double)
    }

    var ints: [Int] { doubles.map { Int($0) } }

    /// A `{"rows", "columns", "data"}` object, data column-major.
    var matrix: Matrix {
        Matrix(
            rows: self["rows"].int, columns: self["columns"].int, columnMajor: self["data"].doubles)
    }
}

/// The reference values, loaded once.
enum Fixture {
    static let root: JSONValue = {
        do {
            return try loadJSONFixture(
                JSONValue.self, "linear_algebra.json", in: "LinearAlgebraTests")
        } catch {
            Issue.record("cannot read linear_algebra.json: \(error)")
            return .null
        }
    }()

    static subscript(section: String) -> JSONValue { root[section] }
}

/// Expects `actual` and `expected` to agree entry by entry to
/// `|a - e| <= max(relativeTolerance * max(|a|, |e|), absoluteTolerance)`.
func expectClose(
    _ actual: [Double], _ expected: [Double], relativeTolerance: Double,
    absoluteTolerance: Double = 0, _ label: String = "",
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(
        actual.count == expected.count,
        "\(label): \(actual.count) entries, expected \(expected.count)",
        sourceLocation: sourceLocation)
    for (k, (a, e)) in zip(actual, expected).enumerated() {
        #expect(
            a.isApproximatelyEqual(
                to: e, relativeTolerance: relativeTolerance, absoluteTolerance: absoluteTolerance),
            "\(label)[\(k)]: \(a) vs expected \(e)", sourceLocation: sourceLocation)
    }
}

/// `expectClose` for matrices: same shape, then entries.
func expectClose(
    _ actual: Matrix, _ expected: Matrix, relativeTolerance: Double, absoluteTolerance: Double = 0,
    _ label: String = "", sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(
        actual.rows == expected.rows && actual.columns == expected.columns,
        "\(label): \(actual.rows) x \(actual.columns), expected \(expected.rows) x \(expected.columns)",
        sourceLocation: sourceLocation)
    expectClose(
        actual.storage, expected.storage, relativeTolerance: relativeTolerance,
        absoluteTolerance: absoluteTolerance, label, sourceLocation: sourceLocation)
}

/// `expectClose` at the tolerance of a result accurate to a few eps of its summands: relative
/// 1e-12, plus an absolute 1e-12 x the largest expected entry for entries that cancel to nearly
/// zero (their error is relative to the summands, not to themselves). Each suite says why the
/// bound holds for what it checks.
func expectAccurate(
    _ actual: [Double], _ expected: [Double], _ label: String, sourceLocation: SourceLocation = #_sourceLocation
) {
    expectClose(
        actual, expected, relativeTolerance: 1e-12, absoluteTolerance: 1e-12 * largestMagnitude(expected), label,
        sourceLocation: sourceLocation)
}

/// The largest absolute entry, the scale for absolute tolerances on entries that cancel to
/// nearly zero.
func largestMagnitude(_ values: [Double]) -> Double {
    values.reduce(0) { max($0, abs($1)) }
}

/// Machine epsilon for Double (2^-52).
let epsilon = Double.ulpOfOne
