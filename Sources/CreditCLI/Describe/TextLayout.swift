import Foundation

/// Helpers for the text report: readable numbers and tables aligned by display width.
enum TextLayout {
    /// A number for people: integers in full, others to 6 significant digits without trailing
    /// zeros (`20.903`, `0.0125`), very small or very large magnitudes in exponent form; `-` for
    /// a missing value (NaN).
    static func number(_ x: Double) -> String {
        if x.isNaN { return "-" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        if x == x.rounded() && abs(x) < 1e15 { return String(Int64(x)) }
        let magnitude = abs(x)
        if magnitude < 1e-4 || magnitude >= 1e15 { return String(format: "%.5e", x) }
        let exponent = Int(log10(magnitude).rounded(.down))
        let decimals = max(0, 5 - exponent)
        var text = String(format: "%.\(decimals)f", x)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    /// A share as a percentage with two decimals (`30.00%`); `-` for NaN.
    static func percent(_ share: Double) -> String {
        share.isNaN ? "-" : String(format: "%.2f%%", share * 100)
    }

    /// A value with four decimals (WoE, IV); `-` for NaN.
    static func fixed4(_ x: Double) -> String {
        x.isNaN ? "-" : String(format: "%.4f", x)
    }

    /// The columns a string takes in a terminal: 2 for East Asian wide and full-width
    /// characters, 0 for combining marks, 1 otherwise (a short form of Unicode UAX #11).
    static func displayWidth(_ text: String) -> Int {
        var width = 0
        for scalar in text.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x0300...0x036F, 0x200B...0x200F, 0xFE00...0xFE0F: break
            case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
                0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
                0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
                width += 2
            default:
                width += 1
            }
        }
        return width
    }

    /// `text` cut to at most `limit` display columns, with `...` when cut; line breaks and tabs
    /// shown as spaces so a value never breaks a table row.
    static func clipped(_ text: String, to limit: Int) -> String {
        let flat = String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
        if displayWidth(flat) <= limit { return flat }
        var out = ""
        var width = 0
        for character in flat {
            let w = displayWidth(String(character))
            if width + w > limit - 3 { break }
            out.append(character)
            width += w
        }
        return out + "..."
    }

    /// Rows laid out in aligned columns, each line indented by `indent` spaces. Columns listed
    /// in `rightAligned` (numbers) are right-aligned, the others left-aligned; two spaces between
    /// columns, no trailing spaces.
    static func table(_ rows: [[String]], rightAligned: Set<Int>, indent: Int = 2) -> [String] {
        guard let columnCount = rows.map(\.count).max() else { return [] }
        var widths = [Int](repeating: 0, count: columnCount)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], displayWidth(cell)) }
        }
        return rows.map { row in
            var line = String(repeating: " ", count: indent)
            for (index, cell) in row.enumerated() {
                let pad = String(repeating: " ", count: widths[index] - displayWidth(cell))
                if index > 0 { line += "  " }
                line += rightAligned.contains(index) ? pad + cell : cell + pad
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }
}
