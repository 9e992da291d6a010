/// A reused read buffer over an input: the unparsed bytes are [start, filled).
///
/// It is filled with `read(2)` and grows only when the unparsed data fills more than half of it
/// (one record, or the inference sample, larger than the buffer), so memory stays bounded by the
/// largest record or sample. (Mapping a regular file instead was measured slower for streaming:
/// page faults and releasing pages cost more than the kernel's copy.)
final class StreamBuffer {
    let input: InputFile
    private(set) var base: UnsafeMutablePointer<UInt8>
    /// Bytes the buffer can hold; `padding` more are allocated for the LF appended at the end and
    /// the scanner's read-ahead (`FieldScanner.readablePadding`).
    private(set) var capacity: Int
    private static let padding = 1 + FieldScanner.readablePadding
    /// The first unparsed byte.
    var start = 0
    /// One past the last byte read.
    private(set) var filled = 0
    /// Whether the input has no more bytes.
    private(set) var reachedEndOfInput = false
    /// Bytes moved out of the front of the buffer so far.
    private var discarded = 0

    /// The offset in the input of the first unparsed byte (counting a skipped byte-order mark).
    var position: Int { discarded + start }

    /// A read buffer of `capacity` bytes over `input`.
    init(input: InputFile, capacity: Int) {
        precondition(capacity >= 1, "the buffer must hold at least one byte")
        self.input = input
        self.capacity = capacity
        self.base = .allocate(capacity: capacity + Self.padding)
    }

    deinit {
        base.deallocate()
    }

    /// Skips a UTF-8 byte-order mark at the start of the input.
    func skipByteOrderMark() throws(TabularError) {
        while filled < 3 && !reachedEndOfInput { try fill() }
        if filled >= 3 && base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF { start = 3 }
    }

    /// The end of the parseable region (just after the last LF of the unparsed data) and whether
    /// the input has no more bytes. At the end of the input a missing final LF is appended.
    func parseRegion() -> (end: Int, atEndOfData: Bool) {
        if reachedEndOfInput {
            if filled > start && base[filled - 1] != ASCII.lineFeed {
                base[filled] = ASCII.lineFeed
                filled += 1
            }
            return (filled, true)
        }
        let data = UnsafePointer(base)
        guard let last = FieldScanner.lastLineFeed(in: data + start, data + filled) else { return (start, false) }
        return (last + 1 - data, false)
    }

    /// Reads more input after the unparsed data. When the buffer is full, the unparsed data is
    /// first moved to the front. The buffer grows when the unparsed data fills more than half of it
    /// (so moves stay rare) or fills it entirely: never for data already parsed, however short the
    /// reads (a pipe gives 64 KiB at a time). Offsets relative to `start` stay valid; absolute
    /// offsets and pointers do not.
    func fill() throws(TabularError) {
        precondition(!reachedEndOfInput, "no input is left to read")
        if filled == capacity && start > 0 {
            let unparsed = filled - start
            if unparsed > 0 { base.update(from: base + start, count: unparsed) }
            discarded += start
            filled = unparsed
            start = 0
        }
        if filled - start > capacity / 2 || filled == capacity {
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2 + Self.padding)
            grown.update(from: base, count: filled)
            base.deallocate()
            base = grown
            capacity *= 2
        }
        let n = try input.read(into: base + filled, count: capacity - filled)
        if n == 0 { reachedEndOfInput = true } else { filled += n }
    }

    /// Reads until the unparsed data holds at least `bytes` bytes or the input ends (the buffer
    /// grows to about twice `bytes` at most when that is larger than it).
    func fill(toHold bytes: Int) throws(TabularError) {
        while !reachedEndOfInput && filled - start < bytes { try fill() }
    }
}
