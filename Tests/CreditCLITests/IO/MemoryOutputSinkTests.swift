import Foundation
import Testing

@testable import CreditCLI

@Suite struct MemoryOutputSinkTests {
    @Test func collectsStringsAndBytesInOrder() throws {
        let sink = MemoryOutputSink()
        sink.write("héllo")
        sink.write(bytes: [0x20, 0x41])
        sink.write(bytes: [UInt8](repeating: 0x42, count: 4)[1...2])
        sink.write(bytes: Data([0x43]))
        sink.write(bytes: (0..<2).lazy.map { UInt8(0x30 + $0) })  // not contiguous
        sink.writeLine("!")
        sink.writeLine()
        try sink.flush()
        #expect(sink.text == "héllo ABBC01!\n\n")
        #expect(sink.bytes.count == Array("héllo ABBC01!\n\n".utf8).count)
    }

    @Test func emptyWritesAddNothing() {
        let sink = MemoryOutputSink()
        sink.write("")
        sink.write(bytes: [UInt8]())
        #expect(sink.bytes.isEmpty)
        #expect(sink.text == "")
    }

    @Test func invalidUTF8DecodesToReplacementCharacters() {
        let sink = MemoryOutputSink()
        sink.write(bytes: [0x61, 0xFF, 0x62])
        #expect(sink.text == "a\u{FFFD}b")
    }

    @Test func terminalFlagIsWhatItWasGiven() {
        #expect(!MemoryOutputSink().isTerminal)
        #expect(MemoryOutputSink(isTerminal: true).isTerminal)
    }
}
