/// An ``InputSource`` over bytes held in memory (tests; an empty standard input).
public final class MemoryInputSource: InputSource {
    private let bytes: [UInt8]
    private var position = 0
    public let isTerminal: Bool

    public init(bytes: [UInt8], isTerminal: Bool = false) {
        self.bytes = bytes
        self.isTerminal = isTerminal
    }

    /// The UTF-8 bytes of `text`.
    public convenience init(_ text: String) {
        self.init(bytes: Array(text.utf8))
    }

    public func read(into buffer: inout [UInt8], maximumCount: Int) throws -> Int {
        precondition(maximumCount > 0, "maximumCount must be positive")
        let end = min(bytes.count, position + maximumCount)
        buffer.append(contentsOf: bytes[position..<end])
        let count = end - position
        position = end
        return count
    }
}
