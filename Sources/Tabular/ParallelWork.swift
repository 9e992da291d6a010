#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Synchronization

/// Runs `count` independent work items on up to `threads` threads, each thread taking the next
/// item as it finishes one, so a slow item does not hold back the others.
///
/// The one way the libraries spread work over threads (parts of a file, columns of a profile,
/// features of a design, segments of a pass, blocks of a synthetic portfolio). Items must not
/// depend on which thread runs them or in which order: each writes only what belongs to it
/// (`SharedSlots`, `SharedPointer`), so results are the same for every number of threads.
public enum ParallelWork {
    /// The processors online (at least 1): the default number of threads.
    public static var processorCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    /// Calls `body(item)` for every item in `0..<count`, on the calling thread when one thread
    /// (or one item) is enough.
    public static func run(count: Int, threads: Int, _ body: @Sendable (Int) -> Void) {
        run(count: count, threads: threads, makeState: { () }, { item, _ in body(item) })
    }

    /// Calls `body(item, state)` for every item in `0..<count`; each thread makes one `state`
    /// with `makeState` and passes it to every item it runs (scratch buffers).
    public static func run<State>(
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
