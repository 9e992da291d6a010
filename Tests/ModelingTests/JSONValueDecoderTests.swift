import Foundation
import Testing

@testable import Modeling

@Suite struct JSONValueDecoderTests {
    struct Inner: Codable, Equatable {
        var x: Double
        var n: Int
        var label: String?
    }

    struct Outer: Codable, Equatable {
        var flag: Bool
        var items: [Inner]
        var table: [String: Int]
        var small: UInt8
        var optionalList: [Double?]
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try JSONValueDecoder().decode(type, from: try JSONValue.parse(Array(text.utf8)))
    }

    static func decodingError<T: Decodable>(_ type: T.Type, _ text: String) -> DecodingError? {
        do {
            _ = try decode(type, text)
            return nil
        } catch let error as DecodingError {
            return error
        } catch {
            return nil
        }
    }

    @Test func decodesNestedValues() throws {
        let value = try Self.decode(
            Outer.self,
            #"{"flag": true, "items": [{"x": 0.1, "n": 3}, {"x": "-Infinity", "n": 3e0, "label": null}], "#
                + #""table": {"b": 2, "a": 1}, "small": 255, "optionalList": [1, null]}"#)
        #expect(value.flag)
        #expect(value.items == [Inner(x: 0.1, n: 3, label: nil), Inner(x: -.infinity, n: 3, label: nil)])
        #expect(value.table == ["a": 1, "b": 2])
        #expect(value.small == 255)
        #expect(value.optionalList == [1, nil])
    }

    @Test func agreesWithFoundationOnEncodedValues() throws {
        let value = Outer(
            flag: false, items: [Inner(x: 1e-300, n: -7, label: "é")], table: ["k": 4], small: 0,
            optionalList: [nil, 2.5])
        let data = try JSONEncoder().encode(value)
        #expect(try Self.decode(Outer.self, String(decoding: data, as: UTF8.self)) == value)
    }

    @Test func missingFieldsHaveTheirPath() throws {
        let error = try #require(
            Self.decodingError(
                Outer.self,
                #"{"flag": true, "items": [{"x": 1, "n": 1}, {"x": 1}], "table": {}, "small": 1, "optionalList": []}"#
            ))
        guard case .keyNotFound = error else {
            Issue.record("\(error)")
            return
        }
        #expect(error.fieldPath == "items[1].n")
    }

    @Test func nullAndTypeErrorsHaveTheirPath() throws {
        let null = try #require(Self.decodingError(Inner.self, #"{"x": null, "n": 1}"#))
        guard case .valueNotFound = null else {
            Issue.record("\(null)")
            return
        }
        #expect(null.fieldPath == "x")

        let text = try #require(Self.decodingError(Inner.self, #"{"x": "1.5", "n": 1}"#))
        guard case .typeMismatch(_, let context) = text else {
            Issue.record("\(text)")
            return
        }
        #expect(text.fieldPath == "x")
        #expect(context.debugDescription == "expected a number, found a string")

        let fraction = try #require(Self.decodingError(Inner.self, #"{"x": 1, "n": 1.5}"#))
        guard case .typeMismatch(_, let fractionContext) = fraction else {
            Issue.record("\(fraction)")
            return
        }
        #expect(fraction.fieldPath == "n")
        #expect(fractionContext.debugDescription == "expected a whole number, found a number")

        let range = try #require(
            Self.decodingError(
                Outer.self, #"{"flag": true, "items": [], "table": {}, "small": 256, "optionalList": []}"#))
        guard case .dataCorrupted = range else {
            Issue.record("\(range)")
            return
        }
        #expect(range.fieldPath == "small")

        let array = try #require(Self.decodingError([Int].self, #"[1, {}]"#))
        #expect(array.fieldPath == "[1]")

        let notObject = try #require(Self.decodingError(Inner.self, "[]"))
        guard case .typeMismatch(_, let objectContext) = notObject else {
            Issue.record("\(notObject)")
            return
        }
        #expect(objectContext.debugDescription == "expected an object, found an array")
    }

    @Test func fieldPathFormatting() {
        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int?
            init(stringValue: String) { self.stringValue = stringValue }
            init(intValue: Int) {
                self.stringValue = "\(intValue)"
                self.intValue = intValue
            }
        }
        #expect(DecodingError.path([]) == "")
        #expect(DecodingError.path([Key(stringValue: "a"), Key(intValue: 3), Key(stringValue: "b")]) == "a[3].b")
        #expect(DecodingError.path([Key(intValue: 0)]) == "[0]")
    }
}
