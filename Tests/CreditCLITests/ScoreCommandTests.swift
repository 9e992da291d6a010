import Foundation
import Modeling
import Tabular
import Testing

@testable import CreditCLI

/// `credo score` through the real binary (stdout, stderr, exit status) and in process.
@Suite struct ScoreCommandTests {
    /// A hand-built model: eta = -1.5 + 0.75 x1 - 0.3125 x2 + 0.4 [region=north] - 0.9 [region=south].
    static func model(schemaVersion: Int = 1) -> ModelFile {
        let features: [DesignFeature] = [
            .numeric("x1"), .numeric("x2"), .categorical("region", levels: ["east", "north", "south"], reference: "east"),
        ]
        let names = ModelFile.designColumns(of: features)
        let estimates = [-1.5, 0.75, -0.3125, 0.4, -0.9]
        let coefficients = zip(names, estimates).map {
            ModelFile.Coefficient(name: $0, estimate: $1, stdError: 0.1, z: $1 / 0.1, pValue: 0.01, ciLower: $1 - 0.2, ciUpper: $1 + 0.2)
        }
        var model = ModelFile(
            target: BinaryTargetDefinition(column: "default", badValue: "1", goodValue: "0"), weightColumn: nil,
            features: features, coefficients: coefficients,
            covariance: ModelFile.Covariance(type: .model, matrix: (0..<5).map { i in (0..<5).map { i == $0 ? 0.01 : 0 } }),
            fit: ModelFile.FitStatistics(
                nobs: 100, events: 20, logLikelihood: -40, nullLogLikelihood: -50, lrChiSquare: 20, lrDegreesOfFreedom: 4,
                lrPValue: 0.001, deviance: 80, pearsonChiSquare: 95, aic: 90, bic: 103,
                pseudoR2: PseudoRSquared(mcFadden: 0.2, coxSnell: 0.18, nagelkerke: 0.28), iterations: 5, converged: true,
                maxAbsGradient: 1e-12, method: .irls, l2: 0, penalizedLogLikelihood: nil),
            varianceInflation: [], lineage: ModelFile.Lineage(
                dataFile: "train.csv", dataSHA256: String(repeating: "0", count: 64), rowsRead: 100, rowsUsed: 100,
                rowsSkipped: 0, options: ModelFile.TrainingOptions(features: ["x1", "x2", "region"]), credoVersion: "0.1.0",
                createdAt: "2026-12-04T00:00:00Z"))
        model.schemaVersion = schemaVersion
        return model
    }

    /// The PD of a row by the model's formula (the library is checked against numpy in
    /// ModelingTests; here the command's wiring is checked, to 1e-15 relative).
    static func pd(_ x1: Double, _ x2: Double, _ region: String) -> Double {
        let effect = ["east": 0.0, "north": 0.4, "south": -0.9][region]!
        let eta = -1.5 + 0.75 * x1 + -0.3125 * x2 + effect
        return eta >= 0 ? 1 / (1 + exp(-eta)) : exp(eta) / (1 + exp(eta))
    }

    static let cleanCSV = """
        id,x1,x2,region,default,note
        c1,0.5,1,east,0,first
        c2,-1.25,2.5,north,1,"with, comma"
        c3,3,0,south,0,
        c4,1e-3,-4,north,0,last

        """

    /// A folder with `model.json` and `p.csv`.
    static func folder(csv: String = cleanCSV, model: ModelFile = model()) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try Data(model.encoded()).write(to: folder.url.appendingPathComponent("model.json"))
        try Data(csv.utf8).write(to: folder.url.appendingPathComponent("p.csv"))
        return folder
    }

    static func parse(_ output: String) -> [[String]] {
        output.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test func cleanRun() throws {
        let folder = try Self.folder()
        let run = try runCredo(
            ["score", "--model", "model.json", "--data", "p.csv", "--id", "id", "--out", "s.csv"], currentDirectory: folder.url)
        #expect(run == CredoRun(status: 0, stdout: "", stderr: ""))
        let rows = Self.parse(try String(contentsOf: folder.url.appendingPathComponent("s.csv"), encoding: .utf8))
        #expect(rows[0] == ["id", "pd"])
        let expected: [(String, Double)] = [
            ("c1", Self.pd(0.5, 1, "east")), ("c2", Self.pd(-1.25, 2.5, "north")), ("c3", Self.pd(3, 0, "south")),
            ("c4", Self.pd(1e-3, -4, "north")),
        ]
        #expect(rows.count == 5)
        for (row, (id, pd)) in zip(rows.dropFirst(), expected) {
            #expect(row[0] == id)
            #expect(try #require(Double(row[1])).isApproximatelyEqual(to: pd, relativeTolerance: 1e-15), "\(id)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == ["model.json", "p.csv", "s.csv"])
    }

    @Test func rowNumbersAndKeptColumnsToStandardOutput() throws {
        let folder = try Self.folder()
        let run = try runCredo(
            ["score", "--model", "model.json", "--data", "p.csv", "--keep", "note,region", "--keep", "default"],
            currentDirectory: folder.url)
        #expect(run.status == 0)
        #expect(run.stderr == "")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0] == "row,pd,note,region,default")
        #expect(lines[1] == "2,\(formatShortest(Self.pd(0.5, 1, "east"))),first,east,0")
        #expect(lines[2] == "3,\(formatShortest(Self.pd(-1.25, 2.5, "north"))),\"with, comma\",north,1")
        #expect(lines[3] == "4,\(formatShortest(Self.pd(3, 0, "south"))),,south,0")
    }

    @Test func standardInputToStandardOutput() throws {
        let folder = try Self.folder()
        let piped = try runCredo(
            ["score", "--model", "model.json", "--data", "-", "--out", "-", "--id", "id"], stdin: Self.cleanCSV,
            currentDirectory: folder.url)
        let file = try runCredo(
            ["score", "--model", "model.json", "--data", "p.csv", "--id", "id"], currentDirectory: folder.url)
        #expect(piped.status == 0)
        #expect(piped.stderr == "")
        #expect(piped.stdout == file.stdout)
        #expect(piped.stdout.hasPrefix("id,pd\nc1,"))
    }

    static let badCSV = """
        id,x1,x2,region
        ok1,1,1,east
        bad1,abc,1,east
        bad2,1,,north
        bad3,1,1,central
        bad4,1,1
        ok2,2,2,south

        """

    @Test func badRowsAreReportedAndSkipped() throws {
        let folder = try Self.folder(csv: Self.badCSV)
        let run = try runCredo(
            ["score", "--model", "model.json", "--data", "p.csv", "--id", "id", "--out", "s.csv"], currentDirectory: folder.url)
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(
            run.stderr == """
                p.csv: row 3, column 'x1': 'abc' is not a number
                p.csv: row 4, column 'x2': the value is missing (every feature of the model needs one)
                p.csv: row 5, column 'region': 'central' is a level the model did not see in training (it knows 'east', 'north', 'south')
                p.csv: row 6: expected 4 fields, found 3
                skipped 4 of 6 rows; 2 scored

                """)
        let rows = Self.parse(try String(contentsOf: folder.url.appendingPathComponent("s.csv"), encoding: .utf8))
        #expect(rows.map { $0[0] } == ["id", "ok1", "ok2"])
    }

    @Test func strictStopsWithoutOutput() throws {
        let folder = try Self.folder(csv: Self.badCSV)
        let run = try runCredo(
            ["score", "--model", "model.json", "--data", "p.csv", "--out", "s.csv", "--strict"], currentDirectory: folder.url)
        #expect(run == CredoRun(status: 65, stdout: "", stderr: "Error: p.csv: row 3, column 'x1': 'abc' is not a number\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == ["model.json", "p.csv"])
        let clean = try Self.folder()
        let strictClean = try runCredo(
            ["score", "--model", "model.json", "--data", "p.csv", "--out", "s.csv", "--strict"], currentDirectory: clean.url)
        #expect(strictClean == CredoRun(status: 0, stdout: "", stderr: ""))
    }

    /// The first 20 bad rows in full, then how many more.
    @Test func manyBadRowsAreCounted() throws {
        let bad = (0..<25).map { "b\($0),1,1,mars\n" }.joined()
        let folder = try Self.folder(csv: "id,x1,x2,region\n" + bad + "ok,0,0,east\n")
        let run = try runCredo(["score", "--model", "model.json", "--data", "p.csv"], currentDirectory: folder.url)
        #expect(run.status == 1)
        let lines = run.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 22)
        #expect(lines[0].hasPrefix("p.csv: row 2, column 'region': 'mars' is a level"))
        #expect(lines[19].hasPrefix("p.csv: row 21, column 'region': 'mars'"))
        #expect(lines[20] == "... and 5 more rows that cannot be scored")
        #expect(lines[21] == "skipped 25 of 26 rows; 1 scored")
        #expect(run.stdout == "row,pd\n27,\(formatShortest(Self.pd(0, 0, "east")))\n")
    }

    @Test func unseenLevelsBothWays() throws {
        let csv = "id,x1,x2,region\na,1,2,central\nb,1,2,east\n"
        let folder = try Self.folder(csv: csv)
        let error = try runCredo(
            ["score", "--model", "model.json", "--data", "p.csv", "--id", "id", "--unseen-level", "error"],
            currentDirectory: folder.url)
        #expect(error.status == 1)
        #expect(error.stdout == "id,pd\nb,\(formatShortest(Self.pd(1, 2, "east")))\n")
        let reference = try runCredo(
            ["score", "--model", "model.json", "--data", "p.csv", "--id", "id", "--unseen-level", "reference"],
            currentDirectory: folder.url)
        #expect(reference.status == 0)
        let pd = formatShortest(Self.pd(1, 2, "east"))
        #expect(reference.stdout == "id,pd\na,\(pd)\nb,\(pd)\n")
        #expect(
            reference.stderr
                == "Warning: 1 row held a level not seen in training, scored as the reference level (--unseen-level reference)\n")
    }

    /// Neither the chunk size nor the number of threads changes a byte of the output (20,000 rows,
    /// so that chunks are read in parts and formatted in pieces).
    @Test func chunkSizeAndThreadsDoNotChangeTheBytes() throws {
        var csv = "id,x1,x2,region\n"
        var state: UInt64 = 7
        for i in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let x1 = Double(Int64(bitPattern: state >> 1) % 100_000) / 7919
            let x2 = Double(Int64(bitPattern: state) % 100_000) / 104_729
            let region = ["east", "north", "south", "west"][Int(state >> 60) % 4]
            csv += i % 37 == 5 ? "r\(i),,1,east\n" : "r\(i),\(x1),\(x2),\(region)\n"
        }
        let folder = try Self.folder(csv: csv)
        var outputs: [Data] = []
        var reports: [String] = []
        for (chunk, threads) in [("1", "1"), ("7", "2"), ("4096", "1"), ("4096", "2"), ("4096", "3"), ("65536", "2")] {
            let name = "s\(chunk)-\(threads).csv"
            let run = try runCredo(
                ["score", "--model", "model.json", "--data", "p.csv", "--id", "id", "--out", name, "--chunk-rows", chunk,
                 "--threads", threads], currentDirectory: folder.url)
            #expect(run.status == 1)
            reports.append(run.stderr)
            outputs.append(try Data(contentsOf: folder.url.appendingPathComponent(name)))
        }
        for (output, report) in zip(outputs, reports).dropFirst() {
            #expect(output == outputs[0])
            #expect(report == reports[0])
        }
        #expect(outputs[0].count > 300_000)
        #expect(reports[0].hasSuffix("skipped 5324 of 20000 rows; 14676 scored\n"))
    }

    /// `--timings` (for the benchmarks) adds one line on standard error and changes nothing else.
    @Test func timingsAreOneLineOnStandardError() throws {
        let folder = try Self.folder()
        let plain = try runCredo(["score", "--model", "model.json", "--data", "p.csv"], currentDirectory: folder.url)
        let timed = try runCredo(
            ["score", "--model", "model.json", "--data", "p.csv", "--timings"], currentDirectory: folder.url)
        #expect(timed.status == 0 && timed.stdout == plain.stdout && plain.stderr == "")
        let line = try #require(timed.stderr.split(separator: "\n").first)
        #expect(timed.stderr.split(separator: "\n").count == 1)
        #expect(line.hasPrefix("timings {\"load\":"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(line.dropFirst("timings ".count).utf8)) as? [String: Double])
        #expect(Set(json.keys) == ["load", "score", "total"])
        #expect(json["score"]! >= 0 && json["total"]! >= json["score"]!)
    }

    @Test func fileErrors() throws {
        let folder = try Self.folder()
        func run(_ arguments: [String]) throws -> CredoRun {
            try runCredo(["score"] + arguments, currentDirectory: folder.url)
        }
        #expect(
            try run(["--model", "none.json", "--data", "p.csv"])
                == CredoRun(status: 66, stdout: "", stderr: "Error: none.json: no such file\n"))
        #expect(
            try run(["--model", "model.json", "--data", "none.csv"])
                == CredoRun(status: 66, stdout: "", stderr: "Error: none.csv: no such file\n"))
        let missingDirectory = try run(["--model", "model.json", "--data", "p.csv", "--out", "no/s.csv"])
        #expect(missingDirectory.status == 73)
        #expect(missingDirectory.stderr == "Error: no/s.csv: cannot create the file: the directory 'no' does not exist\n")

        try Data("{\"format\": \"credo-model\", ".utf8).write(to: folder.url.appendingPathComponent("truncated.json"))
        let truncated = try run(["--model", "truncated.json", "--data", "p.csv"])
        #expect(truncated.status == 65)
        #expect(truncated.stderr.hasPrefix("Error: truncated.json: the file is truncated or incomplete"))

        try Data(Self.model(schemaVersion: 2).encoded()).write(to: folder.url.appendingPathComponent("v2.json"))
        #expect(
            try run(["--model", "v2.json", "--data", "p.csv"])
                == CredoRun(
                    status: 65, stdout: "",
                    stderr: "Error: v2.json: unsupported schema version 2 (this credo reads schema version 1); "
                        + "use the credo that wrote it, or a newer one\n"))

        let missingFeature = try Self.folder(csv: "id,x1,region\n1,2,east\n")
        let lacking = try runCredo(["score", "--model", "model.json", "--data", "p.csv"], currentDirectory: missingFeature.url)
        #expect(lacking.status == 65)
        #expect(lacking.stderr.hasPrefix("Error: p.csv: column 'x2': no such column"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
            == ["model.json", "p.csv", "truncated.json", "v2.json"])
    }

    @Test func usageErrors() {
        let cases: [([String], String)] = [
            (["--chunk-rows", "0"], "--chunk-rows must be at least 1, got 0"),
            (["--threads", "0"], "--threads must be at least 1, got 0"),
            (["--keep", "pd"], "--keep: the output already has a column 'pd'"),
            (["--keep", "a,b,a"], "--keep: the output already has a column 'a'"),
            (["--id", "pd"], "--id cannot be 'pd': the output has a column 'pd'"),
            (["--unseen-level", "drop"], "option '--unseen-level': 'drop' is not one of error, reference"),
        ]
        for (arguments, message) in cases {
            let run = runCredoInProcess(["score", "--model", "m.json", "--data", "p.csv"] + arguments)
            #expect(run.status == 64, "\(arguments)")
            #expect(run.stderr.hasPrefix("Error: \(message)"), "\(run.stderr)")
            #expect(run.stderr.hasSuffix("See 'credo score --help'.\n"))
        }
    }

    /// A device is written to, never replaced by a file.
    @Test func devicesAreWrittenToNotReplaced() throws {
        let folder = try Self.folder()
        let run = try runCredo(
            ["score", "--model", "model.json", "--data", "p.csv", "--out", "/dev/null"], currentDirectory: folder.url)
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        var info = stat()
        #expect(stat("/dev/null", &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR)
    }

    /// In process, with a directory that is not the process's own.
    @Test func inProcessRelativePaths() throws {
        let folder = try Self.folder()
        let run = runCredoInProcess(
            ["score", "--model", "model.json", "--data", "p.csv", "--out", "s.csv", "--id", "id"], currentDirectory: folder.url)
        #expect(run == CredoRun(status: 0, stdout: "", stderr: ""))
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("s.csv").path))
    }
}
