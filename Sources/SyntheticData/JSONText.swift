import Tabular

/// A JSON value with object keys in a fixed order, written pretty-printed with two-space
/// indentation and a final newline, numbers in their shortest round-trip form.
///
/// Arrays of scalars are written on one line (`[0.35, 0.3]`), everything else one item a line.
indirect enum JSONText: Sendable, Hashable {
    case object([(String, JSONText)])
    case array([JSONText])
    case string(String)
    case number(Double)
    case integer(Int)
    case unsigned(UInt64)
    case bool(Bool)
    case null

    static func == (a: JSONText, b: JSONText) -> Bool { a.bytes == b.bytes }
    func hash(into hasher: inout Hasher) { hasher.combine(bytes) }

    /// The UTF-8 text, ending with a newline.
    var bytes: [UInt8] {
        var out: [UInt8] = []
        write(to: &out, indent: 0)
        out.append(UInt8(ascii: "\n"))
        return out
    }

    private var isScalar: Bool {
        switch self {
        case .object, .array: false
        default: true
        }
    }

    private func write(to out: inout [UInt8], indent: Int) {
        switch self {
        case .object(let members):
            if members.isEmpty { return out.append(contentsOf: "{}".utf8) }
            out.append(contentsOf: "{\n".utf8)
            for (position, (key, value)) in members.enumerated() {
                out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent + 2))
                Self.string(key).write(to: &out, indent: indent + 2)
                out.append(contentsOf: ": ".utf8)
                value.write(to: &out, indent: indent + 2)
                out.append(contentsOf: (position == members.count - 1 ? "\n" : ",\n").utf8)
            }
            out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
            out.append(UInt8(ascii: "}"))
        case .array(let items):
            if items.isEmpty { return out.append(contentsOf: "[]".utf8) }
            if items.allSatisfy(\.isScalar) {
                out.append(UInt8(ascii: "["))
                for (position, item) in items.enumerated() {
                    if position > 0 { out.append(contentsOf: ", ".utf8) }
                    item.write(to: &out, indent: indent)
                }
                out.append(UInt8(ascii: "]"))
                return
            }
            out.append(contentsOf: "[\n".utf8)
            for (position, item) in items.enumerated() {
                out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent + 2))
                item.write(to: &out, indent: indent + 2)
                out.append(contentsOf: (position == items.count - 1 ? "\n" : ",\n").utf8)
            }
            out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
            out.append(UInt8(ascii: "]"))
        case .string(let text):
            out.append(UInt8(ascii: "\""))
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
                case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
                case 0x0A: out.append(contentsOf: "\\n".utf8)
                case 0x0D: out.append(contentsOf: "\\r".utf8)
                case 0x09: out.append(contentsOf: "\\t".utf8)
                case 0..<0x20:
                    let hex = Array("0123456789abcdef".utf8)
                    out.append(contentsOf: "\\u00".utf8)
                    out.append(hex[Int(byte >> 4)])
                    out.append(hex[Int(byte & 15)])
                default: out.append(byte)
                }
            }
            out.append(UInt8(ascii: "\""))
        case .number(let value):
            precondition(value.isFinite, "JSON has no infinities or NaN")
            appendShortest(value, to: &out)
        case .integer(let value):
            out.append(contentsOf: String(value).utf8)
        case .unsigned(let value):
            out.append(contentsOf: String(value).utf8)
        case .bool(let value):
            out.append(contentsOf: (value ? "true" : "false").utf8)
        case .null:
            out.append(contentsOf: "null".utf8)
        }
    }
}
