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
        var lines = 0
        while true {
            let region = stream.parseRegion()
            lines += (region.end - stream.start) / 4
            stream.start = region.end
            if region.atEndOfData { break }
            try stream.fill()
        }
        #expect(lines == 1000)
        #expect(stream.capacity == 16)
    }
}
