import Testing

@testable import Tabular

@Suite struct CSVOptionsTests {
    @Test func defaultsFollowCredoConventions() {
        let options = CSVOptions()
        #expect(options.delimiter == UInt8(ascii: ","))
        #expect(options.missingTokens == ["", "NA", "NaN", "null"])
        #expect(options.inferenceSampleRows == 10_000)
        #expect(options.badRows == .skip)
        #expect(options.maxThreads == nil)
    }

    @Test func delimiters() {
        for byte in [",", ";", "\t", "|", " ", ":"].map({ UInt8(ascii: Unicode.Scalar($0)!) }) {
            #expect(CSVOptions.isValidDelimiter(byte))
        }
        for byte in ["\"", "\n", "\r", "0", "9", ".", "+", "-", "e", "E"].map({ UInt8(ascii: Unicode.Scalar($0)!) }) {
            #expect(!CSVOptions.isValidDelimiter(byte))
        }
        #expect(!CSVOptions.isValidDelimiter(0) && !CSVOptions.isValidDelimiter(0xC3))
    }
}
