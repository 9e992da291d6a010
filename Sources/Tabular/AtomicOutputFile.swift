#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An output file that appears complete or not at all.
///
/// Bytes go to a temporary file in the destination's directory (`.<name>.tmp-<pid>-<random>`);
/// `commit()` renames it over the destination (an atomic replacement on POSIX file systems), and
/// `discard()` — or dropping the object uncommitted, or a failed write — removes it. Readers of
/// the destination therefore never see a half-written file, and a failed run leaves nothing
/// behind (an existing destination is kept unchanged). The new file gets the permissions 0666
/// less the umask. The path `-` writes straight to standard output, and an existing destination
/// that is not a regular file (`/dev/null`, `/dev/stdout`, a named pipe) is written to directly:
/// there is nothing to rename or remove, and replacing a device with a file would be wrong.
///
/// Used for CSV output, model files and reports. Not thread-safe.
public final class AtomicOutputFile {
    /// The destination, as given.
    public let path: String
    private(set) var descriptor: Int32
    /// The temporary file renamed over `path` on commit; nil when writing directly.
    private let temporaryPath: String?
    private var isOpen = true

    /// Whether this writes to standard output.
    public var isStandardOutput: Bool { path == "-" }

    /// Creates the temporary file beside `path` (or prepares standard output for `-`).
    /// - Throws: `TabularError.cannotCreateOutput` naming `path` when its directory is missing or
    ///   unwritable, or `path` is a directory.
    public init(path: String) throws(TabularError) {
        self.path = path
        if path == "-" {
            descriptor = 1
            temporaryPath = nil
            return
        }
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard !name.isEmpty, name != ".", name != ".." else {
            throw .cannotCreateOutput(path: path, reason: "it names a directory, not a file")
        }
        var info = stat()
        if stat(path, &info) == 0 {
            let type = info.st_mode & S_IFMT
            if type == S_IFDIR { throw .cannotCreateOutput(path: path, reason: "it is a directory") }
            if type != S_IFREG {
                // A device or pipe: write to it, never replace it.
                let fd = open(path, O_WRONLY | O_CLOEXEC)
                if fd < 0 { throw .cannotCreateOutput(path: path, reason: systemMessage(errno)) }
                descriptor = fd
                temporaryPath = nil
                return
            }
        }
        let random = String(UInt64.random(in: 0...UInt64.max), radix: 16)
        let temporary = "\(directory)/.\(name).tmp-\(getpid())-\(random)"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        if fd < 0 {
            let code = errno
            var directoryInfo = stat()
            let reason =
                code == ENOENT && stat(directory, &directoryInfo) != 0
                ? "the directory '\(directory)' does not exist" : systemMessage(code)
            throw .cannotCreateOutput(path: path, reason: reason)
        }
        descriptor = fd
        temporaryPath = temporary
    }

    deinit {
        if isOpen { discard() }
    }

    /// Writes `bytes`. On failure the temporary file is removed.
    /// - Throws: `TabularError.io` (disk full, closed pipe, ...).
    public func write(_ bytes: UnsafeRawBufferPointer) throws(TabularError) {
        precondition(isOpen, "the file is already committed or discarded")
        guard var p = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            let n = Glibc.write(descriptor, p, remaining)
            if n < 0 {
                if errno == EINTR { continue }
                let reason = systemMessage(errno)
                discard()
                throw .io(path: path, reason: reason)
            }
            p += n
            remaining -= n
        }
    }

    /// Writes `bytes`.
    public func write(_ bytes: [UInt8]) throws(TabularError) {
        var failure: TabularError?
        bytes.withUnsafeBytes { raw in
            do throws(TabularError) { try write(raw) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Writes `text` as UTF-8.
    public func write(_ text: String) throws(TabularError) {
        var text = text
        var failure: TabularError?
        text.withUTF8 { bytes in
            do throws(TabularError) { try write(UnsafeRawBufferPointer(bytes)) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Finishes the file: closes it and renames it over the destination. With `synchronize`, the
    /// data is flushed to the device first (`fsync`), so the new file survives a power loss.
    /// - Throws: `TabularError.io` when closing fails, `.cannotCreateOutput` when the rename does;
    ///   the temporary file is removed either way.
    public func commit(synchronize: Bool = false) throws(TabularError) {
        precondition(isOpen, "the file is already committed or discarded")
        guard let temporaryPath else {
            isOpen = false
            if !isStandardOutput && close(descriptor) != 0 { throw .io(path: path, reason: systemMessage(errno)) }
            return
        }
        if synchronize && fsync(descriptor) != 0 {
            let reason = systemMessage(errno)
            discard()
            throw .io(path: path, reason: reason)
        }
        isOpen = false
        if close(descriptor) != 0 {
            let reason = systemMessage(errno)
            unlink(temporaryPath)
            throw .io(path: path, reason: reason)
        }
        if rename(temporaryPath, path) != 0 {
            let reason = systemMessage(errno)
            unlink(temporaryPath)
            throw .cannotCreateOutput(path: path, reason: reason)
        }
    }

    /// Abandons the file: the temporary file is closed and removed; the destination is untouched.
    /// Does nothing once committed or discarded (or for standard output, beyond no longer writing).
    public func discard() {
        guard isOpen else { return }
        isOpen = false
        if !isStandardOutput { close(descriptor) }
        if let temporaryPath { unlink(temporaryPath) }
    }

    /// Writes `bytes` to `path` atomically (see the type's documentation).
    public static func write(_ bytes: [UInt8], to path: String, synchronize: Bool = false) throws(TabularError) {
        let file = try AtomicOutputFile(path: path)
        try file.write(bytes)
        try file.commit(synchronize: synchronize)
    }
}
