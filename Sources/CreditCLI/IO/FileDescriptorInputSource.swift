/// An ``InputSource`` reading a file descriptor with `read(2)`. It never closes the descriptor.
public final class FileDescriptorInputSource: InputSource {
    /// The descriptor read from.
    public let fileDescriptor: Int32
    /// How messages name the source, e.g. "standard input".
    public let name: String
    public let isTerminal: Bool

    public init(fileDescriptor: Int32, name: String) {
        self.fileDescriptor = fileDescriptor
        self.name = name
        self.isTerminal = systemIsTerminal(fileDescriptor)
    }

    /// The process's standard input.
    public static func standardInput() -> FileDescriptorInputSource {
        FileDescriptorInputSource(fileDescriptor: StandardDescriptor.input, name: "standard input")
    }

    public func read(into buffer: inout [UInt8], maximumCount: Int) throws -> Int {
        precondition(maximumCount > 0, "maximumCount must be positive")
        let start = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: maximumCount))
        var received = 0
        var failure: Int32?
        buffer.withUnsafeMutableBytes { storage in
            while true {
                let result = systemRead(fileDescriptor, storage.baseAddress! + start, maximumCount)
                if result >= 0 {
                    received = result
                    return
                }
                let error = systemErrorNumber
                if error != systemInterrupted {
                    failure = error
                    return
                }
            }
        }
        buffer.removeLast(maximumCount - received)
        if let failure { throw InputError(source: name, errorNumber: failure) }
        return received
    }
}
