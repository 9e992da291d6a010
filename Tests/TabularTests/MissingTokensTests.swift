import Foundation
import TestSupport
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

/// Numeric missing tokens (`-999`) in numeric columns, on every reader path.
@Suite struct NumericMissingTokenTests {
    static let csv = "a,b\n1,-999\n-999.0,2\n\"-999\",3\n 7 ,-999.5\n4,NA\n"

    func options() -> CSVOptions {
        var options = CSVOptions()
        options.missingTokens.insert("-999")
        return options
    }

    @Test func wholeFileReaderMakesThemMissing() throws {
        let folder = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("tokens.csv").path
        try Self.csv.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try readDataset(path: path, options: options())
        let a = try #require(result.dataset.column(named: "a")?.numeric)
        let b = try #require(result.dataset.column(named: "b")?.numeric)
        #expect(a.values.map { $0.isNaN ? -1 : $0 } == [1, -1, -1, 7, 4])
        #expect(b.values.map { $0.isNaN ? -1 : $0 } == [-1, 2, 3, -999.5, -1])
        #expect(a.missingCount == 2 && b.missingCount == 2)
    }

    @Test func streamingReaderAgrees() throws {
        let folder = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("tokens.csv").path
        try Self.csv.write(toFile: path, atomically: true, encoding: .utf8)
        let reader = try CSVReader(path: path, options: options())
        var values: [Double] = []
        while let chunk = try reader.nextChunk(maxRows: 2) {
            values += try #require(chunk.rows.column(named: "a")?.numeric).values
        }
        #expect(values.map { $0.isNaN ? -1 : $0 } == [1, -1, -1, 7, 4])
    }

    @Test func defaultTokensHaveNoNumbers() {
        #expect(MissingTokens.numericValues(of: CSVOptions().missingTokens).isEmpty)
        #expect(MissingTokens.numericValues(of: ["-999", "NA", "99999"]) == [-999, 99999])
    }
}
