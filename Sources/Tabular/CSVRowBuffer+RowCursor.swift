extension CSVRowBuffer {
    /// Writes the fields of one row into room a `CSVRowBuffer` reserved: the one place fields are
    /// encoded (delimiters, quoting, integers, the row's end). A cursor is a plain value, so a
    /// tight loop keeps its position in a register; every write checks that it stays within the
    /// room reserved.
    public struct RowCursor {
        /// Where the next byte goes.
        @usableFromInline var position: UnsafeMutablePointer<UInt8>
        /// The end of the room reserved.
        @usableFromInline let limit: UnsafeMutablePointer<UInt8>
        /// Where the row began.
        @usableFromInline let rowStart: UnsafeMutablePointer<UInt8>
        @usableFromInline let delimiter: UInt8
        /// Fields written in the row so far.
        @usableFromInline var fields: Int

        /// The most bytes an integer field takes: a delimiter, a sign and 19 digits.
        public static let maximumIntegerBytes = 21
        /// The most bytes the end of a row takes: `""` (a row of one empty field) and LF.
        @usableFromInline static let endBytes = 3

        /// The most bytes a text field of `count` UTF-8 bytes takes: a delimiter, quotes, and
        /// every byte doubled.
        @inlinable
        public static func maximumBytes(utf8 count: Int) -> Int { 2 * count + 3 }

        /// Adds a field that `write` formats in place: it gets room for `maximumBytes` bytes and
        /// returns how many it wrote. The bytes are taken as they are (they must need no quotes).
        @inlinable
        public mutating func appendField(maximumBytes: Int, _ write: (UnsafeMutablePointer<UInt8>) -> Int) {
            startField(needing: maximumBytes)
            let written = write(position)
            precondition(written >= 0 && written <= maximumBytes, "a field wrote more than it reserved")
            position += written
        }

        /// Adds an integer.
        @inlinable
        public mutating func appendField(_ number: Int) {
            startField(needing: Self.maximumIntegerBytes - 1)
            var magnitude = number.magnitude
            if number < 0 {
                position[0] = UInt8(ascii: "-")
                position += 1
            }
            var digits = 1
            var rest = magnitude / 10
            while rest > 0 {
                digits += 1
                rest /= 10
            }
            var index = digits
            repeat {
                index -= 1
                position[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while index > 0
            position += digits
        }

        /// Adds a text field given as UTF-8 bytes, quoted when needed.
        @inlinable
        public mutating func appendField(utf8 bytes: UnsafeBufferPointer<UInt8>) {
            startField(needing: Self.maximumBytes(utf8: bytes.count) - 1)
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
            guard needsQuotes(bytes) else {
                position.update(from: base, count: bytes.count)
                position += bytes.count
                return
            }
            position[0] = UInt8(ascii: "\"")
            position += 1
            for byte in bytes {
                position[0] = byte
                position += 1
                if byte == UInt8(ascii: "\"") {
                    position[0] = byte
                    position += 1
                }
            }
            position[0] = UInt8(ascii: "\"")
            position += 1
        }

        /// Adds an empty field (a missing value).
        @inlinable
        public mutating func appendMissingField() {
            startField(needing: 0)
        }

        /// Ends the row: `""` when its only field is empty, then LF.
        @inlinable
        mutating func endRow() {
            precondition(fields > 0, "a row needs at least one field")
            precondition(limit - position >= Self.endBytes, "the row outgrew the room reserved")
            if fields == 1 && position == rowStart {
                position[0] = UInt8(ascii: "\"")
                position[1] = UInt8(ascii: "\"")
                position += 2
            }
            position[0] = UInt8(ascii: "\n")
            position += 1
        }

        /// Writes the delimiter before every field but the first, after checking that the field's
        /// `bytes` (and the row's end) fit.
        @inlinable @inline(__always)
        mutating func startField(needing bytes: Int) {
            precondition(limit - position >= bytes + 1 + Self.endBytes, "the row outgrew the room reserved")
            if fields > 0 {
                position[0] = delimiter
                position += 1
            }
            fields += 1
        }

        @inlinable
        func needsQuotes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let first = bytes.first, let last = bytes.last else { return false }
            if first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") || last == UInt8(ascii: " ")
                || last == UInt8(ascii: "\t")
            {
                return true
            }
            for byte in bytes
            where byte == delimiter || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n")
                || byte == UInt8(ascii: "\r")
            {
                return true
            }
            return false
        }
    }
}
