import Testing

@testable import Tabular

private func matches(_ tokens: MissingTokens, _ text: String) -> Bool {
    var text = text
    return text.withUTF8 { tokens.matches($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, $0.count) }
}

@Suite struct MissingTokensTests {
    @Test func matchesExactly() {
        let tokens = MissingTokens(["", "NA", "NaN", "null"])
        #expect(tokens.includesEmpty)
        for text in ["", "NA", "NaN", "null"] { #expect(matches(tokens, text)) }
        for text in ["na", "N", "NAN", "nul", " NA", "nulls", "x"] { #expect(!matches(tokens, text)) }
    }

    @Test func customAndLongTokens() {
        let long = String(repeating: "m", count: 80)
        let tokens = MissingTokens(["-", long])
        #expect(!tokens.includesEmpty)
        #expect(matches(tokens, "-") && matches(tokens, long))
        #expect(!matches(tokens, "") && !matches(tokens, String(repeating: "m", count: 79)) && !matches(tokens, long + "m"))
        #expect(!matches(MissingTokens([]), ""))
    }
}
