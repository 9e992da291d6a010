/// A byte-oriented, buffered destination for a command's output (standard output, standard error).
///
/// Write as you go; never build a large output as one `String`. Writes do not throw: the first
/// failure is remembered, later writes are dropped, and `flush()` throws it (``OutputError``, exit
/// 74). `CredoCommandLine.main` flushes both sinks when the command returns; a long streaming
/// command may call `try context.stdout.flush()` now and then to stop early on a failed write.
///
/// Sinks are owned by one thread: a command running work in parallel collects each worker's
/// output and writes it from the thread that called `run`.
public protocol OutputSink: AnyObject {
    /// Appends bytes (already UTF-8 for text). Contiguous collections (`[UInt8]`, `ArraySlice`,
    /// `Data`, a `String`'s UTF-8 view where contiguous) are copied in one step.
    func write<Bytes: Collection<UInt8>>(bytes: Bytes)
    /// Writes everything buffered; throws the first write failure, if any.
    func flush() throws
    /// Whether the destination is a terminal (isatty). Memory sinks say no unless told otherwise.
    var isTerminal: Bool { get }
}

extension OutputSink {
    /// Appends the UTF-8 bytes of `string`.
    public func write(_ string: String) {
        var string = string
        string.withUTF8 { write(bytes: $0) }
    }

    /// Appends `line` and a newline.
    public func writeLine(_ line: String = "") {
        var line = line
        line.append("\n")
        write(line)
    }

    public var isTerminal: Bool { false }
}
