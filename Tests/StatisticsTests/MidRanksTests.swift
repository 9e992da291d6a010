import Testing
import TestSupport
import Statistics

/// `midRanks` against `scipy.stats.rankdata(method='average')`; with NaN, against rankdata of the
/// numbers plus Credo's documented policy (NaNs share the last ranks). Ranks are sums of halves of
/// integers, so they must agree exactly.
@Suite struct MidRanksTests {
    @Test func matchesScipy() {
        let fixture = DescriptiveFixture.shared
        for c in fixture.midRanks {
            let ranks = midRanks(fixture.values(c.data))
            #expect(ranks == c.expected, "\(c.data)")
        }
    }

    @Test func smallCasesByHand() {
        #expect(midRanks([]) == [])
        #expect(midRanks([42]) == [1])
        #expect(midRanks([3, 1, 2]) == [3, 1, 2])
        #expect(midRanks([5, 5, 1, 5]) == [3, 3, 1, 3])
        #expect(midRanks([.nan, 2, .nan, -.infinity, .infinity]) == [4.5, 2, 4.5, 1, 3])
        #expect(midRanks([0.0, -0.0]) == [1.5, 1.5])  // -0 == 0: a tie
    }

    @Test func independentOfInputOrderForTies() {
        var generator = SeededGenerator(seed: 3)
        let values = (0..<10_000).map { _ in Double(generator.nextInt(below: 100)) }
        let ranks = midRanks(values)
        var order = Array(0..<values.count)
        for i in stride(from: order.count - 1, to: 0, by: -1) {
            order.swapAt(i, generator.nextInt(below: i + 1))
        }
        let shuffledRanks = midRanks(order.map { values[$0] })
        #expect(order.map { ranks[$0] } == shuffledRanks)
        // The ranks of n values always sum to n(n+1)/2.
        #expect(ranks.reduce(0, +) == Double(values.count * (values.count + 1) / 2))
    }
}
