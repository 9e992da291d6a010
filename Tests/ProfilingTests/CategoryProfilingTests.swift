import Tabular
import Testing

@testable import Profiling

@Suite struct CategoryProfilingTests {
    @Test func tiesAreRankedByTheValuesBytes() {
        // b, a, 北, B all twice; Z once. Byte order: "B" < "a" < "b" < "北".
        let column = CategoricalColumn(
            name: "c", codes: [0, 1, 2, 3, 0, 1, 2, 3, 4, -1], levels: ["b", "a", "北", "B", "Z"])
        let counts = ValueCounts(column, labels: nil)
        let ranking = counts.ranking()
        #expect(ranking.map { counts.values[$0] } == ["B", "a", "b", "北", "Z"])
        let summary = counts.summary(top: 2, rowCount: 10, ranking: ranking)
        #expect(summary.top == [.init(value: "B", count: 2, share: 0.2), .init(value: "a", count: 2, share: 0.2)])
        #expect(summary.otherValueCount == 3 && summary.otherRowCount == 5)
        #expect(counts.missingCount == 1 && counts.distinctCount == 5)
    }

    @Test func levelsWithoutRowsAreNotValues() {
        let column = CategoricalColumn(name: "c", codes: [1, 1], levels: ["never", "seen"])
        let counts = ValueCounts(column, labels: nil)
        #expect(counts.distinctCount == 1 && counts.ranking().map { counts.values[$0] } == ["seen"])
    }

    @Test func textMissingTokensAreMovedOut() {
        let column = TextColumn(name: "t", values: ["x", "NA", "y", "", "x", "null"])
        let counts = ValueCounts(column, missingTokens: ["", "NA"], labels: [1, 0, 0, 1, .nan, 1])
        #expect(counts.missingCount == 2)
        #expect(Set(counts.values) == ["x", "y", "null"], "only the given tokens are missing")
        #expect(counts.missingBads == 1 && counts.missingGoods == 1)
        let x = counts.values.firstIndex(of: "x")!
        #expect(counts.counts[x] == 2 && counts.bads[x] == 1 && counts.goods[x] == 0)
    }

    @Test func badRateGroupsAreTopOtherMissing() {
        let column = CategoricalColumn(name: "c", codes: [0, 0, 0, 1, 1, 2, -1], levels: ["a", "b", "c"])
        let counts = ValueCounts(column, labels: [1, 0, 0, 1, 1, 0, 1])
        let table = counts.badRates(top: 1, ranking: counts.ranking())
        #expect(table.rows.map(\.group) == [.category("a"), .otherCategories(count: 2), .missing])
        #expect(table.rows.map(\.badCount) == [1, 2, 1])
        #expect(table.rows.map(\.goodCount) == [2, 1, 0])
        #expect(table.rows[2].isSmoothed)
    }
}
