import Foundation
import Testing

@testable import Profiling

@Suite struct WeightOfEvidenceTests {
    @Test func plainCountsFollowTheConvention() {
        // Two groups: (bad, good) = (10, 90), (30, 70); B = 40, G = 160.
        let evidence = WeightOfEvidence(counts: [(10, 90), (30, 70)])
        let woe1 = log((90.0 / 160) / (10.0 / 40))
        let woe2 = log((70.0 / 160) / (30.0 / 40))
        #expect(evidence.weights == [woe1, woe2])
        #expect(woe1 > 0, "a low-risk group has a positive WoE (Siddiqi sign)")
        let iv = (90.0 / 160 - 10.0 / 40) * woe1 + (70.0 / 160 - 30.0 / 40) * woe2
        #expect(evidence.informationValue.isApproximatelyEqual(to: iv, relativeTolerance: 1e-15))
        #expect(evidence.isSmoothed == [false, false])
    }

    @Test func emptyCellIsSmoothedAndTotalsRecomputed() {
        // Group 2 has no bads: 0.5 is added to both of its counts; B = 5.5, G = 10.5.
        let evidence = WeightOfEvidence(counts: [(5, 5), (0, 5)])
        #expect(evidence.isSmoothed == [false, true])
        let expected = [log((5.0 / 10.5) / (5.0 / 5.5)), log((5.5 / 10.5) / (0.5 / 5.5))]
        #expect(zip(evidence.weights, expected).allSatisfy { $0.isApproximatelyEqual(to: $1, relativeTolerance: 1e-15) })
        let iv = (5.0 / 10.5 - 5.0 / 5.5) * expected[0] + (5.5 / 10.5 - 0.5 / 5.5) * expected[1]
        #expect(evidence.informationValue.isApproximatelyEqual(to: iv, relativeTolerance: 1e-15))
    }

    @Test func groupsWithoutRowsTakeNoPart() {
        let evidence = WeightOfEvidence(counts: [(3, 7), (0, 0), (7, 3)])
        #expect(evidence.weights[1].isNaN && !evidence.isSmoothed[1])
        let other = WeightOfEvidence(counts: [(3, 7), (7, 3)])
        #expect(evidence.informationValue == other.informationValue)
    }

    @Test func noBadsOrNoGoodsLeaveEverythingUndefined() {
        for counts in [[(0, 5), (0, 3)], [(4, 0)], []] as [[(bad: Int, good: Int)]] {
            let evidence = WeightOfEvidence(counts: counts)
            #expect(evidence.informationValue.isNaN)
            #expect(evidence.weights.allSatisfy { $0.isNaN })
        }
    }

    @Test func oneGroupHasNoInformation() {
        let evidence = WeightOfEvidence(counts: [(30, 70)])
        #expect(evidence.weights == [0] && evidence.informationValue == 0)
    }
}
