import Foundation
import Testing

@testable import Modeling

@Suite struct JSONValueTests {
    static func text(_ value: JSONValue) -> String { String(decoding: value.prettyPrinted(), as: UTF8.self) }

    @Test func scalarsAndEmptyContainers() {
        #expect(Self.text(.null) == "null\n")
        #expect(Self.text(.bool(true)) == "true\n")
        #expect(Self.text(.bool(false)) == "false\n")
        #expect(Self.text(.number(3)) == "3\n")
        #expect(Self.text(.number(-0.0)) == "-0\n")
        #expect(Self.text(.array([])) == "[]\n")
        #expect(Self.text(.object([])) == "{}\n")
        #expect(String(decoding: JSONValue.object([]).compact(), as: UTF8.self) == "{}")
    }

    /// Shortest round-trip text, integral values without `.0`, exponents as Swift writes them
    /// (valid JSON: `1e-05`, `1e+20`).
    @Test func numbersAreShortestRoundTrip() {
        let cases: [(Double, String)] = [
            (0, "0"), (1, "1"), (-2.5, "-2.5"), (0.1, "0.1"), (1000, "1000"), (1e-5, "1e-05"), (1e20, "1e+20"),
            (0.30000000000000004, "0.30000000000000004"), (.leastNonzeroMagnitude, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"), (-13.021345942, "-13.021345942"),
        ]
        for (value, text) in cases {
            #expect(JSONValue.number(value) == .number(text: text), "\(value)")
            #expect(Double(text) == value)
        }
    }

    @Test func nonFiniteNumbersBecomeStrings() {
        #expect(JSONValue.number(Double.nan) == .string("NaN"))
        #expect(JSONValue.number(Double.infinity) == .string("Infinity"))
        #expect(JSONValue.number(-Double.infinity) == .string("-Infinity"))
        #expect(JSONValue.string("NaN").doubleValue!.isNaN)
        #expect(JSONValue.string("-Infinity").doubleValue == -.infinity)
        #expect(JSONValue.string("nan").doubleValue == nil)
        #expect(JSONValue.bool(true).doubleValue == nil)
    }

    @Test func layout() {
        let value = JSONValue.object([
            .init("name", .string("x")),
            .init("levels", .strings(["a", "b"])),
            .init("matrix", .array([.numbers([1, 2]), .numbers([3, 4.5])])),
            .init("items", .array([.object([.init("k", .null)]), .array([])])),
            .init("empty", .object([])),
        ])
        let expected = """
            {
              "name": "x",
              "levels": ["a", "b"],
              "matrix": [
                [1, 2],
                [3, 4.5]
              ],
              "items": [
                {
                  "k": null
                },
                []
              ],
              "empty": {}
            }

            """
        #expect(Self.text(value) == expected)
        #expect(
            String(decoding: value.compact(), as: UTF8.self)
                == #"{"name": "x", "levels": ["a", "b"], "matrix": [[1, 2], [3, 4.5]], "items": [{"k": null}, []], "empty": {}}"#
        )
    }

    @Test func stringEscapes() throws {
        let value = JSONValue.string("a\"b\\c\nd\te\r\u{8}\u{c}\u{1}\u{1f}/é😀")
        #expect(Self.text(value) == "\"a\\\"b\\\\c\\nd\\te\\r\\b\\f\\u0001\\u001f/é😀\"\n")
        #expect(try JSONValue.parse(value.prettyPrinted()) == value)
    }

    @Test func subscriptFindsMembers() {
        let value = JSONValue.object([.init("a", .number(1)), .init("b", .null)])
        #expect(value["a"] == .number(1))
        #expect(value["b"] == .null)
        #expect(value["c"] == nil)
        #expect(JSONValue.array([]).self["a"] == nil)
    }
}
