#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// Thin wrappers over the C library, so the types above never name a platform module and
// never shadow their own `write`/`read` methods.

/// `write(2)`: the number of bytes written, or -1 with `errno` set.
func systemWrite(_ fileDescriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(fileDescriptor, bytes, count)
}

/// `read(2)`: the number of bytes read (0 at end of file), or -1 with `errno` set.
func systemRead(_ fileDescriptor: Int32, _ bytes: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fileDescriptor, bytes, count)
}

/// `isatty(3)`.
func systemIsTerminal(_ fileDescriptor: Int32) -> Bool {
    isatty(fileDescriptor) != 0
}

/// The calling thread's `errno`.
var systemErrorNumber: Int32 { errno }

/// `EINTR`: a system call was interrupted by a signal and should be retried.
let systemInterrupted: Int32 = EINTR

/// Writes every byte to `fileDescriptor`, retrying after signals and short writes.
/// - Returns: nil on success, else the `errno` of the failed call.
func systemWriteAll(_ fileDescriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32? {
    guard var start = bytes.baseAddress else { return nil }
    var remaining = bytes.count
    while remaining > 0 {
        let result = systemWrite(fileDescriptor, start, remaining)
        if result < 0 {
            let error = systemErrorNumber
            if error == systemInterrupted { continue }
            return error
        }
        remaining -= result
        start += result
    }
    return nil
}

/// The C library's description of an `errno` value, lower-cased to fit our messages
/// ("no space left on device").
func systemErrorDescription(_ errorNumber: Int32) -> String {
    var buffer = [CChar](repeating: 0, count: 256)
    // The XSI strerror_r (the one Swift imports) fills `buffer` and returns 0 on success.
    guard strerror_r(errorNumber, &buffer, buffer.count) == 0 else { return "error \(errorNumber)" }
    let text = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    guard let first = text.first else { return "error \(errorNumber)" }
    return first.lowercased() + text.dropFirst()
}

/// Standard file descriptor numbers.
enum StandardDescriptor {
    static let input: Int32 = 0
    static let output: Int32 = 1
    static let error: Int32 = 2
}
