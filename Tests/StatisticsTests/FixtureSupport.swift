import Foundation
import TestSupport

/// The reference values of `Fixtures/distributions.json` (written by `make_distributions.py` from
/// mpmath at 50-70 digits): one array of cases per section, each case a dictionary of doubles.
enum DistributionFixture {
    static let sections: [String: [[String: Double]]] = {
        do {
            return try loadJSONFixture([String: [[String: Double]]].self, "distributions.json", in: "StatisticsTests")
        } catch {
            fatalError("cannot read distributions.json: \(error)")
        }
    }()

    static func cases(_ section: String) -> [[String: Double]] {
        guard let cases = sections[section], !cases.isEmpty else {
            fatalError("distributions.json has no section '\(section)'")
        }
        return cases
    }
}

extension Dictionary where Key == String, Value == Double {
    /// The value of a field the fixture always writes.
    subscript(required key: String) -> Double {
        guard let value = self[key] else { fatalError("fixture case \(self) lacks '\(key)'") }
        return value
    }
}

/// Relative tolerance for a probability or density that is computed as `exp(-E)` times moderate
/// factors, `E = |log value|`: the rounding of the exponent (about `eps · E`) becomes a relative error
/// of the result, so no double-precision method can promise better than a few `eps · E` in the far
/// tails. The bound used is `base + 5e-16 · E` — e.g. `1e-14` at 0.5, `1.7e-13` at `1e-150` and
/// `3.6e-13` at `1e-300` — and the observed errors are 2-10 times smaller.
func tailTolerance(_ value: Double, base: Double = 1e-14) -> Double {
    let exponent = abs(log(max(abs(value), Double.leastNormalMagnitude)))
    return base + 5e-16 * exponent
}

/// Whether `actual` matches the fixture's `expected`: to `relative` when `expected` is a normal
/// number; within `absolute` (default: 4 subnormal steps) when it is 0 or subnormal, where relative
/// precision does not exist.
func matches(
    _ actual: Double, _ expected: Double, relative: Double, absolute: Double = 4 * Double.leastNonzeroMagnitude
) -> Bool {
    if abs(expected) < Double.leastNormalMagnitude {
        return abs(actual - expected) <= Swift.max(absolute, 4 * Double.leastNonzeroMagnitude)
    }
    return actual.isApproximatelyEqual(to: expected, relativeTolerance: relative, absoluteTolerance: absolute)
}

/// `unit roundoff` of doubles, 2^-53.
let unitRoundoff = 0x1p-53
