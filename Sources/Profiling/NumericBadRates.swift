/// The bad-rate table of a numeric column: one group per quantile bucket (`edges` from
/// `quantileBucketEdges`), then the missing rows when there are any.
///
/// - Complexity: O(n · edges), without data-dependent branches in the row loop.
func numericBadRates(_ values: [Double], labels: [Double], edges: [Double]) -> BadRateTable {
    precondition(values.count == labels.count, "one label per value")
    let missingSlot = edges.count + 1
    // Per slot (buckets, then missing): good, bad, unlabelled.
    var counts = [Int](repeating: 0, count: 3 * (missingSlot + 1))
    counts.withUnsafeMutableBufferPointer { counts in
        edges.withUnsafeBufferPointer { edges in
            values.withUnsafeBufferPointer { values in
                labels.withUnsafeBufferPointer { labels in
                    for row in 0..<values.count {
                        let x = values[row]
                        let label = labels[row]
                        var slot = 0
                        for edge in edges { slot &+= x >= edge ? 1 : 0 }
                        slot = x.isNaN ? missingSlot : slot
                        let outcome = label == 0 ? 0 : (label == 1 ? 1 : 2)
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
