import Testing

@testable import CreditCLI

@Suite struct TextWrappingTests {
    @Test func wrapsAtSpacesWithinTheWidth() {
        #expect(TextWrapping.lines("aaa bbb ccc ddd", width: 7) == ["aaa bbb", "ccc ddd"])
        #expect(TextWrapping.lines("aaa bbb ccc ddd", width: 8) == ["aaa bbb", "ccc ddd"])
        #expect(TextWrapping.lines("aaa bbb ccc ddd", width: 11) == ["aaa bbb ccc", "ddd"])
    }

    @Test func specialInputs() {
        #expect(TextWrapping.lines("", width: 10) == [])
        #expect(TextWrapping.lines("   ", width: 10) == [])
        #expect(TextWrapping.lines("one", width: 10) == ["one"])
        #expect(TextWrapping.lines("a   b", width: 10) == ["a b"])
    }

    @Test func longWordStandsAloneUnbroken() {
        #expect(TextWrapping.lines("a abcdefghij b", width: 5) == ["a", "abcdefghij", "b"])
    }

    @Test func firstLineCanBeNarrower() {
        #expect(TextWrapping.lines("aa bb cc dd", width: 8, firstLineWidth: 2) == ["aa", "bb cc dd"])
    }

    @Test func hangingIndent() {
        #expect(
            TextWrapping.hanging("one two three four", firstLinePrefix: "X: ", indent: 3, width: 12)
                == "X: one two\n   three\n   four")
        #expect(TextWrapping.hanging("", firstLinePrefix: "X: ", indent: 3, width: 12) == "X:")
    }

    @Test func paragraphsJoinLinesAndKeepIndentedOnes() {
        let text = "First line\ncontinues here.\n\nExample:\n  credo x --y\n  credo z\n\n\nLast."
        #expect(
            TextWrapping.paragraphs(text, width: 80)
                == "First line continues here.\n\nExample:\n  credo x --y\n  credo z\n\nLast.")
        #expect(TextWrapping.paragraphs("\n\nOnly.\n\n", width: 80) == "Only.")
        #expect(TextWrapping.paragraphs("", width: 80) == "")
    }
}
