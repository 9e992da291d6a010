import Foundation

/// Weight of evidence of each group and the information value, under Credo's convention
/// (CONVENTIONS.md, the Siddiqi / SAS sign):
///
/// ```
/// WoE_i = ln( (g_i / G) / (b_i / B) )            higher WoE = lower risk
/// IV    = Σ_i (g_i / G - b_i / B) · WoE_i
/// ```
/// where `g_i`, `b_i` are the goods and bads of group `i` and `G`, `B` their totals. A group with
/// no goods or no bads (but some rows) gets 0.5 added to both of its counts, and `G` and `B` are
/// recomputed from the smoothed counts. Groups without any row take no part (their WoE is NaN).
/// When the data has no bads or no goods at all, every WoE and the IV are NaN.
///
/// Reference: N. Siddiqi (2006), *Credit Risk Scorecards*, Wiley, ch. 6.
struct WeightOfEvidence {
    let weights: [Double]
    let isSmoothed: [Bool]
    let informationValue: Double

    init(counts: [(bad: Int, good: Int)]) {
        let totalBad = counts.reduce(0) { $0 + $1.bad }
        let totalGood = counts.reduce(0) { $0 + $1.good }
        guard totalBad > 0, totalGood > 0 else {
            weights = counts.map { _ in .nan }
            isSmoothed = counts.map { _ in false }
            informationValue = .nan
            return
        }
        var smoothed = counts.map { (bad: Double($0.bad), good: Double($0.good)) }
        var flags = [Bool](repeating: false, count: counts.count)
        for index in counts.indices where (counts[index].bad == 0) != (counts[index].good == 0) {
            smoothed[index].bad += 0.5
            smoothed[index].good += 0.5
            flags[index] = true
        }
        let bads = smoothed.reduce(0) { $0 + $1.bad }
        let goods = smoothed.reduce(0) { $0 + $1.good }
        var iv = 0.0
        var woe = [Double](repeating: .nan, count: counts.count)
        for index in counts.indices where smoothed[index].bad > 0 {
            let goodShare = smoothed[index].good / goods
            let badShare = smoothed[index].bad / bads
            woe[index] = log(goodShare / badShare)
            iv += (goodShare - badShare) * woe[index]
        }
        weights = woe
        isSmoothed = flags
        informationValue = iv
    }
}
