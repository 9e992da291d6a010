import Testing

@testable import Tabular

@Suite struct ParallelWorkTests {
    /// Scratch memory made once per thread.
    final class Scratch {
        var keys: [Int] = []

        func reserve(_ count: Int) {
            if keys.count < count { keys += Array(repeating: 0, count: count - keys.count) }
        }
    }

    @Test(arguments: [1, 2, 8])
    func everyItemRunsOnceWithItsThreadsState(threads: Int) {
        let slots = SharedSlots<Int?>(count: 100)
        ParallelWork.run(count: 100, threads: threads, makeState: { Scratch() }) { item, scratch in
            scratch.reserve(item + 1)
            slots[item] = item * item + (scratch.keys.count > item ? 0 : 1_000_000)
        }
        #expect((0..<100).map { slots[$0] } == (0..<100).map { $0 * $0 })
    }

    @Test(arguments: [1, 2, 8])
    func everyItemRunsOnceWithoutState(threads: Int) {
        let runs = SharedSlots(repeating: 0, count: 50)
        ParallelWork.run(count: 50, threads: threads) { item in runs[item] += 1 }
        #expect(runs.values == Array(repeating: 1, count: 50))
    }

    @Test func noItems() {
        ParallelWork.run(count: 0, threads: 4, makeState: { 0 }) { _, _ in Issue.record("no item should run") }
        ParallelWork.run(count: 0, threads: 4) { _ in Issue.record("no item should run") }
        #expect(SharedSlots<Int?>(count: 0).values.isEmpty)
    }

    @Test func processorCountIsPositive() {
        #expect(ParallelWork.processorCount >= 1)
    }

    /// Workers writing disjoint indices through a shared pointer.
    @Test func sharedPointerTakesDisjointWrites() {
        var values = [Double](repeating: 0, count: 1000)
        values.withUnsafeMutableBufferPointer { buffer in
            let shared = SharedPointer(base: buffer.baseAddress!)
            ParallelWork.run(count: 10, threads: 2) { part in
                for i in (part * 100)..<((part + 1) * 100) { shared.base[i] = Double(i) }
            }
        }
        #expect(values == (0..<1000).map(Double.init))
    }
}
