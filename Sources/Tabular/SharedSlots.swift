/// One slot per work item of a `ParallelWork` run, written by whichever thread runs the item
/// (each slot by one thread only) and read once all threads are done.
///
/// The slots live in raw storage, so writing one never touches another's memory (an `Array`
/// shared by the threads would check and possibly copy its buffer on every write).
public final class SharedSlots<T>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<T>
    /// The number of slots.
    public let count: Int

    /// Slots holding `values`.
    public init(_ values: [T]) {
        storage = .allocate(capacity: max(values.count, 1))
        _ = storage.initialize(from: values)
        count = values.count
    }

    /// `count` slots holding `value`.
    public convenience init(repeating value: T, count: Int) {
        self.init(Array(repeating: value, count: count))
    }

    public subscript(slot: Int) -> T {
        get { storage[slot] }
        set { storage[slot] = newValue }
    }

    /// The slots, once the threads are done.
    public var values: [T] { Array(storage.prefix(count)) }

    deinit {
        storage.baseAddress!.deinitialize(count: count)
        storage.deallocate()
    }
}

extension SharedSlots where T: ExpressibleByNilLiteral {
    /// `count` empty slots (results not yet written).
    public convenience init(count: Int) {
        self.init(repeating: nil, count: count)
    }
}
