import Tabular

/// A JSON value whose objects keep their members in order and whose numbers keep their text.
///
/// Credo writes model files and JSON reports through this type rather than `JSONEncoder`, so the
/// bytes are fully determined by the value: keys in the order given, numbers in the shortest text
/// that reads back as exactly the same `Double` (`formatShortest`, Tabular), 2-space indentation.
/// Reading goes through `JSONValue.parse(_:)`, which keeps each number's text, so converting it
/// to a `Double` is one correctly rounded conversion (see `doubleValue`).
///
/// Non-finite numbers have no JSON form; `JSONValue.number(_:)` writes them as the strings
/// `"NaN"`, `"Infinity"` and `"-Infinity"`, which `JSONValueDecoder` reads back as `Double`s.
/// Reference: RFC 8259, The JavaScript Object Notation (JSON) Data Interchange Format.
public indirect enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    /// A number, as its JSON text (RFC 8259 grammar).
    case number(text: String)
    case string(String)
    case array([JSONValue])
    /// An object's members, in order; keys are distinct.
    case object([Member])

    /// One member of an object.
    public struct Member: Equatable, Sendable {
        public let key: String
        public let value: JSONValue

        public init(_ key: String, _ value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// `x` in its shortest round-trip text (`-0` stays `-0`); NaN and infinities as the strings
    /// `"NaN"`, `"Infinity"`, `"-Infinity"`.
    public static func number(_ x: Double) -> JSONValue {
        if x.isNaN { return .string("NaN") }
        if x.isInfinite { return .string(x < 0 ? "-Infinity" : "Infinity") }
        return .number(text: formatShortest(x))
    }

    /// An integer.
    public static func number(_ n: Int) -> JSONValue { .number(text: String(n)) }

    /// A string, or `null` for nil.
    public static func string(orNull text: String?) -> JSONValue { text.map { .string($0) } ?? .null }

    /// An array of numbers.
    public static func numbers(_ values: [Double]) -> JSONValue { .array(values.map { .number($0) }) }

    /// An array of strings.
    public static func strings(_ values: [String]) -> JSONValue { .array(values.map { .string($0) }) }

    /// The member `key` of an object (nil for a missing key or a value that is not an object).
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The number as a `Double` (correctly rounded from its text), also for the strings `"NaN"`,
    /// `"Infinity"` and `"-Infinity"`; nil for anything else.
    public var doubleValue: Double? {
        switch self {
        case .number(let text): return Double(text)
        case .string("NaN"): return .nan
        case .string("Infinity"): return .infinity
        case .string("-Infinity"): return -.infinity
        default: return nil
        }
    }

    /// What kind of value this is, for messages ("an object", "a number" ...).
    public var kindDescription: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

// MARK: - Writing

extension JSONValue {
    /// The value as UTF-8 JSON, 2-space indented, with a final newline.
    ///
    /// Layout: each member of an object on its own line (`"key": value`); an array whose elements
    /// are all scalars (numbers, strings, booleans, null) on one line (`[1, 2, 3]`), so a matrix
    /// prints one row per line; other arrays one element per line; empty arrays and objects as
    /// `[]` and `{}`. Strings escape `"`, `\` and the control characters (`\n`, `\t`, ...,
    /// `\u001f`); everything else is written as UTF-8.
    /// - Complexity: O(size of the output).
    public func prettyPrinted() -> [UInt8] {
        var out: [UInt8] = []
        write(to: &out, indent: 0)
        out.append(UInt8(ascii: "\n"))
        return out
    }

    /// The value on one line (`{"a": 1, "b": [1, 2]}`), without a final newline.
    public func compact() -> [UInt8] {
        var out: [UInt8] = []
        writeInline(to: &out)
        return out
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }

    private func write(to out: inout [UInt8], indent: Int) {
        switch self {
        case .array(let elements) where !elements.isEmpty && !elements.allSatisfy(\.isScalar):
            out.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                Self.newline(&out, indent: indent + 2)
                element.write(to: &out, indent: indent + 2)
            }
            Self.newline(&out, indent: indent)
            out.append(UInt8(ascii: "]"))
        case .object(let members) where !members.isEmpty:
            out.append(UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                Self.newline(&out, indent: indent + 2)
                Self.writeString(member.key, to: &out)
                out.append(contentsOf: [UInt8(ascii: ":"), UInt8(ascii: " ")])
                member.value.write(to: &out, indent: indent + 2)
            }
            Self.newline(&out, indent: indent)
            out.append(UInt8(ascii: "}"))
        default:
            writeInline(to: &out)
        }
    }

    private func writeInline(to out: inout [UInt8]) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let text): out.append(contentsOf: text.utf8)
        case .string(let text): Self.writeString(text, to: &out)
        case .array(let elements):
            out.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { out.append(contentsOf: [UInt8(ascii: ","), UInt8(ascii: " ")]) }
                element.writeInline(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                if index > 0 { out.append(contentsOf: [UInt8(ascii: ","), UInt8(ascii: " ")]) }
                Self.writeString(member.key, to: &out)
                out.append(contentsOf: [UInt8(ascii: ":"), UInt8(ascii: " ")])
                member.value.writeInline(to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func newline(_ out: inout [UInt8], indent: Int) {
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// `text` as a JSON string literal (RFC 8259 section 7).
    static func writeString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x08: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x0C: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0..<0x20:
                out.append(contentsOf: "\\u00".utf8)
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0xF)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
