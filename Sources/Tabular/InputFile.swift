#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An open input: a file, or standard input for the path `-`.
final class InputFile {
    /// The path as the caller gave it.
    let path: String
    /// The name used in messages: the path, or `<stdin>`.
    let displayName: String
    let descriptor: Int32
    let isStandardInput: Bool

    /// Opens `path` for reading (`-` is standard input).
    init(path: String) throws(TabularError) {
        self.path = path
        if path == "-" {
            self.displayName = "<stdin>"
            self.descriptor = 0
            self.isStandardInput = true
            return
        }
        self.displayName = path
        self.isStandardInput = false
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw .noSuchFile(path: path) }
            throw .unreadable(path: path, reason: systemMessage(code))
        }
        var info = stat()
        if fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw .unreadable(path: path, reason: "it is a directory")
        }
        self.descriptor = fd
    }

    deinit {
        if !isStandardInput { close(descriptor) }
    }

    /// The size of a regular file, or nil for a pipe, terminal, or other stream.
    var regularFileSize: Int? {
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    /// Reads at most `count` bytes into `buffer`; 0 means the end of the input.
    func read(into buffer: UnsafeMutableRawPointer, count: Int) throws(TabularError) -> Int {
        while true {
            let n = Glibc.read(descriptor, buffer, count)
            if n >= 0 { return n }
            if errno == EINTR { continue }
            throw .io(path: displayName, reason: systemMessage(errno))
        }
    }
}

/// The C library's text for an errno value, in lower case as Credo's messages are.
func systemMessage(_ code: Int32) -> String {
    guard let text = strerror(code) else { return "error \(code)" }
    let message = String(cString: text)
    guard let first = message.first else { return message }
    return first.lowercased() + message.dropFirst()
}
