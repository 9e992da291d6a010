import Tabular
import Testing

@testable import Profiling

@Suite struct ParallelWorkTests {
    @Test(arguments: [1, 2, 8])
    func everyItemRunsOnceWithItsThreadsState(threads: Int) {
        let slots = ResultSlots<Int>(count: 100)
        ParallelWork.run(count: 100, threads: threads, makeState: { NumericScratch() }) { item, scratch in
            scratch.reserve(item + 1)
            slots[item] = item * item + (scratch.keys.count > item ? 0 : 1_000_000)
        }
        #expect((0..<100).map { slots[$0] } == (0..<100).map { $0 * $0 })
    }

    @Test func noItems() {
        ParallelWork.run(count: 0, threads: 4, makeState: { 0 }) { _, _ in Issue.record("no item should run") }
    }
}

@Suite struct NumericChecksumTests {
    @Test func sumsEveryNumericValueSkippingMissing() {
        let dataset = Dataset(columns: [
            .numeric(NumericColumn(name: "a", values: [1, 2, .nan, 4, 5, 6.5])),
            .text(TextColumn(name: "t", values: ["1", "2", "3", "4", "5", "6"])),
            .numeric(NumericColumn(name: "b", values: [-1, .nan, .nan, 0.25, 0, 10])),
        ])
        #expect(numericChecksum(of: dataset) == 18.5 + 9.25)
        #expect(numericChecksum(of: dataset, maxThreads: 1) == numericChecksum(of: dataset, maxThreads: 3))
        #expect(numericChecksum(of: Dataset(columns: [])) == 0)
    }
}
