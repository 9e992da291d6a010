import Testing

@testable import Tabular

/// The layout the synthetic portfolio's truth file relies on (it was written by a JSON writer of
/// its own before it used `JSONValue`): members in order, arrays of scalars on one line, two-space
/// indentation, a final newline.
@Suite struct JSONValueLayoutTests {
    @Test func prettyPrintsInOrder() {
        let value = JSONValue.object(pairs: [
            ("b", .number(-3)), ("a", .array([.number(0.1), .number(2.0), .null])),
            ("nested", .object(pairs: [("t", .bool(true)), ("u", .number(text: String(UInt64.max)))])),
            ("objects", .array([.object(pairs: [("x", .string("y"))])])), ("empty", .array([])),
            ("none", .object([])),
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
        #expect(String(decoding: value.prettyPrinted(), as: UTF8.self) == expected)
    }

    @Test func escapesStrings() {
        let text = String(decoding: JSONValue.string("a\"b\\c\nd\te\r\u{01}é").prettyPrinted(), as: UTF8.self)
        #expect(text == "\"a\\\"b\\\\c\\nd\\te\\r\\u0001é\"\n")
    }

    @Test func numbersAreShortestRoundTrip() {
        let value = JSONValue.numbers([0.1 + 0.2, 1e-5, -0.0])
        #expect(String(decoding: value.prettyPrinted(), as: UTF8.self) == "[0.30000000000000004, 1e-05, -0]\n")
    }
}
