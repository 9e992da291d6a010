import Dispatch
import Foundation
import TestSupport
import Testing

@testable import Tabular

@Suite struct StreamBufferTests {
    @Test func skipsAByteOrderMarkAndAppendsTheLastLineFeed() throws {
        let path = try Files.write([0xEF, 0xBB, 0xBF] + Array("a,b\n1,2".utf8))
        let stream = StreamBuffer(input: try InputFile(path: path), capacity: 2)
        try stream.skipByteOrderMark()
        #expect(stream.start == 3)
        while !stream.reachedEndOfInput { try stream.fill() }
        let region = stream.parseRegion()
        #expect(region.atEndOfData)
        #expect(region.end - stream.start == 8)
        #expect(Array(UnsafeBufferPointer(start: stream.base + stream.start, count: region.end - stream.start)) == Array("a,b\n1,2\n".utf8))
    }

    @Test func theRegionEndsAfterTheLastLineFeedUntilTheEnd() throws {
        let path = try Files.write("ab\ncd\nef")
        let stream = StreamBuffer(input: try InputFile(path: path), capacity: 64)
        try stream.fill()
        #expect(stream.parseRegion().end == 6)
        #expect(!stream.parseRegion().atEndOfData)
    }

    @Test func growsOnlyWhenTheUnparsedDataFillsHalf() throws {
        let path = try Files.write(String(repeating: "x", count: 100) + "\n")
        let stream = StreamBuffer(input: try InputFile(path: path), capacity: 4)
        while !stream.reachedEndOfInput { try stream.fill() }
        #expect(stream.capacity >= 101 && stream.capacity <= 256)
        stream.start = 100
        #expect(stream.parseRegion().end == 101)
    }

    @Test func consumedDataIsMovedOutInsteadOfGrowing() throws {
        let path = try Files.write(String(repeating: "abc\n", count: 1000))
        let stream = StreamBuffer(input: try InputFile(path: path), capacity: 16)
        #expect(try Self.consumeLines(of: stream) == 1000)
        #expect(stream.capacity == 16)
    }

    /// Consumes every 4-byte line of `stream` as it is read (calling `afterFill` after each read);
    /// returns how many there were.
    static func consumeLines(of stream: StreamBuffer, afterFill: () -> Void = {}) throws -> Int {
        var lines = 0
        while true {
            let region = stream.parseRegion()
            lines += (region.end - stream.start) / 4
            stream.start = region.end
            if region.atEndOfData { return lines }
            try stream.fill()
            afterFill()
        }
    }

    /// Short reads (a pipe fed 100 bytes at a time) with the data consumed as it comes: the buffer
    /// has room left at every read, so it must never grow (it once grew whenever its end passed the
    /// middle, to the size of the whole input).
    @Test func shortReadsDoNotGrowABufferWithRoomLeft() throws {
        // the reader drains the pipe between writes: its reads are short
        let (fifo, done) = try feedingPipe(
            Array(String(repeating: "abc\n", count: 10_000).utf8), pieceBytes: 100, pauseMicroseconds: 200)
        let stream = StreamBuffer(input: try InputFile(path: fifo), capacity: 1024)
        var largest = 0
        let lines = try Self.consumeLines(of: stream) { largest = max(largest, stream.capacity) }
        done.wait()
        #expect(lines == 10_000)
        #expect(largest == 1024)
    }
}
