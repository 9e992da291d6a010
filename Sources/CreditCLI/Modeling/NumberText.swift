import Foundation

/// How numbers read in the text summaries of `train` and `inspect` (JSON output uses the shortest
/// round-trip form instead).
enum NumberText {
    /// `x` with `decimals` decimals ("nan", "inf", "-inf" for non-finite values).
    static func fixed(_ x: Double, _ decimals: Int) -> String {
        guard x.isFinite else { return special(x) }
        let text = String(format: "%.\(decimals)f", x)
        return text.hasPrefix("-") && text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." })
            ? String(text.dropFirst()) : text
    }

    /// `x` with `digits` significant digits, in plain notation between 1e-4 and 1e9, otherwise
    /// in exponent notation.
    static func significant(_ x: Double, _ digits: Int = 6) -> String {
        guard x.isFinite else { return special(x) }
        if x == 0 { return "0" }
        let magnitude = abs(x)
        if magnitude >= 1e-4 && magnitude < 1e9 {
            let exponent = Int(floor(log10(magnitude)))
            let decimals = max(0, digits - 1 - exponent)
            return fixed(x, decimals)
        }
        return String(format: "%.\(digits - 1)e", x)
    }

    /// `x` with at most `decimals` decimals, trailing zeros removed: 0.025, 0.975, 0.05.
    static func trimmed(_ x: Double, _ decimals: Int) -> String {
        var text = fixed(x, decimals)
        guard text.contains(".") else { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// A p-value: 4 decimals, or "<0.0001".
    static func pValue(_ p: Double) -> String {
        guard p.isFinite else { return special(p) }
        return p < 0.0001 ? "<0.0001" : fixed(p, 4)
    }

    /// An integral count without decimals, any other value as `significant`.
    static func count(_ x: Double) -> String {
        x.isFinite && x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : significant(x)
    }

    /// A share as a percentage with one decimal: "30.0%".
    static func percent(_ part: Double, of whole: Double) -> String {
        whole > 0 ? fixed(100 * part / whole, 1) + "%" : "n/a"
    }

    private static func special(_ x: Double) -> String {
        x.isNaN ? "nan" : (x < 0 ? "-inf" : "inf")
    }
}
