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
