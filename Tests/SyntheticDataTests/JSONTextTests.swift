import Testing

@testable import SyntheticData

@Suite struct JSONTextTests {
    @Test func prettyPrintsInOrder() {
        let value = JSONText.object([
            ("b", .integer(-3)), ("a", .array([.number(0.1), .number(2), .null])),
            ("nested", .object([("t", .bool(true)), ("u", .unsigned(UInt64.max))])),
            ("objects", .array([.object([("x", .string("y"))])])), ("empty", .array([])), ("none", .object([])),
        ])
        let expected = """
            {
              "b": -3,
              "a": [0.1, 2, null],
              "nested": {
                "t": true,
                "u": 18446744073709551615
              },
              "objects": [
                {
                  "x": "y"
                }
              ],
              "empty": [],
              "none": {}
            }

            """
        #expect(String(decoding: value.bytes, as: UTF8.self) == expected)
    }

    @Test func escapesStrings() {
        let text = String(decoding: JSONText.string("a\"b\\c\nd\te\r\u{01}é").bytes, as: UTF8.self)
        #expect(text == "\"a\\\"b\\\\c\\nd\\te\\r\\u0001é\"\n")
    }

    @Test func numbersAreShortestRoundTrip() {
        let text = String(decoding: JSONText.array([.number(0.1 + 0.2), .number(1e-5), .number(-0.0)]).bytes, as: UTF8.self)
        #expect(text == "[0.30000000000000004, 1e-05, -0]\n")
    }
}
