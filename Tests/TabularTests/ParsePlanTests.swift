import Testing

@testable import Tabular

@Suite struct ParsePlanTests {
    @Test func mapsFieldPositionsToSlots() {
        let schema = Schema(fields: [
            .init(name: "d", kind: .numeric, position: 3, isDeclared: false),
            .init(name: "a", kind: .text, position: 0, isDeclared: true),
            .init(name: "c", kind: .categorical, position: 2, isDeclared: false),
            .init(name: "e", kind: .numeric, position: 4, isDeclared: false),
        ])
        let plan = ParsePlan(file: "f", header: ["a", "b", "c", "d", "e"], schema: schema, options: CSVOptions())
        #expect(plan.fieldCount == 5)
        #expect(plan.fields.map(\.action) == [.text, .skip, .categorical, .numeric, .numeric])
        #expect(plan.fields.map(\.slot) == [0, -1, 0, 0, 1])
        #expect(plan.fields.map(\.column) == [1, -1, 2, 0, 3])
        #expect(plan.numericColumns == [0, 3])
        #expect(plan.categoricalColumns == [2])
        #expect(plan.textColumns == [1])
    }
}
