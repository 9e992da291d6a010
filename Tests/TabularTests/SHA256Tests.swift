import Foundation
import Testing
import TestSupport
@testable import Tabular

/// Known-answer tests from NIST FIPS 180-4 examples (csrc.nist.gov, SHA256.pdf) and values
/// computed with Python's hashlib (`hashlib.sha256(b"a" * 1_000_000).hexdigest()`).
@Suite struct SHA256Tests {
    @Test func nistExamples() {
        #expect(SHA256.hexDigest(of: Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            SHA256.hexDigest(of: Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(
            SHA256.hexDigest(of: [UInt8](repeating: 0x61, count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func emptyInput() {
        #expect(SHA256.hexDigest(of: [UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    /// Padding boundaries: 55, 56, 63, 64 and 65 bytes need one or two final blocks.
    @Test func paddingBoundaries() {
        let expected = [
            55: "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318",
            56: "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a",
            63: "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34",
            64: "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb",
            65: "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0",
        ]
        for (count, digest) in expected {
            #expect(SHA256.hexDigest(of: [UInt8](repeating: 0x61, count: count)) == digest, "\(count) bytes")
        }
    }

    /// Feeding the bytes in pieces of any size gives the same digest as one update.
    @Test func incrementalUpdatesAgree() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) }
        let whole = SHA256.hexDigest(of: bytes)
        for piece in [1, 3, 63, 64, 65, 200] {
            var hasher = SHA256()
            var start = 0
            while start < bytes.count {
                hasher.update(bytes[start..<min(start + piece, bytes.count)])
                start += piece
            }
            #expect(SHA256.hexadecimal(hasher.finalize()) == whole, "pieces of \(piece)")
        }
    }

    @Test func fileDigestEqualsBytesDigest() throws {
        let folder = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("data.csv")
        let bytes = [UInt8](repeating: 0x61, count: 1_000_000)
        try Data(bytes).write(to: url)
        #expect(try SHA256.hexDigest(ofFile: url.path) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        #expect(throws: TabularError.self) { try SHA256.hexDigest(ofFile: folder.appendingPathComponent("none.csv").path) }
    }
}
