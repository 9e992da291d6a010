import Foundation
import Testing

@testable import CreditCLI

@Suite struct FileDescriptorOutputSinkTests {
    /// A file opened for writing, and what it holds so far.
    final class OutputFile {
        let url: URL
        let handle: FileHandle

        init(_ folder: TemporaryFolder) throws {
            url = folder.url.appendingPathComponent("out-\(UUID().uuidString)")
            try Data().write(to: url)
            handle = try FileHandle(forWritingTo: url)
        }

        deinit {
            try? handle.close()
        }

        var contents: [UInt8] { (try? [UInt8](Data(contentsOf: url))) ?? [] }
    }

    @Test func bufferedBytesReachTheFileOnFlush() throws {
        let folder = try TemporaryFolder()
        let file = try OutputFile(folder)
        let sink = FileDescriptorOutputSink(fileDescriptor: file.handle.fileDescriptor, name: "out", bufferCapacity: 16)
        sink.write("0123456789")
        #expect(file.contents == [], "ten bytes stay in a 16-byte buffer")
        sink.write("abcdefghij")
        #expect(file.contents == Array("0123456789".utf8), "the full buffer was written before the next write")
        try sink.flush()
        #expect(file.contents == Array("0123456789abcdefghij".utf8))
        #expect(!sink.isTerminal)
    }

    @Test func writesLargerThanTheBufferGoStraightThrough() throws {
        let folder = try TemporaryFolder()
        let file = try OutputFile(folder)
        let sink = FileDescriptorOutputSink(fileDescriptor: file.handle.fileDescriptor, name: "out", bufferCapacity: 8)
        sink.write("ab")
        sink.write("0123456789")
        #expect(file.contents == Array("ab0123456789".utf8))
    }

    @Test func writeThroughSinkWritesEveryCall() throws {
        let folder = try TemporaryFolder()
        let file = try OutputFile(folder)
        let sink = FileDescriptorOutputSink(
            fileDescriptor: file.handle.fileDescriptor, name: "err", flushesEveryWrite: true)
        sink.write("x")
        #expect(file.contents == [0x78])
    }

    @Test func manyMixedWritesArriveIntact() throws {
        let folder = try TemporaryFolder()
        let file = try OutputFile(folder)
        let sink = FileDescriptorOutputSink(
            fileDescriptor: file.handle.fileDescriptor, name: "out", bufferCapacity: 1000)
        var expected: [UInt8] = []
        var generator = SystemRandomNumberGenerator()
        for round in 0..<2000 {
            let count = Int.random(in: 0...2500, using: &generator)
            let chunk = (0..<count).map { UInt8(truncatingIfNeeded: $0 &+ round) }
            if round % 3 == 0 {
                sink.write(bytes: chunk.lazy.map { $0 })  // the non-contiguous path
            } else {
                sink.write(bytes: chunk)
            }
            expected += chunk
        }
        try sink.flush()
        #expect(file.contents == expected)
    }

    @Test func failedWriteIsReportedByFlushAndLaterWritesAreDropped() throws {
        let folder = try TemporaryFolder()
        let failing = try FailingSink(in: folder)
        withExtendedLifetime(failing) {
            let sink = failing.sink
            sink.write("lost")
            sink.write(String(repeating: "x", count: 100_000))  // goes straight through, fails
            sink.write("also lost")
            #expect(throws: OutputError(destination: "test output", errorNumber: EBADF)) { try sink.flush() }
            #expect(throws: OutputError(destination: "test output", errorNumber: EBADF)) { try sink.flush() }
        }
    }

    @Test func fullDeviceReportsNoSpace() throws {
        let handle = try #require(FileHandle(forWritingAtPath: "/dev/full"), "this test needs /dev/full")
        defer { try? handle.close() }
        let sink = FileDescriptorOutputSink(fileDescriptor: handle.fileDescriptor, name: "standard output")
        sink.write("data")
        do {
            try sink.flush()
            Issue.record("writing to /dev/full succeeded")
        } catch let error as OutputError {
            #expect(error.errorNumber == ENOSPC)
            #expect(error.message == "cannot write to standard output: no space left on device")
            #expect(error.exitCode == .ioError)
        }
    }
}
