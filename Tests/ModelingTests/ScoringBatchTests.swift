import Foundation
import Tabular
import TestSupport
import Testing

@testable import Modeling

@Suite struct ScoringBatchTests {
    /// The fixture's portfolio with two rows the reader rejects inserted (rows 5 and 40).
    static func portfolioWithUnreadableRows() -> String {
        var lines = ScoringFixture.shared.csv.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.insert("R1,abc,east,30,A,0.1,0.1", at: 3)  // becomes row 4: text in a numeric feature
        lines.insert("R2,1,east", at: 39)  // row 40: ragged
        return lines.joined(separator: "\n")
    }

    static func run(
        csv: String, options: BatchScoringOptions, policy: DesignEncoder.UnseenLevelPolicy = .error
    ) throws -> (output: String?, problems: [ScoringProblem], summary: BatchScoringSummary?, error: BatchScoringError?) {
        let folder = try TestPaths.temporaryDirectory("scoring-batch")
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("p.csv").path
        let out = folder.appendingPathComponent("scores.csv").path
        try Data(csv.utf8).write(to: URL(fileURLWithPath: data))
        let scorer = CompiledScorer(model: try ScoringFixture.shared.model(), unseenLevels: policy)
        var problems: [ScoringProblem] = []
        var chunks = 0
        do {
            let summary = try BatchScoring.score(
                dataPath: data, outputPath: out, scorer: scorer, options: options, report: { problems.append($0) },
                progress: { chunks += $0 })
            #expect(chunks == summary.rowsRead)
            let output = try String(contentsOfFile: out, encoding: .utf8)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["p.csv", "scores.csv"])
            return (output, problems, summary, nil)
        } catch let error as BatchScoringError {
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["p.csv"], "no output left")
            return (nil, problems, nil, error)
        }
    }

    /// `id,pd` for every scorable row, in file order, the PD written shortest (round-trips to the
    /// scorer's bits); the problems in row order, the reader's and the scorer's merged.
    @Test func scoresAndReportsInFileOrder() throws {
        let result = try Self.run(csv: Self.portfolioWithUnreadableRows(), options: BatchScoringOptions(idColumn: "id"))
        let output = try #require(result.output)
        let lines = output.split(separator: "\n").map(String.init)
        #expect(lines[0] == "id,pd")
        let expected = ScoringFixture.shared.expectedError.filter { $0.pd != nil }
        #expect(lines.count == expected.count + 1)
        for (line, row) in zip(lines.dropFirst(), expected) {
            let fields = line.split(separator: ",")
            #expect(fields[0] == row.id[...])
            let pd = try #require(Double(fields[1]))
            #expect(pd.isApproximatelyEqual(to: row.pd!, relativeTolerance: 1e-15), "\(row.id)")
            #expect(formatShortest(pd) == fields[1], "shortest form")
        }
        #expect(result.problems.map(\.row) == [4, 40, 73, 74, 75, 76, 77, 78])
        guard case .unreadable(let notANumber) = result.problems[0], case .unreadable(let ragged) = result.problems[1] else {
            Issue.record("the reader's rows come first: \(result.problems)")
            return
        }
        #expect(notANumber.problem == .notANumber && notANumber.column == "income" && notANumber.value == "abc")
        #expect(ragged.problem == .raggedRow(expected: 7, found: 3))
        #expect(result.summary == BatchScoringSummary(rowsRead: 77, rowsScored: 69, rowsSkipped: 8, unseenLevelRows: 0))
    }

    /// Under `strict` the first problem in file order stops the run and no file is left, whether
    /// the reader or the scorer finds it.
    @Test func strictStopsAtTheFirstProblem() throws {
        let result = try Self.run(
            csv: Self.portfolioWithUnreadableRows(), options: BatchScoringOptions(idColumn: "id", strict: true, chunkRows: 100))
        guard case .badRow(.unreadable(let diagnostic)) = result.error else {
            Issue.record("expected the unreadable row 4, got \(String(describing: result.error))")
            return
        }
        #expect(diagnostic.row == 4)
        #expect(result.problems.isEmpty)

        let scorerFirst = try Self.run(
            csv: ScoringFixture.shared.csv, options: BatchScoringOptions(strict: true, chunkRows: 7))
        guard case .badRow(.missingValue(_, 71, "income")) = scorerFirst.error else {
            Issue.record("expected the missing income of row 71, got \(String(describing: scorerFirst.error))")
            return
        }
        let clean = ScoringFixture.shared.csv.split(separator: "\n").prefix(60).joined(separator: "\n")
        let strictClean = try Self.run(csv: clean, options: BatchScoringOptions(strict: true))
        #expect(strictClean.error == nil)
        #expect(strictClean.summary?.rowsScored == 59)
    }

    /// The same bytes, problems and counts for any chunk size and number of threads. The portfolio
    /// is repeated to about 1 MB, so that chunks are parsed in parts and formatted in pieces.
    @Test func outputIsTheSameForAnyChunkingAndThreads() throws {
        let lines = Self.portfolioWithUnreadableRows().split(separator: "\n", omittingEmptySubsequences: false)
        var csv = String(lines[0])
        for copy in 0..<300 {
            for line in lines.dropFirst() where !line.isEmpty { csv += "\n" + (copy == 0 ? "" : "c\(copy)-") + line }
        }
        #expect(csv.utf8.count > 800_000)
        var single = CSVOptions()
        single.maxThreads = 1
        let reference = try Self.run(csv: csv, options: BatchScoringOptions(idColumn: "id", csv: single))
        let output = try #require(reference.output)
        #expect(reference.summary?.rowsSkipped ?? 0 >= 400)
        for threads in [1, 2, 4] {
            var options = CSVOptions()
            options.maxThreads = threads
            for chunkRows in [1, 7, 4096, 65_536] {
                let run = try Self.run(csv: csv, options: BatchScoringOptions(idColumn: "id", chunkRows: chunkRows, csv: options))
                let sameOutput = run.output == output
                let sameProblems = run.problems.map(\.row) == reference.problems.map(\.row)
                #expect(sameOutput, "chunks of \(chunkRows), \(threads) threads")
                #expect(sameProblems, "chunks of \(chunkRows), \(threads) threads")
                #expect(run.summary == reference.summary)
            }
        }
    }

    /// Without an id the first column is the spreadsheet row; kept columns follow in the order
    /// asked, as read: text unchanged (quoted again where needed), a feature column as its level or
    /// its number.
    @Test func rowNumbersAndKeptColumns() throws {
        let csv = """
            id,note,income,region,age,grade,ratio,leverage
            A1,"hello, world",10.50,north,30,B,0.1,0.2

            A2, padded ,1e1,south,31,C,0,0
            """
        let result = try Self.run(csv: csv, options: BatchScoringOptions(keepColumns: ["note", "region", "income", "id"]))
        let lines = try #require(result.output).split(separator: "\n").map(String.init)
        #expect(lines[0] == "row,pd,note,region,income,id")
        #expect(lines[1].hasPrefix("2,0."))
        #expect(lines[1].hasSuffix(",\"hello, world\",north,10.5,A1"))
        #expect(lines[2].hasPrefix("4,0."))
        #expect(lines[2].hasSuffix(",\" padded \",south,10,A2"))
    }

    @Test func unseenLevelsAsReferenceAreCounted() throws {
        let result = try Self.run(csv: ScoringFixture.shared.csv, options: BatchScoringOptions(), policy: .reference)
        #expect(result.summary == BatchScoringSummary(rowsRead: 75, rowsScored: 71, rowsSkipped: 4, unseenLevelRows: 2))
        #expect(result.problems.map(\.row) == [71, 72, 75, 76])
    }

    @Test func fileErrors() throws {
        let scorer = CompiledScorer(model: try ScoringFixture.shared.model())
        let folder = try TestPaths.temporaryDirectory("scoring-batch")
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("p.csv").path
        try Data(ScoringFixture.shared.csv.utf8).write(to: URL(fileURLWithPath: data))
        func attempt(_ dataPath: String, _ out: String, _ options: BatchScoringOptions = BatchScoringOptions()) -> BatchScoringError? {
            do {
                _ = try BatchScoring.score(dataPath: dataPath, outputPath: out, scorer: scorer, options: options, report: { _ in })
                return nil
            } catch {
                return error
            }
        }
        #expect(attempt(folder.appendingPathComponent("none.csv").path, folder.appendingPathComponent("o.csv").path)
            == .file(.noSuchFile(path: folder.appendingPathComponent("none.csv").path)))
        guard case .file(.cannotCreateOutput) = attempt(data, folder.appendingPathComponent("no/o.csv").path) else {
            Issue.record("a missing output directory cannot be created")
            return
        }
        guard case .file(.data(let diagnostic)) = attempt(data, folder.appendingPathComponent("o.csv").path,
            BatchScoringOptions(keepColumns: ["nope"]))
        else {
            Issue.record("an unknown kept column is a data error")
            return
        }
        #expect(diagnostic.column == "nope")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["p.csv"])
    }

    @Test func headerOnlyGivesHeaderOnly() throws {
        let result = try Self.run(csv: "id,income,region,age,grade,ratio,leverage\n", options: BatchScoringOptions(idColumn: "id"))
        #expect(result.output == "id,pd\n")
        #expect(result.summary == BatchScoringSummary(rowsRead: 0, rowsScored: 0, rowsSkipped: 0, unseenLevelRows: 0))
    }
}
