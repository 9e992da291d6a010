/// The bad-rate table of a numeric column: one group per quantile bucket (`edges` from
/// `quantileBucketEdges`), then the missing rows when there are any.
///
/// - Complexity: O(n log edges), without data-dependent branches in the row loop.
func numericBadRates(_ values: [Double], labels: [Double], edges: [Double]) -> BadRateTable {
    precondition(values.count == labels.count, "one label per value")
    let missingSlot = edges.count + 1
    // The edges padded with NaN to 2^k - 1 entries, for the binary search: `x >= NaN`
    // is false, so padding behaves as an edge above every value (+inf included).
    var width = 1
    while width - 1 < edges.count { width <<= 1 }
    let padded = edges + [Double](repeating: .nan, count: width - 1 - edges.count)
    // Per slot (buckets, then missing): good, bad, unlabelled.
    var counts = [Int](repeating: 0, count: 3 * (missingSlot + 1))
    let edgeCount = edges.count
    counts.withUnsafeMutableBufferPointer { counts in
        padded.withUnsafeBufferPointer { edges in
            values.withUnsafeBufferPointer { values in
                labels.withUnsafeBufferPointer { labels in
                    for row in 0..<values.count {
                        let x = values[row]
                        let label = labels[row]
                        // The number of edges <= x: a count of comparisons for a few edges (no
                        // branch to mispredict), a binary search for many.
                        var base = 0
                        if width <= 16 {
                            for index in 0..<edgeCount {
                                base &+= Int(unsafeBitCast(x >= edges[index], to: UInt8.self))
                            }
                        } else {
                            // After each step, `base` edges are known to be <= x.
                            var size = width
                            while size > 1 {
                                let half = size >> 1
                                if x >= edges[base &+ half &- 1] { base &+= half }
                                size &-= half
                            }
                        }
                        let isMissing = Int(unsafeBitCast(x.isNaN, to: UInt8.self))
                        let slot = base &+ (missingSlot &- base) & (0 &- isMissing)
                        let isGood = Int(unsafeBitCast(label == 0, to: UInt8.self))
                        let isBad = Int(unsafeBitCast(label == 1, to: UInt8.self))
                        let outcome = 2 &- 2 &* isGood &- isBad
                        counts[3 &* slot &+ outcome] &+= 1
                    }
                }
            }
        }
    }
    let missingRows = counts[3 * missingSlot] + counts[3 * missingSlot + 1] + counts[3 * missingSlot + 2]
    var groups: [(group: BadRateTable.Group, badCount: Int, goodCount: Int)] = []
    // Without any value there is no interval, only the missing group.
    if missingRows < values.count {
        for slot in 0..<missingSlot {
            let lower = slot == 0 ? -Double.infinity : edges[slot - 1]
            let upper = slot == edges.count ? Double.infinity : edges[slot]
            groups.append((.interval(lower: lower, upper: upper), counts[3 * slot + 1], counts[3 * slot]))
        }
    }
    if missingRows > 0 { groups.append((.missing, counts[3 * missingSlot + 1], counts[3 * missingSlot])) }
    return BadRateTable(groups: groups)
}
