import Testing

@testable import CreditCLI

@Suite struct NameSuggestionTests {
    @Test func editDistanceOfTextbookPairs() {
        #expect(NameSuggestion.editDistance("", "") == 0)
        #expect(NameSuggestion.editDistance("abc", "") == 3)
        #expect(NameSuggestion.editDistance("", "abc") == 3)
        #expect(NameSuggestion.editDistance("same", "same") == 0)
        #expect(NameSuggestion.editDistance("kitten", "sitting") == 3)  // Levenshtein's classic
        #expect(NameSuggestion.editDistance("flaw", "lawn") == 2)
    }

    @Test func adjacentTranspositionCostsOne() {
        #expect(NameSuggestion.editDistance("ab", "ba") == 1)
        #expect(NameSuggestion.editDistance("--tagret", "--target") == 1)
        // Optimal string alignment edits each substring once: "ca" -> "abc" takes 3, where
        // unrestricted Damerau-Levenshtein takes 2. This pins down which distance is computed.
        #expect(NameSuggestion.editDistance("ca", "abc") == 3)
    }

    @Test func editDistanceIsSymmetric() {
        for (a, b) in [("format", "fromat"), ("x", "xyz"), ("train", "trian"), ("", "q")] {
            #expect(NameSuggestion.editDistance(a, b) == NameSuggestion.editDistance(b, a))
        }
    }

    @Test func closestByDistance() {
        let options = ["--target", "--format", "--features", "--strict", "--help"]
        #expect(NameSuggestion.closest(to: "--tagret", among: options) == "--target")
        #expect(NameSuggestion.closest(to: "--fromat", among: options) == "--format")
        #expect(NameSuggestion.closest(to: "--strcit", among: options) == "--strict")
        #expect(NameSuggestion.closest(to: "trian", among: ["train", "score"]) == "train")
    }

    @Test func closestByPrefixPrefersTheShortest() {
        #expect(NameSuggestion.closest(to: "--fea", among: ["--features", "--feat"]) == "--feat")
        #expect(NameSuggestion.closest(to: "--max", among: ["--max-iterations"]) == "--max-iterations")
    }

    @Test func nothingCloseGivesNil() {
        #expect(NameSuggestion.closest(to: "--zzzzzz", among: ["--target"]) == nil)
        #expect(NameSuggestion.closest(to: "--x", among: []) == nil)
        #expect(NameSuggestion.closest(to: "-x", among: ["-o", "-q"]) == nil)
        #expect(NameSuggestion.closest(to: "", among: ["a"]) == nil)
    }

    @Test func theInputItselfIsNeverSuggested() {
        #expect(NameSuggestion.closest(to: "train", among: ["train"]) == nil)
    }

    @Test func tiesGoToTheEarlierCandidate() {
        #expect(NameSuggestion.closest(to: "cat", among: ["bat", "car"]) == "bat")
        #expect(NameSuggestion.closest(to: "cat", among: ["car", "bat"]) == "car")
    }
}
