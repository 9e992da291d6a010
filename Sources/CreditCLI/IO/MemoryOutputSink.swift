/// An ``OutputSink`` that keeps everything written in memory: for tests and for building a small
/// output before deciding where it goes.
public final class MemoryOutputSink: OutputSink {
    /// Every byte written so far.
    public private(set) var bytes: [UInt8] = []
    public let isTerminal: Bool

    /// - Parameter isTerminal: what the sink reports as ``isTerminal`` (tests of terminal-only
    ///   behaviour set it to true).
    public init(isTerminal: Bool = false) {
        self.isTerminal = isTerminal
    }

    /// The bytes written so far, decoded as UTF-8 (invalid sequences become U+FFFD).
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    public func write<Bytes: Collection<UInt8>>(bytes newBytes: Bytes) {
        bytes.append(contentsOf: newBytes)
    }

    public func flush() throws {}
}
