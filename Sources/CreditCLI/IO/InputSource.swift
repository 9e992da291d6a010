/// A byte-oriented source of input: standard input, or bytes given by a test.
///
/// Read in chunks into a buffer you keep, so memory does not grow with the input:
/// ```swift
/// var chunk: [UInt8] = []
/// while try context.stdin.read(into: &chunk, maximumCount: 1 << 20) > 0 {
///     consume(chunk)
///     chunk.removeAll(keepingCapacity: true)
/// }
/// ```
public protocol InputSource: AnyObject {
    /// Appends up to `maximumCount` bytes to `buffer`.
    /// - Returns: the number of bytes appended; 0 only at the end of the input.
    /// - Throws: ``InputError`` when reading fails.
    func read(into buffer: inout [UInt8], maximumCount: Int) throws -> Int
    /// Whether the source is a terminal (isatty), i.e. a person would have to type the input.
    var isTerminal: Bool { get }
}

extension InputSource {
    public var isTerminal: Bool { false }

    /// The next chunk of at most `maximumCount` bytes; empty at the end of the input.
    public func read(upToCount maximumCount: Int) throws -> [UInt8] {
        var chunk: [UInt8] = []
        _ = try read(into: &chunk, maximumCount: maximumCount)
        return chunk
    }

    /// Everything up to the end of the input. Only for inputs known to be small.
    public func readAll() throws -> [UInt8] {
        var all: [UInt8] = []
        while try read(into: &all, maximumCount: 1 << 16) > 0 {}
        return all
    }
}
