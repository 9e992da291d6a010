import Foundation
import Testing
import TestSupport

@testable import Tabular

@Suite struct ReadDatasetTests {
    /// Tiny parts force splits everywhere — inside quoted fields with line breaks too, where the
    /// previous part does not end at the split and the rest is read sequentially — and tiny
    /// windows force records across windows. The result must equal the one-thread read.
    @Test(arguments: [1, 2, 3, 5, 8])
    func partsAndWindowsDoNotChangeTheResult(threads: Int) throws {
        let path = try Files.write(awkwardCSV(rows: 2000, seed: UInt64(threads)))
        let request = ColumnRequest(kinds: awkwardKinds)
        var single = CSVOptions()
        single.maxThreads = 1
        let expected = try readDataset(path: path, request: request, options: single)
        var options = CSVOptions()
        options.maxThreads = threads
        for windowBytes in [1, 97, 1 << 20] {
            let tuning = ReadTuning(minimumPartBytes: 1, windowBytes: windowBytes)
            let result = try readDataset(path: path, request: request, options: options, tuning: tuning)
            expectSameDataset(expected.dataset, result.dataset)
            #expect(result.diagnostics == expected.diagnostics)
            #expect(result.skippedRowCount == expected.skippedRowCount)
        }
    }

    @Test func levelsKeepFirstAppearanceAcrossParts() throws {
        var text = "g\n"
        for i in 0..<400 { text += ["a", "b"][i % 2] + "\n" }
        for i in 0..<400 { text += ["c", "b", "d"][i % 3] + "\n" }
        let path = try Files.write(text)
        var options = CSVOptions()
        options.maxThreads = 4
        let result = try readDataset(path: path, request: .all, options: options, tuning: ReadTuning(minimumPartBytes: 1))
        let column = try #require(result.dataset.column(named: "g")?.categorical)
        #expect(column.levels == ["a", "b", "c", "d"])
        #expect(column.codes.prefix(4) == [0, 1, 0, 1])
        #expect(column.codes[400..<403] == [2, 1, 3])
        #expect(result.dataset.rowNumbers == Array(2...801))
    }

    @Test func strictReportsTheFirstBadRowInFileOrder() throws {
        var text = "a,b\n"
        for i in 0..<3000 { text += i == 2100 || i == 2900 ? "\(i)\n" : "\(i),\(i)\n" }
        let path = try Files.write(text)
        var options = CSVOptions()
        options.badRows = .strict
        options.maxThreads = 3
        let diagnostic = dataDiagnostic { _ = try readDataset(path: path, request: .all, options: options, tuning: ReadTuning(minimumPartBytes: 1)) }
        #expect(diagnostic?.row == 2102)
        #expect(diagnostic?.problem == .raggedRow(expected: 2, found: 1))
    }

    /// Every record holds quoted line breaks, so splits fall inside quoted fields and the read
    /// continues sequentially; a strict failure found there still names its file row.
    @Test func strictFailureAfterASplitInsideQuotes() throws {
        var text = "i,note\n"
        for i in 0..<3000 { text += i == 2900 ? "\(i)\n" : "\(i),\"a\nb\nc\nd\ne\"\n" }
        let path = try Files.write(text)
        var options = CSVOptions()
        options.maxThreads = 3
        let skipped = try readDataset(path: path, request: .all, options: options, tuning: ReadTuning(minimumPartBytes: 1))
        #expect(skipped.dataset.rowCount == 2999)
        #expect(skipped.diagnostics.map(\.row) == [2902])
        #expect(skipped.dataset.rowNumbers.last == 3001)
        options.badRows = .strict
        let diagnostic = dataDiagnostic { _ = try readDataset(path: path, request: .all, options: options, tuning: ReadTuning(minimumPartBytes: 1)) }
        #expect(diagnostic?.row == 2902)
    }

    @Test func aWideFileReads() throws {
        let width = 3000
        let header = (0..<width).map { "c\($0)" }.joined(separator: ",")
        let row = (0..<width).map { "\($0 % 7)" }.joined(separator: ",")
        let path = try Files.write(header + "\n" + row + "\n" + row + "\n")
        let result = try readDataset(path: path)
        #expect(result.dataset.columns.count == width)
        #expect(numbers(result.dataset, "c2999") == [3, 3])
    }

    @Test func errorsOpeningTheFile() throws {
        #expect(throws: TabularError.noSuchFile(path: "/nonexistent/x.csv")) { try readDataset(path: "/nonexistent/x.csv") }
        #expect(throws: TabularError.noSuchFile(path: "")) { try readDataset(path: "") }
        let folder = try TestPaths.temporaryDirectory()
        #expect(throws: TabularError.unreadable(path: folder.path, reason: "it is a directory")) { try readDataset(path: folder.path) }
    }

    @Test func theFileIsUnchanged() throws {
        let text = "a,b\n1,2"
        let path = try Files.write(text)
        _ = try readDataset(path: path)
        #expect(Files.contents(path) == Array(text.utf8))
    }
}

/// The shared real datasets, compared with a profile computed by Python's csv module and float()
/// (Fixtures/make_shared_datasets.py): row counts, names, kinds, missing counts, exact first and
/// last values, level order, and sums.
@Suite(.enabled(if: TestPaths.hasSharedDatasets)) struct SharedDatasetReadTests {
    struct Profile: Decodable {
        struct Column: Decodable {
            var name: String
            var missing: Int
            var kind: String
            var sum: Double?
            var first: Double?
            var last: Double?
            var levels: [String]?
        }
        var rows: Int
        var columns: [Column]
    }

    @Test(arguments: [
        "german_credit/german_credit_uci.csv", "spector/spector.csv", "betareg/GasolineYield.csv",
        "betareg/FoodExpenditure.csv", "asah/asah.csv",
    ])
    func matchesThePythonProfile(_ name: String) throws {
        let profiles = try loadJSONFixture([String: Profile].self, "shared_datasets.json", in: "TabularTests")
        let profile = try #require(profiles[name])
        let path = TestPaths.sharedDataset(name).path
        let result = try readDataset(path: path)
        let dataset = result.dataset
        #expect(result.diagnostics.isEmpty)
        #expect(dataset.rowCount == profile.rows)
        #expect(dataset.names == profile.columns.map(\.name))
        for expected in profile.columns {
            let column = try #require(dataset.column(named: expected.name))
            #expect(column.missingCount == expected.missing, "\(expected.name)")
            if expected.kind == "numeric" {
                let values = try #require(column.numeric?.values, "\(expected.name) should be numeric")
                #expect(values.first == expected.first && values.last == expected.last, "\(expected.name)")
                // Summing up to 1000 values in file order: relative error below n * 2^-53 ~ 1e-13.
                let sum = values.filter { !$0.isNaN }.reduce(0, +)
                #expect(sum.isApproximatelyEqual(to: expected.sum!, relativeTolerance: 1e-12), "\(expected.name)")
            } else {
                let levels: [String]
                switch column {
                case .categorical(let c): levels = c.levels
                case .text(let c): levels = Array(NSOrderedSet(array: c.values).array as! [String])
                case .numeric: levels = []
                }
                #expect(column.kind != .numeric, "\(expected.name)")
                #expect(levels == expected.levels, "\(expected.name)")
            }
        }
        let chunked = try readByChunks(path, maxRows: 7, bufferSize: 64)
        expectSameDataset(dataset, chunked.dataset)
    }
}
