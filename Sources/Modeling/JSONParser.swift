/// Why a text is not JSON, and where: line and column (1-based, columns counted in bytes).
public struct JSONSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The line of the offending byte (or of the end of the text).
    public let line: Int
    /// The column (byte) of the offending byte within its line.
    public let column: Int
    /// What is wrong, lower-case.
    public let reason: String
    /// True when the text ends before the value is complete (a truncated file).
    public let isTruncated: Bool

    public var description: String { "line \(line), column \(column): \(reason)" }
}

extension JSONValue {
    /// Parses UTF-8 JSON text (RFC 8259): exactly one value, surrounded by optional whitespace.
    ///
    /// Strict: no trailing commas, comments, single quotes, leading zeros, `NaN` literals or
    /// duplicate keys in an object; strings must be valid UTF-8 and escapes valid (`\uD83D\uDE00`
    /// pairs are joined; a lone surrogate is an error). Numbers keep their text. Nesting is limited
    /// to 512 levels. A text that ends inside a value is reported with `isTruncated` and says what
    /// was left open.
    /// - Complexity: O(bytes).
    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        var parser = JSONParser(bytes: bytes)
        return try parser.parseDocument()
    }
}

/// A recursive-descent JSON parser over bytes.
private struct JSONParser {
    let bytes: [UInt8]
    var position = 0
    /// What is open at the current position, outermost first ("an object starting at line 3").
    var openValues: [(what: String, offset: Int)] = []

    static let maximumDepth = 512

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        skipWhitespace()
        if position == bytes.count { throw error("the text is empty", truncated: true) }
        let value = try parseValue()
        skipWhitespace()
        if position < bytes.count { throw error("unexpected \(describeByte()) after the end of the value") }
        return value
    }

    // MARK: values

    mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
        guard position < bytes.count else { throw endOfText(expecting: "a value") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): return try parseLiteral("true", .bool(true))
        case UInt8(ascii: "f"): return try parseLiteral("false", .bool(false))
        case UInt8(ascii: "n"): return try parseLiteral("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw error("unexpected \(describeByte()); expected a value")
        }
    }

    mutating func parseObject() throws(JSONSyntaxError) -> JSONValue {
        try enter("an object")
        position += 1
        var members: [JSONValue.Member] = []
        var keys = Set<String>()
        skipWhitespace()
        if try peek(expecting: "a key or '}'") == UInt8(ascii: "}") {
            position += 1
            openValues.removeLast()
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard try peek(expecting: "a key") == UInt8(ascii: "\"") else {
                throw error("unexpected \(describeByte()); expected a key in double quotes")
            }
            let keyStart = position
            let key = try parseString()
            guard keys.insert(key).inserted else {
                position = keyStart
                throw error("duplicate key '\(key)'")
            }
            skipWhitespace()
            guard try peek(expecting: "':'") == UInt8(ascii: ":") else {
                throw error("unexpected \(describeByte()); expected ':' after the key '\(key)'")
            }
            position += 1
            skipWhitespace()
            members.append(JSONValue.Member(key, try parseValue()))
            skipWhitespace()
            let next = try peek(expecting: "',' or '}'")
            position += 1
            if next == UInt8(ascii: "}") { break }
            guard next == UInt8(ascii: ",") else {
                position -= 1
                throw error("unexpected \(describeByte()); expected ',' or '}'")
            }
        }
        openValues.removeLast()
        return .object(members)
    }

    mutating func parseArray() throws(JSONSyntaxError) -> JSONValue {
        try enter("an array")
        position += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if try peek(expecting: "a value or ']'") == UInt8(ascii: "]") {
            position += 1
            openValues.removeLast()
            return .array(elements)
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue())
            skipWhitespace()
            let next = try peek(expecting: "',' or ']'")
            position += 1
            if next == UInt8(ascii: "]") { break }
            guard next == UInt8(ascii: ",") else {
                position -= 1
                throw error("unexpected \(describeByte()); expected ',' or ']'")
            }
        }
        openValues.removeLast()
        return .array(elements)
    }

    mutating func parseLiteral(_ word: String, _ value: JSONValue) throws(JSONSyntaxError) -> JSONValue {
        for expected in word.utf8 {
            guard position < bytes.count else { throw endOfText(expecting: "'\(word)'") }
            guard bytes[position] == expected else { throw error("unexpected \(describeByte()); expected '\(word)'") }
            position += 1
        }
        return value
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
    mutating func parseNumber() throws(JSONSyntaxError) -> JSONValue {
        let start = position
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        guard position < bytes.count else { throw endOfText(expecting: "a digit") }
        if bytes[position] == UInt8(ascii: "0") {
            position += 1
            if position < bytes.count, isDigit(bytes[position]) {
                throw error("a number must not have a leading zero")
            }
        } else {
            try digits()
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            try digits()
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
                position += 1
            }
            try digits()
        }
        return .number(text: String(decoding: bytes[start..<position], as: UTF8.self))
    }

    mutating func digits() throws(JSONSyntaxError) {
        guard position < bytes.count else { throw endOfText(expecting: "a digit") }
        guard isDigit(bytes[position]) else { throw error("unexpected \(describeByte()); expected a digit") }
        while position < bytes.count, isDigit(bytes[position]) { position += 1 }
    }

    func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    // MARK: strings

    mutating func parseString() throws(JSONSyntaxError) -> String {
        openValues.append(("a string", position))
        position += 1
        var utf8: [UInt8] = []
        while true {
            guard position < bytes.count else { throw endOfText(expecting: "'\"'") }
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                openValues.removeLast()
                guard let text = String(validating: utf8, as: UTF8.self) else {
                    throw error("a string is not valid UTF-8")
                }
                return text
            case UInt8(ascii: "\\"):
                position += 1
                try parseEscape(into: &utf8)
            case 0..<0x20:
                throw error("a control character (byte \(byte)) inside a string must be escaped")
            default:
                utf8.append(byte)
                position += 1
            }
        }
    }

    mutating func parseEscape(into utf8: inout [UInt8]) throws(JSONSyntaxError) {
        guard position < bytes.count else { throw endOfText(expecting: "an escape") }
        let byte = bytes[position]
        position += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(byte)
        case UInt8(ascii: "b"): utf8.append(0x08)
        case UInt8(ascii: "f"): utf8.append(0x0C)
        case UInt8(ascii: "n"): utf8.append(0x0A)
        case UInt8(ascii: "r"): utf8.append(0x0D)
        case UInt8(ascii: "t"): utf8.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try hexQuad()
            if (0xD800..<0xDC00).contains(scalar) {
                guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
                    bytes[position + 1] == UInt8(ascii: "u")
                else { throw error("a high surrogate escape is not followed by a low surrogate") }
                position += 2
                let low = try hexQuad()
                guard (0xDC00..<0xE000).contains(low) else {
                    throw error("a high surrogate escape is not followed by a low surrogate")
                }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00..<0xE000).contains(scalar) {
                throw error("a lone low surrogate escape")
            }
            utf8.append(contentsOf: String(Character(Unicode.Scalar(scalar)!)).utf8)
        default:
            position -= 1
            throw error("invalid escape '\\\(describeByte())'")
        }
    }

    mutating func hexQuad() throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard position < bytes.count else { throw endOfText(expecting: "4 hexadecimal digits") }
            let byte = bytes[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw error("unexpected \(describeByte()); expected a hexadecimal digit")
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }

    // MARK: helpers

    mutating func enter(_ what: String) throws(JSONSyntaxError) {
        guard openValues.count < Self.maximumDepth else {
            throw error("nesting deeper than \(Self.maximumDepth) levels")
        }
        openValues.append((what, position))
    }

    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    /// The byte at the position; at the end of the text, the truncation error.
    func peek(expecting: String) throws(JSONSyntaxError) -> UInt8 {
        guard position < bytes.count else { throw endOfText(expecting: expecting) }
        return bytes[position]
    }

    /// The line and column of the byte at `offset` (only computed for messages: O(offset)).
    func location(of offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        return (line, offset - lineStart + 1)
    }

    func describeByte() -> String {
        guard position < bytes.count else { return "end of text" }
        let byte = bytes[position]
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x\(String(byte, radix: 16))"
    }

    func error(_ reason: String, truncated: Bool = false) -> JSONSyntaxError {
        let here = location(of: position)
        return JSONSyntaxError(line: here.line, column: here.column, reason: reason, isTruncated: truncated)
    }

    /// The error for a text that ends inside a value: says what is still open.
    func endOfText(expecting: String) -> JSONSyntaxError {
        let inside =
            openValues.last.map { value -> String in
                let start = location(of: value.offset)
                return " inside \(value.what) that starts at line \(start.line), column \(start.column)"
            } ?? ""
        return error("the text ends\(inside) (expected \(expecting)); the file may be truncated", truncated: true)
    }
}
