import Dispatch
import Synchronization

/// Runs `count` independent work items on up to `threads` threads, each thread taking the next
/// item as it finishes one, so a slow item does not hold back the others.
enum ParallelWork {
    /// Calls `body(item, state)` for every item in `0..<count`; each thread makes one `state`
    /// with `makeState` and passes it to every item it runs (scratch buffers).
    static func run<State>(
        count: Int, threads: Int, makeState: @Sendable () -> State, _ body: @Sendable (Int, State) -> Void
    ) {
        let workers = max(1, min(threads, count))
        if workers == 1 {
            let state = makeState()
            for item in 0..<count { body(item, state) }
            return
        }
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            let state = makeState()
            while true {
                let item = next.value.add(1, ordering: .relaxed).oldValue
                if item >= count { return }
                body(item, state)
            }
        }
    }

    private final class Counter: Sendable {
        let value = Atomic<Int>(0)
    }
}

/// One result slot per work item, written by whichever thread runs the item (each slot by one
/// thread only) and read once all threads are done.
final class ResultSlots<T>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<T?>

    init(count: Int) {
        storage = .allocate(capacity: max(count, 1))
        storage.initialize(repeating: nil)
    }

    subscript(slot: Int) -> T? {
        get { storage[slot] }
        set { storage[slot] = newValue }
    }

    deinit {
        _ = storage.deinitialize()
        storage.deallocate()
    }
}
