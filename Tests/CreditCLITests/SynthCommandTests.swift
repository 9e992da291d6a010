import Foundation
import SyntheticData
import Tabular
import Testing

@testable import CreditCLI

/// `credo synth portfolio`, in process and through the real binary.
@Suite struct SynthCommandTests {
    static let options = ["synth", "portfolio", "--rows", "300", "--features", "4", "--seed", "17"]

    @Test func writesTheDataAndTheTruthBesideIt() throws {
        let folder = try TemporaryFolder()
        let run = runCredoInProcess(Self.options + ["--out", "p.csv"], currentDirectory: folder.url)
        #expect(run.status == 0)
        #expect(run.stderr == "")
        let csv = try String(contentsOf: folder.url.appendingPathComponent("p.csv"), encoding: .utf8)
        let truthData = try Data(contentsOf: folder.url.appendingPathComponent("p.truth.json"))
        let truth = try JSONDecoder().decode(PortfolioTruth.self, from: truthData)
        let lines = csv.split(separator: "\n")
        #expect(lines.count == 301)
        #expect(lines[0] == "id,x1,x2,x3,x4,region,segment,channel,default")
        let events = lines.dropFirst().filter { $0.hasSuffix(",1") }.count
        #expect(truth.realized?.events == events)
        #expect(truth.seed == 17)
        #expect(truth.generator == "credo 0.1.0 synth portfolio")
        #expect(
            truth.options
                == PortfolioTruth.Options(rows: 300, features: 4, categorical: 3, intercept: -2.5, significantDigits: 4))
        let rate = formatShortest((Double(events) / 300 * 10_000).rounded() / 100)
        #expect(run.stdout == "p.csv: 300 rows, \(events) defaults (event rate \(rate)%); truth in p.truth.json\n")

        // The library, given the same options, writes the same bytes.
        let portfolio = SyntheticPortfolio(options: PortfolioOptions(rows: 300, numericFeatures: 4, seed: 17))
        var bytes: [UInt8] = []
        portfolio.writeCSV { bytes.append(contentsOf: $0) }
        #expect(Array(csv.utf8) == bytes)
        #expect(Array(truthData) == PortfolioTruth(portfolio: portfolio, summary: truth.realized.map {
            PortfolioSummary(rows: $0.rows, events: $0.events, expectedEvents: $0.expectedEvents)
        }, generator: "credo 0.1.0 synth portfolio").jsonBytes)
    }

    @Test func optionsReachTheGenerator() throws {
        let folder = try TemporaryFolder()
        let run = runCredoInProcess(
            ["synth", "portfolio", "--rows=5", "--features=2", "--seed=3", "--categorical", "1", "--intercept", "-1",
             "--digits", "2", "--out", "data", "--truth", "t.json"], currentDirectory: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        let csv = try String(contentsOf: folder.url.appendingPathComponent("data"), encoding: .utf8)
        #expect(csv.hasPrefix("id,x1,x2,region,default\n"))
        let truth = try JSONDecoder().decode(
            PortfolioTruth.self, from: Data(contentsOf: folder.url.appendingPathComponent("t.json")))
        #expect(truth.options == PortfolioTruth.Options(rows: 5, features: 2, categorical: 1, intercept: -1, significantDigits: 2))
        for line in csv.split(separator: "\n").dropFirst() {
            for field in line.split(separator: ",")[1...2] {
                #expect(field.filter(\.isNumber).drop { $0 == "0" }.count <= 2, "\(field) has more than 2 digits")
            }
        }
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("data.truth.json").path))
    }

    @Test func standardOutput() throws {
        let run = runCredoInProcess(Self.options + ["--out", "-"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("id,x1,x2,x3,x4,region,segment,channel,default\n1,"))
        #expect(run.stdout.split(separator: "\n").count == 301)
        #expect(run.stderr.hasPrefix("<stdout>: 300 rows, "))
        #expect(!run.stderr.contains("truth"))
    }

    @Test func usageErrors() {
        let cases: [([String], String)] = [
            (["--rows", "-1", "--features", "2", "--seed", "1", "--out", "x.csv"], "the number of rows must not be negative, got -1"),
            (["--rows", "1", "--features", "2", "--seed", "-5", "--out", "x.csv"], "--seed must not be negative, got -5"),
            (["--rows", "1", "--features", "2", "--seed", "1", "--digits", "16", "--out", "x.csv"],
             "the significant digits must be between 1 and 15, got 16"),
            (["--rows", "1", "--features", "2", "--seed", "1", "--out", "x.csv", "--truth", "x.csv"],
             "--truth must differ from --out"),
        ]
        for (arguments, message) in cases {
            let run = runCredoInProcess(["synth", "portfolio"] + arguments)
            #expect(run.status == 64, "\(arguments)")
            #expect(run.stderr == "Error: \(message)\nSee 'credo synth portfolio --help'.\n")
        }
        #expect(runCredoInProcess(["synth", "portfolio", "--rows", "1"]).status == 64)
    }

    @Test func missingDirectoryAndDevicesAreNotWritten() throws {
        let folder = try TemporaryFolder()
        let missing = runCredoInProcess(Self.options + ["--out", "no/such/p.csv"], currentDirectory: folder.url)
        #expect(missing.status == 73)
        #expect(missing.stderr.contains("cannot create the file"))
        let truthMissing = runCredoInProcess(
            Self.options + ["--out", "p.csv", "--truth", "no/t.json"], currentDirectory: folder.url)
        #expect(truthMissing.status == 73)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).isEmpty)

        // A device is written to, never replaced by a file.
        let device = runCredoInProcess(Self.options + ["--out", "/dev/null"])
        #expect(device.status == 0)
        var info = stat()
        #expect(stat("/dev/null", &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR)
    }

    /// The real binary: the same options give the same bytes, run after run.
    @Test func executableIsDeterministic() throws {
        let folder = try TemporaryFolder()
        let first = try runCredo(Self.options + ["--out", "a.csv"], currentDirectory: folder.url)
        let second = try runCredo(Self.options + ["--out", "b.csv"], currentDirectory: folder.url)
        #expect(first.status == 0 && second.status == 0)
        let a = try Data(contentsOf: folder.url.appendingPathComponent("a.csv"))
        let b = try Data(contentsOf: folder.url.appendingPathComponent("b.csv"))
        #expect(a == b)
        #expect(
            try Data(contentsOf: folder.url.appendingPathComponent("a.truth.json"))
                == Data(contentsOf: folder.url.appendingPathComponent("b.truth.json")))
        let piped = try runCredo(Self.options + ["--out", "-"])
        #expect(piped.status == 0)
        #expect(Data(piped.stdout.utf8) == a)
    }
}
