/// An ``OutputSink`` writing to a file descriptor through a fixed-size buffer.
///
/// Bytes collect in a buffer of `bufferCapacity` bytes, written with `write(2)` when full, on
/// `flush()`, or after every write call when `flushesEveryWrite` is set (standard error, and
/// standard output on a terminal). A single write larger than the buffer goes straight to the
/// descriptor. The sink neither closes the descriptor nor flushes on release: call `flush()`
/// when done (`CredoCommandLine.main` does for standard output and standard error).
public final class FileDescriptorOutputSink: OutputSink {
    /// The descriptor written to.
    public let fileDescriptor: Int32
    /// How messages name the destination, e.g. "standard output".
    public let name: String
    public let isTerminal: Bool
    private let bufferCapacity: Int
    private let flushesEveryWrite: Bool
    private var buffer: [UInt8]
    private var failure: OutputError?

    /// - Parameters:
    ///   - fileDescriptor: an open descriptor; the sink never closes it.
    ///   - name: names the destination in error messages.
    ///   - bufferCapacity: bytes held before a `write(2)`; must be positive.
    ///   - flushesEveryWrite: write through after every call (unbuffered, for messages and terminals).
    public init(fileDescriptor: Int32, name: String, bufferCapacity: Int = 1 << 16, flushesEveryWrite: Bool = false) {
        precondition(bufferCapacity > 0, "the buffer capacity must be positive")
        self.fileDescriptor = fileDescriptor
        self.name = name
        self.bufferCapacity = bufferCapacity
        self.flushesEveryWrite = flushesEveryWrite
        self.isTerminal = systemIsTerminal(fileDescriptor)
        self.buffer = []
        buffer.reserveCapacity(bufferCapacity)
    }

    /// The process's standard output: buffered, or written through when it is a terminal.
    public static func standardOutput() -> FileDescriptorOutputSink {
        FileDescriptorOutputSink(
            fileDescriptor: StandardDescriptor.output, name: "standard output",
            flushesEveryWrite: systemIsTerminal(StandardDescriptor.output))
    }

    /// The process's standard error: written through after every call, as stderr should be.
    public static func standardError() -> FileDescriptorOutputSink {
        FileDescriptorOutputSink(
            fileDescriptor: StandardDescriptor.error, name: "standard error", flushesEveryWrite: true)
    }

    public func write<Bytes: Collection<UInt8>>(bytes: Bytes) {
        guard failure == nil else { return }
        let written: Void? = bytes.withContiguousStorageIfAvailable { contiguous in
            if buffer.count + contiguous.count > bufferCapacity { drain() }
            if contiguous.count >= bufferCapacity {
                writeAll(UnsafeRawBufferPointer(contiguous))
            } else {
                buffer.append(contentsOf: contiguous)
            }
        }
        if written == nil {
            for byte in bytes {
                if buffer.count == bufferCapacity { drain() }
                buffer.append(byte)
            }
        }
        if flushesEveryWrite { drain() }
    }

    public func flush() throws {
        drain()
        if let failure { throw failure }
    }

    /// Writes the buffer and empties it, keeping its storage.
    private func drain() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { writeAll($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes every byte, remembering the first failure.
    private func writeAll(_ bytes: UnsafeRawBufferPointer) {
        guard failure == nil else { return }
        if let errorNumber = systemWriteAll(fileDescriptor, bytes) {
            failure = OutputError(destination: name, errorNumber: errorNumber)
        }
    }
}
