import Foundation

@testable import CreditCLI

/// A file-descriptor sink whose writes fail with EBADF: the descriptor is a file opened read-only.
/// (A closed descriptor number could be reused by another test running in parallel.)
final class FailingSink {
    let sink: FileDescriptorOutputSink
    private let handle: FileHandle

    init(in folder: TemporaryFolder) throws {
        let url = folder.url.appendingPathComponent("read-only")
        try Data().write(to: url)
        handle = try FileHandle(forReadingFrom: url)
        sink = FileDescriptorOutputSink(fileDescriptor: handle.fileDescriptor, name: "test output")
    }

    deinit {
        try? handle.close()
    }
}
