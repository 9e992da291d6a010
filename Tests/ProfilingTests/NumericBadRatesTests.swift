import TestSupport
import Testing

@testable import Profiling

@Suite struct NumericBadRatesTests {
    @Test(arguments: [3, 10, 17, 40])
    func badRatesCountEveryLabelledRowOnce(buckets: Int) {
        // Many buckets take the binary search, few the comparison count; both must agree with a
        // direct count over the intervals.
        var generator = SplitMix64(seed: UInt64(buckets))
        let values: [Double] = (0..<3_000).map { _ in
            generator.next() % 10 == 0 ? .nan : Double(generator.next() % 500) / 7
        }
        let labels: [Double] = (0..<3_000).map { _ in [0, 1, 1, 0, .nan][Int(generator.next() % 5)] }
        let facts = profileNumeric(values, bucketCount: buckets, scratch: NumericScratch())
        let table = numericBadRates(values, labels: labels, edges: facts.edges)
        #expect(table.rows.count == facts.edges.count + 2)
        for row in table.rows {
            let inGroup: (Double) -> Bool
            switch row.group {
            case .interval(let lower, let upper): inGroup = { !$0.isNaN && $0 >= lower && $0 < upper }
            case .missing: inGroup = { $0.isNaN }
            default: Issue.record("unexpected group \(row.group)"); return
            }
            let rows = values.indices.filter { inGroup(values[$0]) }
            #expect(row.badCount == rows.filter { labels[$0] == 1 }.count)
            #expect(row.goodCount == rows.filter { labels[$0] == 0 }.count)
        }
    }

    @Test func allMissingColumnHasOnlyTheMissingGroup() {
        let table = numericBadRates([.nan, .nan, .nan], labels: [1, 0, .nan], edges: [])
        #expect(table.rows.map(\.group) == [.missing])
        #expect(table.rows[0].badCount == 1 && table.rows[0].goodCount == 1)
        #expect(table.informationValue == 0)
    }
}
