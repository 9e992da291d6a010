import Foundation
import Testing

@testable import CreditCLI

@Suite struct InputSourceTests {
    @Test func memorySourceReadsInChunksThenReportsTheEnd() throws {
        let source = MemoryInputSource("abcdefg")
        var buffer: [UInt8] = [0x2D]
        #expect(try source.read(into: &buffer, maximumCount: 3) == 3)
        #expect(buffer == Array("-abc".utf8), "bytes are appended")
        #expect(try source.read(upToCount: 3) == Array("def".utf8))
        #expect(try source.read(upToCount: 3) == Array("g".utf8))
        #expect(try source.read(upToCount: 3) == [])
        #expect(try source.read(into: &buffer, maximumCount: 3) == 0)
    }

    @Test func emptySource() throws {
        #expect(try MemoryInputSource(bytes: []).readAll() == [])
        #expect(!MemoryInputSource("").isTerminal)
    }

    @Test func readAllCollectsMoreThanOneChunk() throws {
        let bytes = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 * 7) }
        #expect(try MemoryInputSource(bytes: bytes).readAll() == bytes)
    }

    @Test func fileDescriptorSourceReadsAFile() throws {
        let folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent("in")
        let bytes = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try Data(bytes).write(to: url)
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        let source = FileDescriptorInputSource(fileDescriptor: handle.fileDescriptor, name: "in")
        #expect(!source.isTerminal)
        var all: [UInt8] = []
        var chunk: [UInt8] = []
        while try source.read(into: &chunk, maximumCount: 65_536) > 0 {
            #expect(chunk.count <= 65_536)
            all += chunk
            chunk.removeAll(keepingCapacity: true)
        }
        #expect(all == bytes)
    }

    @Test func failedReadThrows() throws {
        let folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent("write-only")
        try Data("x".utf8).write(to: url)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        let source = FileDescriptorInputSource(fileDescriptor: handle.fileDescriptor, name: "standard input")
        var buffer: [UInt8] = [1, 2]
        #expect(throws: InputError(source: "standard input", errorNumber: EBADF)) {
            try source.read(into: &buffer, maximumCount: 10)
        }
        #expect(buffer == [1, 2], "a failed read leaves the buffer as it was")
        #expect(
            InputError(source: "standard input", errorNumber: EBADF).message
                == "cannot read standard input: bad file descriptor")
        #expect(InputError(source: "x", errorNumber: EBADF).exitCode == .ioError)
    }
}
