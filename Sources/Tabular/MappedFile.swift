#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A regular file mapped privately into memory, followed by at least one writable page, so the
/// reader can append the LF a file may lack without copying the file (and read a few bytes past
/// its end). As with any memory-mapped reader, truncating the file while `readDataset` reads it is
/// an error the process does not survive (SIGBUS).
///
/// Pages the process writes are copied on write; the file itself never changes. Immutable after
/// creation, so threads may share it.
final class MappedFile: @unchecked Sendable {
    /// The first byte of the file.
    let base: UnsafeMutablePointer<UInt8>
    /// The file's size in bytes; at least one more byte after it is writable.
    let size: Int
    private let reservedLength: Int

    /// Maps the `size` bytes of the open file `input`.
    init(input: InputFile, size: Int) throws(TabularError) {
        precondition(size > 0, "an empty file cannot be mapped")
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let reserved = (size + page - 1) / page * page + page
        let failed = UnsafeMutableRawPointer(bitPattern: -1)
        guard let region = mmap(nil, reserved, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
            region != failed
        else { throw .io(path: input.displayName, reason: "cannot map the file: \(systemMessage(errno))") }
        guard let mapped = mmap(region, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED, input.descriptor, 0),
            mapped != failed
        else {
            let reason = systemMessage(errno)
            munmap(region, reserved)
            throw .io(path: input.displayName, reason: "cannot map the file: \(reason)")
        }
        self.base = mapped.assumingMemoryBound(to: UInt8.self)
        self.size = size
        self.reservedLength = reserved
    }

    /// Tells the kernel that the pages of [start, end) will not be read again (their memory can be
    /// reclaimed; the file is unchanged). Only whole pages inside the range are released.
    func release(_ start: UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>) {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let from = (Int(bitPattern: start) + page - 1) / page * page
        let to = Int(bitPattern: end) / page * page
        guard to > from, let pointer = UnsafeMutableRawPointer(bitPattern: from) else { return }
        madvise(pointer, to - from, Int32(MADV_DONTNEED))
    }

    deinit {
        munmap(base, reservedLength)
    }
}
