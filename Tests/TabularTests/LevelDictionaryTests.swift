import Testing

@testable import Tabular

private func code(_ dictionary: LevelDictionary, _ text: String) -> Int32? {
    var text = text
    return text.withUTF8 { dictionary.code(of: $0.baseAddress ?? UnsafePointer(bitPattern: 1)!, $0.count) }
}

private func insert(_ dictionary: LevelDictionary, _ text: String) -> (code: Int32, added: Bool) {
    var bytes = text
    return bytes.withUTF8 { dictionary.insert($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, $0.count, string: text) }
}

@Suite struct LevelDictionaryTests {
    @Test func numbersLevelsInOrderOfFirstAppearance() {
        let dictionary = LevelDictionary()
        #expect(insert(dictionary, "b") == (0, true))
        #expect(insert(dictionary, "a") == (1, true))
        #expect(insert(dictionary, "b") == (0, false))
        #expect(insert(dictionary, "") == (2, true))
        #expect(insert(dictionary, "客户") == (3, true))
        #expect(dictionary.levels == ["b", "a", "", "客户"])
        #expect(code(dictionary, "a") == 1)
        #expect(code(dictionary, "c") == nil)
        #expect(code(dictionary, "") == 2)
    }

    @Test func growsAndStillFindsEveryLevel() {
        let dictionary = LevelDictionary()
        for i in 0..<10_000 { #expect(insert(dictionary, "level-\(i)-with-a-longer-tail").code == Int32(i)) }
        #expect(dictionary.count == 10_000)
        for i in stride(from: 0, to: 10_000, by: 7) { #expect(code(dictionary, "level-\(i)-with-a-longer-tail") == Int32(i)) }
        #expect(code(dictionary, "level-10000-with-a-longer-tail") == nil)
    }

    @Test func removeLastUndoesTheLatestInsertions() {
        let dictionary = LevelDictionary()
        for i in 0..<100 { _ = insert(dictionary, "v\(i)") }
        dictionary.removeLast()
        dictionary.removeLast()
        #expect(dictionary.count == 98)
        #expect(code(dictionary, "v99") == nil && code(dictionary, "v98") == nil)
        #expect(code(dictionary, "v97") == 97)
        #expect(insert(dictionary, "v99") == (98, true))
        #expect(dictionary.levels.last == "v99")
    }

    @Test func hashesDifferForDifferentBytes() {
        var seen = Set<UInt64>()
        for i in 0..<5000 {
            var text = "\(i)"
            seen.insert(text.withUTF8 { LevelDictionary.hash($0.baseAddress!, $0.count) })
        }
        #expect(seen.count == 5000)
    }
}
