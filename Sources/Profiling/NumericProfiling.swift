import Statistics

/// Buffers one thread reuses across the numeric columns it profiles (fresh memory costs page
/// faults on every first touch; reused memory does not).
final class NumericScratch {
    var keys: [UInt64] = []
    var other: [UInt64] = []
    var present: [Double] = []
    var sorted: [Double] = []

    /// Makes room for `count` values.
    func reserve(_ count: Int) {
        if keys.count < count {
            keys = [UInt64](repeating: 0, count: count)
            other = [UInt64](repeating: 0, count: count)
            present = [Double](repeating: 0, count: count)
            sorted.reserveCapacity(count)
        }
    }
}

/// What one pass over a numeric column's sorted values gives.
struct NumericFacts {
    var summary: NumericSummary
    var distinctCount: Int
    var missingCount: Int
    /// The quantile bucket edges (see `quantileBucketEdges`).
    var edges: [Double]
}

/// Profiles the values of a numeric column (NaN = missing).
///
/// - Mean and standard deviation as numpy computes them for the non-missing values (two passes,
///   each a pairwise sum, so the results agree with numpy to the last bit in ordinary cases):
///   ```
///   mean = pairwise Σ x_i / n,   std = √( pairwise Σ (x_i - mean)² / (n - 1) )
///   ```
///   A constant column has mean exactly its value and std exactly 0.
/// - The values are sorted once (`RadixSort`); the quantiles (numpy 'linear'), the minimum, the
///   maximum, the number of distinct values and the bucket edges are read off the sorted keys.
///
/// - Complexity: O(n) time; the scratch buffers as memory.
func profileNumeric(_ values: [Double], bucketCount: Int, scratch: NumericScratch) -> NumericFacts {
    scratch.reserve(values.count)
    var count = 0
    var zeros = 0
    let sorted: UnsafeMutableBufferPointer<UInt64> = values.withUnsafeBufferPointer { input in
        scratch.keys.withUnsafeMutableBufferPointer { keys in
            scratch.other.withUnsafeMutableBufferPointer { other in
                scratch.present.withUnsafeMutableBufferPointer { present in
                    // Branch-free: every value is written, and the count moves on only past a number.
                    for x in input {
                        keys[count] = RadixSort.key(x + 0)  // -0 + 0 = +0: one key for zero
                        present[count] = x
                        count &+= x.isNaN ? 0 : 1
                        zeros &+= x == 0 ? 1 : 0
                    }
                }
                let used = UnsafeMutableBufferPointer(rebasing: keys[0..<count])
                let spare = UnsafeMutableBufferPointer(rebasing: other[0..<count])
                return RadixSort.sort(used, scratch: spare) ? spare : used
            }
        }
    }
    // Distinct keys, then the keys turned back into doubles, in place.
    var distinct = 0
    var previous: UInt64 = 0
    for index in 0..<count {
        let key = sorted[index]
        if index == 0 || key != previous { distinct += 1 }
        previous = key
        sorted[index] = RadixSort.value(ofKey: key).bitPattern
    }
    scratch.sorted.removeAll(keepingCapacity: true)
    sorted.withMemoryRebound(to: Double.self) { scratch.sorted.append(contentsOf: $0) }
    let ordered = scratch.sorted

    let (mean, deviation) = scratch.present.withUnsafeBufferPointer { present in
        meanAndDeviation(UnsafeBufferPointer(rebasing: present[0..<count]), ordered: ordered)
    }
    let quantiles = ProfileOptions.quantileProbabilities.map { p in
        NumericSummary.Quantile(probability: p, value: quantile(sorted: ordered, p, method: .linear))
    }
    let summary = NumericSummary(
        minimum: ordered.first ?? .nan, maximum: ordered.last ?? .nan, mean: mean, standardDeviation: deviation,
        quantiles: quantiles, zeroCount: zeros)
    return NumericFacts(
        summary: summary, distinctCount: distinct, missingCount: values.count - count,
        edges: quantileBucketEdges(sorted: ordered, bucketCount: bucketCount))
}

/// numpy's mean and `std(ddof=1)` of `values` (no NaN); see `profileNumeric`.
private func meanAndDeviation(_ values: UnsafeBufferPointer<Double>, ordered: [Double]) -> (Double, Double) {
    let n = values.count
    guard n > 0 else { return (.nan, .nan) }
    if ordered[0] == ordered[n - 1] && ordered[0].isFinite { return (ordered[0], n > 1 ? 0 : .nan) }
    let mean = pairwiseSum(values) { $0 } / Double(n)
    guard n > 1 else { return (mean, .nan) }
    let squares = pairwiseSum(values) { x in
        let d = x - mean
        return d * d
    }
    return (mean, (squares / Double(n - 1)).squareRoot())
}

/// The edges of up to `bucketCount` quantile buckets over sorted values: the order statistics
///
/// ```
/// c_k = x_(⌈k n / B⌉),   k = 1 ... B - 1   (0-based order statistics)
/// ```
/// with repeats and any edge equal to the minimum dropped. The buckets are the left-closed,
/// right-open intervals `[-inf, c_1), [c_1, c_2), ..., [c_m, +inf)` (CONVENTIONS.md): without ties
/// bucket k holds the values at positions `⌈(k-1) n / B⌉ ..< ⌈k n / B⌉`, so bucket sizes differ
/// by at most one; equal values always share a bucket, so ties give fewer, larger buckets.
func quantileBucketEdges(sorted: [Double], bucketCount: Int) -> [Double] {
    let n = sorted.count
    var edges: [Double] = []
    for k in 1..<max(bucketCount, 1) {
        let position = (k * n + bucketCount - 1) / bucketCount
        guard position < n else { break }
        let edge = sorted[position]
        if edge > sorted[0] && edge > (edges.last ?? -.infinity) { edges.append(edge) }
    }
    return edges
}

