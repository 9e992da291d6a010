import Foundation
import Testing

@testable import Modeling

@Suite struct JSONParserTests {
    static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue { try JSONValue.parse(Array(text.utf8)) }

    static func failure(_ text: String) -> JSONSyntaxError? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func parsesEveryKindOfValue() throws {
        let value = try Self.parse(
            #" { "a": [1, -0, 2.5e-3, 1E+2, true, false, null], "b": {"c": "d\u00e9\ud83d\ude00\/"}, "e": [] } "#)
        #expect(
            value
                == .object([
                    .init(
                        "a",
                        .array([
                            .number(text: "1"), .number(text: "-0"), .number(text: "2.5e-3"), .number(text: "1E+2"),
                            .bool(true), .bool(false), .null,
                        ])),
                    .init("b", .object([.init("c", .string("dé😀/"))])),
                    .init("e", .array([])),
                ]))
    }

    @Test func keepsMemberOrderAndNumberText() throws {
        let value = try Self.parse(#"{"z": 0.10, "a": 1}"#)
        guard case .object(let members) = value else {
            Issue.record("not an object")
            return
        }
        #expect(members.map(\.key) == ["z", "a"])
        #expect(members[0].value == .number(text: "0.10"))
        #expect(members[0].value.doubleValue == 0.1)
    }

    @Test func byteOrderMarkAndWhitespaceAreAccepted() throws {
        #expect(try JSONValue.parse([0xEF, 0xBB, 0xBF] + Array(" \t\r\n1\n".utf8)) == .number(text: "1"))
    }

    @Test func truncatedTextsAreReportedAsTruncated() throws {
        for text in [
            "", "  ", "{", #"{"a""#, #"{"a":"#, #"{"a": [1, 2"#, #"{"a": "abc"#, "[1,", "tru", "-", "1.", "1e",
        ] {
            let error = try #require(Self.failure(text), "'\(text)'")
            #expect(error.isTruncated, "'\(text)': \(error)")
        }
        let error = try #require(Self.failure("{\n  \"a\": [1,\n    2"))
        #expect(error.description.contains("inside an array that starts at line 2, column 8"), "\(error)")
        #expect(error.line == 3)
    }

    @Test func syntaxErrorsSayWhere() throws {
        let cases: [(String, Int, Int, String)] = [
            ("{\"a\": 1,}", 1, 9, "expected a key"),
            ("[1 2]", 1, 4, "expected ',' or ']'"),
            ("{\"a\" 1}", 1, 6, "expected ':'"),
            ("[01]", 1, 3, "leading zero"),
            ("[1.e5]", 1, 4, "expected a digit"),
            ("[NaN]", 1, 2, "expected a value"),
            ("{'a': 1}", 1, 2, "expected a key"),
            ("{\"a\": 1, \"a\": 2}", 1, 10, "duplicate key 'a'"),
            ("[1] x", 1, 5, "after the end of the value"),
            ("\"a\nb\"", 1, 3, "control character"),
            ("\"\\x\"", 1, 3, "invalid escape"),
            ("\"\\ud800\"", 1, 8, "low surrogate"),
            ("\"\\udc00\"", 1, 8, "lone low surrogate"),
            ("[\n  trux]", 2, 6, "expected 'true'"),
        ]
        for (text, line, column, reason) in cases {
            let error = try #require(Self.failure(text), "'\(text)'")
            #expect(!error.isTruncated, "'\(text)'")
            #expect(error.line == line && error.column == column, "'\(text)': \(error)")
            #expect(error.reason.contains(reason), "'\(text)': \(error)")
        }
    }

    @Test func invalidUTF8IsRefused() throws {
        let bytes: [UInt8] = [UInt8(ascii: "\""), 0xFF, UInt8(ascii: "\"")]
        #expect(throws: JSONSyntaxError(line: 1, column: 4, reason: "a string is not valid UTF-8", isTruncated: false))
        {
            try JSONValue.parse(bytes)
        }
    }

    @Test func deepNestingIsLimited() throws {
        let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        let error = try #require(Self.failure(deep))
        #expect(error.reason.contains("nesting"))
        let fine = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        #expect(Self.failure(fine) == nil)
    }

    /// Random doubles survive writing and parsing bit for bit (shortest text, one correctly
    /// rounded conversion back).
    @Test func randomDoublesRoundTrip() throws {
        var generator = SplitMix(seed: 20_261_204)
        var values: [Double] = [
            0, -0.0, .leastNonzeroMagnitude, 2.2250738585072014e-308, .greatestFiniteMagnitude, 0.1, 1 / 3,
        ]
        for _ in 0..<20_000 {
            let value = Double(bitPattern: generator.next() & 0x7FEF_FFFF_FFFF_FFFF | (generator.next() & (1 << 63)))
            values.append(value)
        }
        let parsed = try JSONValue.parse(JSONValue.numbers(values).prettyPrinted())
        guard case .array(let elements) = parsed else {
            Issue.record("not an array")
            return
        }
        for (value, element) in zip(values, elements) {
            #expect(element.doubleValue?.bitPattern == value.bitPattern, "\(value)")
        }
    }
}

/// A small seeded generator for tests (SplitMix64, Steele, Lea & Flood 2014).
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
