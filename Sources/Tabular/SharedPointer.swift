/// A raw pointer that the threads of a `ParallelWork` run write to at disjoint indices (each
/// index by one thread only).
public struct SharedPointer<Pointee>: @unchecked Sendable {
    /// The start of the memory.
    public let base: UnsafeMutablePointer<Pointee>

    public init(base: UnsafeMutablePointer<Pointee>) {
        self.base = base
    }
}
