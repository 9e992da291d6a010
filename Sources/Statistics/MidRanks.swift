/// Ranks `1...n` of `values`, with tied values given the average of the ranks they span
/// ("mid-ranks", scipy's `rankdata(method='average')`).
///
/// ```
/// rank(x_i) = #{j : x_j < x_i} + (#{j : x_j = x_i} + 1) / 2
/// ```
/// The Mann-Whitney form of the AUC and the DeLong variance are built on these ranks.
///
/// NaN policy: NaN values are ranked after every number (after `+inf`) and tied with each other, so
/// `m` NaNs all get rank `n - (m - 1)/2`; the ranks of the other values are those they would have
/// without the NaNs. The result does not depend on the order of equal values (the ranks of a tie
/// group are averaged), so it is deterministic.
///
/// - Returns: one rank per value, in input order; empty for empty input.
/// - Complexity: `O(n log n)`.
public func midRanks(_ values: [Double]) -> [Double] {
    let n = values.count
    var ranks = [Double](repeating: 0, count: n)
    var numbered: [(value: Double, index: Int)] = []
    numbered.reserveCapacity(n)
    var nanIndices: [Int] = []
    for (index, value) in values.enumerated() {
        if value.isNaN { nanIndices.append(index) } else { numbered.append((value, index)) }
    }
    numbered.sort { $0.value < $1.value }
    var start = 0
    while start < numbered.count {
        var end = start + 1
        while end < numbered.count && numbered[end].value == numbered[start].value { end += 1 }
        // Positions start..<end hold ranks start+1 ... end.
        let rank = 0.5 * Double(start + 1 + end)
        for k in start..<end { ranks[numbered[k].index] = rank }
        start = end
    }
    if !nanIndices.isEmpty {
        let rank = 0.5 * Double(numbered.count + 1 + n)
        for index in nanIndices { ranks[index] = rank }
    }
    return ranks
}
