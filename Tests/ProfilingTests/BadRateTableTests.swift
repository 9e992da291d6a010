import Foundation
import Testing

@testable import Profiling

@Suite struct BadRateTableTests {
    @Test func rowsCarryCountsRatesAndEvidence() {
        let table = BadRateTable(groups: [(.category("a"), 10, 90), (.missing, 0, 0), (.otherCategories(count: 2), 30, 70)])
        #expect(table.rows.map(\.count) == [100, 0, 100])
        #expect(table.rows[0].badRate == 0.1 && table.rows[1].badRate.isNaN)
        #expect(table.rows[2].weightOfEvidence == log((70.0 / 160) / (30.0 / 40)))
        #expect(table.strength == .strong)
    }

    @Test(arguments: [
        (0.0, InformationValueStrength.useless), (0.0199, .useless), (0.02, .weak), (0.0999, .weak), (0.1, .medium),
        (0.3, .medium), (0.3001, .strong), (5, .strong),
    ])
    func ruleOfThumbBands(iv: Double, strength: InformationValueStrength) {
        #expect(InformationValueStrength(iv) == strength)
    }

    @Test func nanHasNoBand() {
        #expect(InformationValueStrength(.nan) == nil)
    }
}
