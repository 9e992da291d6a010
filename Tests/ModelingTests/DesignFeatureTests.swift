import Foundation
import Testing

@testable import Modeling

@Suite struct DesignFeatureTests {
    @Test func numericFeatureIsOneColumn() {
        let feature = DesignFeature.numeric("age")
        #expect(feature.designColumnNames == ["age"])
        #expect(feature.dummyLevels.isEmpty)
        #expect(!feature.isCategorical)
    }

    @Test func categoricalFeatureHasADummyPerNonReferenceLevel() {
        let feature = DesignFeature.categorical("housing", levels: ["A151", "A152", "A153"], reference: "A152")
        #expect(feature.dummyLevels == ["A151", "A153"])
        #expect(feature.designColumnNames == ["housing=A151", "housing=A153"])
        #expect(feature.isCategorical)
        let single = DesignFeature.categorical("x", levels: ["only"], reference: "only")
        #expect(single.designColumnNames.isEmpty)
    }

    @Test func jsonFormAndCodable() throws {
        let feature = DesignFeature.categorical("h", levels: ["a", "b"], reference: "a")
        #expect(
            String(decoding: feature.jsonValue.compact(), as: UTF8.self)
                == #"{"name": "h", "type": "categorical", "levels": ["a", "b"], "reference": "a"}"#)
        #expect(
            String(decoding: DesignFeature.numeric("n").jsonValue.compact(), as: UTF8.self)
                == #"{"name": "n", "type": "numeric"}"#)
        for value in [feature, .numeric("n")] {
            #expect(try JSONValueDecoder().decode(DesignFeature.self, from: value.jsonValue) == value)
            #expect(try JSONDecoder().decode(DesignFeature.self, from: JSONEncoder().encode(value)) == value)
        }
    }

    @Test func decodingChecksTheLevels() throws {
        let repeated = try JSONValue.parse(
            Array(#"{"name": "h", "type": "categorical", "levels": ["a", "a"], "reference": "a"}"#.utf8))
        #expect(throws: DecodingError.self) { try JSONValueDecoder().decode(DesignFeature.self, from: repeated) }
        let numericWithLevels = try JSONValue.parse(Array(#"{"name": "n", "type": "numeric", "levels": ["a"]}"#.utf8))
        #expect(try JSONValueDecoder().decode(DesignFeature.self, from: numericWithLevels) == .numeric("n"))
    }

    /// Byte order is Unicode scalar order: upper case before lower case, "10" before "2", and no
    /// normalization ("e\u{301}" and "\u{e9}" are different levels, ordered by their bytes).
    @Test func byteOrder() {
        #expect("B".precedesInByteOrder("a"))
        #expect("10".precedesInByteOrder("2"))
        #expect("".precedesInByteOrder("a"))
        #expect(!"a".precedesInByteOrder("a"))
        #expect("e\u{301}".precedesInByteOrder("\u{e9}"))
        #expect(!"\u{e9}".precedesInByteOrder("e\u{301}"))
        #expect(["b", "A", "a", "B10", "B2"].sorted { $0.precedesInByteOrder($1) } == ["A", "B10", "B2", "a", "b"])
    }
}
