import Statistics

/// Buffers one thread reuses across the numeric columns it profiles (fresh memory costs page
/// faults on every first touch; reused memory does not).
final class NumericScratch {
    var keys: [UInt64] = []
    var other: [UInt64] = []
    var sorted: [Double] = []

    /// Makes room for `count` values.
    func reserve(_ count: Int) {
        if keys.count < count {
            keys = [UInt64](repeating: 0, count: count)
            other = [UInt64](repeating: 0, count: count)
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
/// - Mean and standard deviation by the corrected two-pass algorithm (Chan, Golub & LeVeque 1983):
///   ```
///   m0 = Σ x_i / n,  d_i = x_i - m0,  mean = m0 + Σ d_i / n,  M2 = Σ d_i² - (Σ d_i)² / n,
///   std = √(M2 / (n - 1))
///   ```
///   whose error does not grow with the size of the mean (unlike `Σx² - (Σx)²/n`).
/// - The values are sorted once (`RadixSort`); the quantiles (numpy 'linear'), the minimum, the
///   maximum, the number of distinct values and the bucket edges are read off the sorted keys.
///
/// Reference: T. F. Chan, G. H. Golub and R. J. LeVeque (1983), "Algorithms for computing the
/// sample variance: analysis and recommendations", *The American Statistician* 37(3), 242-247.
///
/// - Complexity: O(n) time; the scratch buffers as memory.
func profileNumeric(_ values: [Double], bucketCount: Int, scratch: NumericScratch) -> NumericFacts {
    scratch.reserve(values.count)
    var count = 0
    var zeros = 0
    var sum = 0.0
    let sorted: UnsafeMutableBufferPointer<UInt64> = values.withUnsafeBufferPointer { input in
        scratch.keys.withUnsafeMutableBufferPointer { keys in
            scratch.other.withUnsafeMutableBufferPointer { other in
                // Branch-free: every key is written, and the count moves on only past a number.
                var lanes = (0.0, 0.0, 0.0, 0.0)
                var zeroCount = 0
                var index = 0
                let n = input.count
                while index + 4 <= n {
                    let (a, b, c, d) = (input[index], input[index + 1], input[index + 2], input[index + 3])
                    keys[count] = RadixSort.key(a + 0)  // -0 + 0 = +0: one key for zero
                    count &+= a.isNaN ? 0 : 1
                    keys[count] = RadixSort.key(b + 0)
                    count &+= b.isNaN ? 0 : 1
                    keys[count] = RadixSort.key(c + 0)
                    count &+= c.isNaN ? 0 : 1
                    keys[count] = RadixSort.key(d + 0)
                    count &+= d.isNaN ? 0 : 1
                    lanes.0 += a.isNaN ? 0 : a
                    lanes.1 += b.isNaN ? 0 : b
                    lanes.2 += c.isNaN ? 0 : c
                    lanes.3 += d.isNaN ? 0 : d
                    zeroCount &+= (a == 0 ? 1 : 0) &+ (b == 0 ? 1 : 0) &+ (c == 0 ? 1 : 0) &+ (d == 0 ? 1 : 0)
                    index += 4
                }
                while index < n {
                    let x = input[index]
                    index += 1
                    if x.isNaN { continue }
                    zeroCount &+= x == 0 ? 1 : 0
                    keys[count] = RadixSort.key(x + 0)
                    count += 1
                    lanes.0 += x
                }
                zeros = zeroCount
                sum = (lanes.0 + lanes.1) + (lanes.2 + lanes.3)
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

    let (mean, deviation) = meanAndDeviation(values, count: count, sum: sum, ordered: ordered)
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

/// The corrected two-pass mean and sample standard deviation (see `profileNumeric`).
private func meanAndDeviation(_ values: [Double], count: Int, sum: Double, ordered: [Double]) -> (Double, Double) {
    guard count > 0 else { return (.nan, .nan) }
    guard sum.isFinite else { return (sum / Double(count), .nan) }  // infinities
    if ordered.first == ordered.last { return (ordered[0], count > 1 ? 0 : .nan) }
    let n = Double(count)
    let provisional = sum / n
    var (s1, s2) = (0.0, 0.0)
    for x in values where !x.isNaN {
        let d = x - provisional
        s1 += d
        s2 += d * d
    }
    let mean = provisional + s1 / n
    guard count > 1 else { return (mean, .nan) }
    let m2 = max(0, s2 - s1 * s1 / n)
    return (mean, (m2 / (n - 1)).squareRoot())
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

