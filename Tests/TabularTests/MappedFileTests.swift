import Testing

@testable import Tabular

@Suite struct MappedFileTests {
    @Test(arguments: [1, 4095, 4096, 4097, 10_000])
    func theByteAfterTheFileIsWritableAndTheFileUnchanged(size: Int) throws {
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 % 251) }
        let path = try Files.write(bytes)
        do {
            let input = try InputFile(path: path)
            let mapping = try MappedFile(input: input, size: size)
            #expect(Array(UnsafeBufferPointer(start: mapping.base, count: size)) == bytes)
            mapping.base[size] = 10
            #expect(mapping.base[size] == 10)
            mapping.release(mapping.base, mapping.base + size)
            // Released pages read again from the file.
            #expect(Array(UnsafeBufferPointer(start: mapping.base, count: size)) == bytes)
        }
        #expect(Files.contents(path) == bytes)
    }
}
