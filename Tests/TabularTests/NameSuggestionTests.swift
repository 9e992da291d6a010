import Testing

@testable import Tabular

@Suite struct NameSuggestionTests {
    @Test func suggestsTheClosestName() {
        let names = ["customer_id", "income", "age", "default_flag"]
        #expect(closestName(to: "incme", among: names) == "income")
        #expect(closestName(to: "INCOME", among: names) == "income")
        #expect(closestName(to: "customerid", among: names) == "customer_id")
        #expect(closestName(to: "ag", among: names) == "age")
        #expect(closestName(to: "zzzz", among: names) == nil)
        #expect(closestName(to: "x", among: []) == nil)
        #expect(closestName(to: "收人", among: ["收入", "客户"]) == "收入")
    }

    @Test func editDistance() {
        #expect(Tabular.editDistance(Array("kitten"), Array("sitting")) == 3)
        #expect(Tabular.editDistance(Array(""), Array("abc")) == 3)
        #expect(Tabular.editDistance(Array("abc"), Array("abc")) == 0)
        #expect(Tabular.editDistance(Array("ab"), Array("ba")) == 2)
    }

    @Test func tiesGoToTheEarlierName() {
        #expect(closestName(to: "ab", among: ["ac", "ad"]) == "ac")
    }
}
