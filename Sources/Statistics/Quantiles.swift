import Foundation

/// How a quantile between two order statistics is chosen. The names and results are numpy's
/// (`numpy.quantile(..., method:)`, numpy >= 1.22); with `h = (n - 1) p`, `j = ⌊h⌋`, `g = h - j` and
/// the sorted values `x_0 <= ... <= x_{n-1}`:
public enum QuantileMethod: String, Sendable, CaseIterable {
    /// `x_j + g (x_{j+1} - x_j)`: linear interpolation, R's type 7, numpy's default.
    case linear
    /// `x_j`.
    case lower
    /// `x_{⌈h⌉}`.
    case higher
    /// `x_{round(h)}`, halves rounded to the even index (as numpy does).
    case nearest
    /// `(x_j + x_{⌈h⌉}) / 2` (interpolation with weight ½, as numpy computes it).
    case midpoint
}

/// The `p`-quantile of values already sorted in increasing order.
///
/// See `QuantileMethod` for the definitions (Hyndman & Fan 1996; numpy's `quantile`). Linear
/// interpolation is done as numpy does it, from the nearer of the two neighbours, so results agree
/// with numpy to the last bit in ordinary cases.
///
/// - Parameters:
///   - sorted: the values, sorted increasingly and free of NaN (not checked).
///   - p: the probability, in `[0, 1]`.
///   - method: the interpolation rule.
/// - Returns: the quantile; NaN when `sorted` is empty or `p` is NaN or outside `[0, 1]`.
///
/// Reference: R. J. Hyndman and Y. Fan (1996), "Sample quantiles in statistical packages",
/// *The American Statistician* 50(4), 361-365.
public func quantile(sorted: [Double], _ p: Double, method: QuantileMethod = .linear) -> Double {
    guard !sorted.isEmpty, p >= 0, p <= 1 else { return .nan }
    let position = QuantilePosition(count: sorted.count, p: p, method: method)
    return position.value(low: sorted[position.lowIndex], high: sorted[position.highIndex])
}

/// Several quantiles of unsorted values, ignoring NaN.
///
/// NaN values are dropped first (numpy's `nanquantile`). The needed order statistics are then found
/// by selection (quickselect with median-of-three pivots, falling back to sorting a range that
/// partitions badly), which costs `O(n log k)` for `k` probabilities instead of a full sort; the
/// input is not modified.
///
/// - Parameters:
///   - values: the data, in any order.
///   - ps: probabilities in `[0, 1]`.
///   - method: the interpolation rule.
/// - Returns: one quantile per probability, in the order of `ps`; NaN for a probability outside
///   `[0, 1]`, and all NaN when no value is left.
/// - Complexity: `O(n log k)` expected time for `k` distinct probabilities, `O(n)` extra memory.
public func quantiles(_ values: [Double], _ ps: [Double], method: QuantileMethod = .linear) -> [Double] {
    var data = values.filter { !$0.isNaN }
    guard !data.isEmpty else { return ps.map { _ in .nan } }
    let positions = ps.map { p -> QuantilePosition? in
        p >= 0 && p <= 1 ? QuantilePosition(count: data.count, p: p, method: method) : nil
    }
    var ranks = Set<Int>()
    for position in positions.compactMap({ $0 }) {
        ranks.insert(position.lowIndex)
        ranks.insert(position.highIndex)
    }
    selectOrderStatistics(&data, ranks: ranks.sorted())
    return positions.map { position in
        guard let position else { return .nan }
        return position.value(low: data[position.lowIndex], high: data[position.highIndex])
    }
}

/// Where a quantile falls between two order statistics.
struct QuantilePosition {
    var lowIndex: Int
    var highIndex: Int
    /// The interpolation weight of the high neighbour, for `.linear` and `.midpoint`.
    var fraction: Double
    var method: QuantileMethod

    init(count n: Int, p: Double, method: QuantileMethod) {
        self.method = method
        let h = Double(n - 1) * p
        let j = h.rounded(.down)
        let g = h - j
        let low = Swift.min(Int(j), n - 1)
        let high = Swift.min(low + 1, n - 1)
        switch method {
        case .linear:
            (lowIndex, highIndex, fraction) = (low, high, g)
        case .lower:
            (lowIndex, highIndex, fraction) = (low, low, 0)
        case .higher:
            let index = g > 0 ? high : low
            (lowIndex, highIndex, fraction) = (index, index, 0)
        case .nearest:
            let index = Swift.min(Int(h.rounded(.toNearestOrEven)), n - 1)
            (lowIndex, highIndex, fraction) = (index, index, 0)
        case .midpoint:
            (lowIndex, highIndex, fraction) = g > 0 ? (low, high, 0.5) : (low, low, 0)
        }
    }

    func value(low a: Double, high b: Double) -> Double {
        switch method {
        case .lower, .higher, .nearest:
            return a
        case .linear, .midpoint:
            // numpy's _lerp: interpolate from the nearer end (bit-identical to numpy). Unlike numpy,
            // which gives NaN, an infinite neighbour makes the result that infinity (two opposite
            // infinities still give NaN), and equal ends give that end.
            if a == b || fraction == 0 { return a }
            if a.isInfinite || b.isInfinite {
                if a.isInfinite && b.isInfinite { return .nan }
                return a.isInfinite ? a : b
            }
            let difference = b - a
            return fraction >= 0.5 ? b - difference * (1 - fraction) : a + difference * fraction
        }
    }
}
