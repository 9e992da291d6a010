import Foundation
import Testing

@testable import CreditCLI

/// `credo describe` on broken and unusual files (the foundation issue's list), through the real
/// binary: exit status, the message, and no output file left behind after a failure.
@Suite struct DescribeBadInputTests {
    /// Writes `content` (bytes exactly) as `name` into `folder` and returns its path.
    static func file(_ name: String, in folder: TemporaryFolder, _ content: String) throws -> String {
        let path = folder.url.appendingPathComponent(name).path
        try Data(content.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func listing(_ folder: TemporaryFolder) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
    }

    @Test func missingFile() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("nope.csv").path
        let out = folder.url.appendingPathComponent("profile.json").path
        let run = try runCredo(["describe", "--data", path, "--out", out])
        #expect(run == CredoRun(status: 66, stdout: "", stderr: "Error: \(path): no such file\n"))
        #expect(try Self.listing(folder).isEmpty, "no output file after a failure")
    }

    @Test func outputInMissingOrUnwritableDirectory() throws {
        let folder = try TemporaryFolder()
        let data = try Self.file("data.csv", in: folder, "x\n1\n")
        let missing = folder.url.appendingPathComponent("no/such/dir/profile.json").path
        let run = try runCredo(["describe", "--data", data, "--out", missing])
        #expect(run.status == 73)
        #expect(run.stderr.hasPrefix("Error: \(missing): cannot create the file: the directory"))
        // A "directory" that is a regular file cannot hold files, even for root.
        let underFile = folder.url.appendingPathComponent("data.csv/profile.json").path
        let blocked = try runCredo(["describe", "--data", data, "--format", "csv", "--out", underFile])
        #expect(blocked.status == 73 && blocked.stdout == "")
        #expect(try Self.listing(folder) == ["data.csv"], "no partial or temporary file")
    }

    @Test func unterminatedQuoteNamesRowAndColumn() throws {
        let folder = try TemporaryFolder()
        let data = try Self.file("q.csv", in: folder, "id,x,name\n1,2,ok\n2,3,\"abc\n3,4,def\n")
        let out = folder.url.appendingPathComponent("p.json").path
        let run = try runCredo(["describe", "--data", data, "--out", out, "--format", "json"])
        #expect(run.status == 65)
        #expect(run.stderr == "Error: \(data): row 3, column 'name': a quoted field starting in this row has no closing quote\n")
        #expect(try Self.listing(folder) == ["q.csv"])
    }

    @Test func raggedRowIsReportedAndSkippedOrStrictlyFatal() throws {
        let folder = try TemporaryFolder()
        let data = try Self.file("r.csv", in: folder, "id,x\n1,2\n2,3,4\n3,5\n")
        let run = try runCredo(["describe", "--data", data, "--format", "csv"])
        #expect(run.status == 1)
        #expect(run.stderr == "Warning: \(data): row 3: expected 2 fields, found 3\nWarning: 1 bad row skipped\n")
        #expect(run.stdout.contains("\nx,numeric,feature,2,2,0,0,2,2,5,3.5,"), "the good rows are profiled")
        let out = folder.url.appendingPathComponent("p.csv").path
        let strict = try runCredo(["describe", "--data", data, "--strict", "--out", out])
        #expect(strict == CredoRun(status: 65, stdout: "", stderr: "Error: \(data): row 3: expected 2 fields, found 3\n"))
        #expect(try Self.listing(folder) == ["r.csv"])
    }

    @Test func textInAForcedNumericColumnIsNamed() throws {
        let folder = try TemporaryFolder()
        let data = try Self.file("t.csv", in: folder, "id,income\n1,2500\n2,abc\n3,4100\n")
        let run = try runCredo(["describe", "--data", data, "--numeric", "income", "--format", "json"])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("Warning: \(data): row 3, column 'income': 'abc' is not a number\n"))
        #expect(run.stdout.contains("\"skippedRows\": {\n    \"count\": 1,"))
        #expect(run.stdout.contains("\"value\": \"abc\""))
        let strict = try runCredo(["describe", "--data", data, "--numeric", "income", "--strict"])
        #expect(strict.status == 65 && strict.stderr == "Error: \(data): row 3, column 'income': 'abc' is not a number\n")
        // Without --numeric the column is read as it is: no bad row.
        #expect(try runCredo(["describe", "--data", data]).status == 0)
    }

    @Test func emptyFileIsADataError() throws {
        let folder = try TemporaryFolder()
        let data = try Self.file("e.csv", in: folder, "")
        let run = try runCredo(["describe", "--data", data])
        #expect(run == CredoRun(status: 65, stdout: "", stderr: "Error: \(data): the file is empty (no header row)\n"))
    }

    @Test func headerOnlyGivesAnEmptyProfile() throws {
        let folder = try TemporaryFolder()
        let data = try Self.file("h.csv", in: folder, "id,income,region\n")
        let run = try runCredo(["describe", "--data", data, "--format", "csv"])
        #expect(run.status == 0 && run.stderr == "")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[1].hasPrefix("id,numeric,feature,0,0,0,,0,"))
        let json = try runCredo(["describe", "--data", data, "--format", "json", "--target", "income"])
        #expect(json.status == 0)
        #expect(json.stdout.contains("\"rows\": 0,") && json.stdout.contains("\"badRate\": null,"))
    }

    @Test func byteOrderMarkAndCRLF() throws {
        let folder = try TemporaryFolder()
        let data = try Self.file("b.csv", in: folder, "\u{FEFF}id,region,y\r\n1,north,0\r\n2,south,1\r\n3,north,0\r\n")
        let run = try runCredo(["describe", "--data", data, "--format", "csv", "--target", "y"])
        #expect(run.status == 0 && run.stderr == "")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix("id,numeric,"), "the BOM is not part of the first name")
        #expect(lines[2].hasPrefix("region,categorical,feature,3,3,0,0,2,"))
        #expect(lines[2].contains(",north,2,"), "no CR left on the values")
        #expect(!run.stdout.contains("\r"))
    }

    @Test func chineseHeaderRoundTripsIntoJSONAndCSV() throws {
        let folder = try TemporaryFolder()
        let data = try Self.file("c.csv", in: folder, "客户编号,收入,违约\nA1,3500,0\nA2,4200,1\nA3,,0\nA4,5100,0\n")
        let json = try runCredo(["describe", "--data", data, "--format", "json", "--target", "违约", "--id", "客户编号"])
        #expect(json.status == 0 && json.stderr == "")
        #expect(json.stdout.contains("\"name\": \"客户编号\","))
        #expect(json.stdout.contains("\"name\": \"收入\","))
        #expect(json.stdout.contains("\"column\": \"违约\","))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["profiles"] as? [[String: Any]])?.map { $0["name"] as? String } == ["客户编号", "收入"])
        let csv = try runCredo(["describe", "--data", data, "--format", "csv", "--target", "违约"])
        #expect(csv.status == 0)
        let lines = csv.stdout.split(separator: "\n").map(String.init)
        #expect(lines[1].hasPrefix("客户编号,categorical,feature,4,4,0,0,4,,"))
        #expect(lines[2].hasPrefix("收入,numeric,feature,4,3,1,0.25,3,3500,5100,"))
        let text = try runCredo(["describe", "--data", data, "--target", "违约"])
        #expect(text.stdout.contains("\n收入 (numeric)\n"))
    }

    @Test func invalidTargetValuesAreReportedAndStrictlyFatal() throws {
        let folder = try TemporaryFolder()
        let data = try Self.file("v.csv", in: folder, "x,y\n1,0\n2,1\n3,7\n4,0\n")
        let run = try runCredo(["describe", "--data", data, "--target", "y"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("  target invalid       1\n"))
        #expect(run.stdout.contains("\(data): row 4, column 'y': '7' is not a valid target value"))
        let strict = try runCredo(["describe", "--data", data, "--target", "y", "--strict"])
        #expect(strict.status == 65 && strict.stderr.hasPrefix("Error: \(data): row 4, column 'y': '7' is not a valid target value"))
    }

    @Test func standardInput() throws {
        let run = try runCredo(["describe", "--data", "-", "--format", "csv"], stdin: "x,y\n1,a\n2,b\n2,b\n")
        #expect(run.status == 0 && run.stderr == "")
        #expect(run.stdout.split(separator: "\n").dropFirst().map(String.init) == [
            // numpy: mean 1.6666666666666667, std(ddof=1) 0.5773502691896257, quantiles 1.02 1.1 1.5 2 2 2 2.
            "x,numeric,feature,3,3,0,0,2,1,2,1.6666666666666667,0.5773502691896257,1.02,1.1,1.5,2,2,2,2,0,,,,,,,",
            "y,categorical,feature,3,3,0,0,2,,,,,,,,,,,,,b,2,0.6666666666666666,0,,,",
        ])
    }

    @Test func usageErrors() throws {
        #expect(runCredoInProcess(["describe"]).status == 64)
        let badValue = runCredoInProcess(["describe", "--data", "x.csv", "--bad-value", "2"])
        #expect(badValue == CredoRun(status: 64, stdout: "", stderr: "Error: --bad-value and --good-value need --target\nSee 'credo describe --help'.\n"))
        #expect(runCredoInProcess(["describe", "--data", "x.csv", "--buckets", "0"]).status == 64)
        #expect(runCredoInProcess(["describe", "--data", "x.csv", "--target", "a", "--id", "a"]).status == 64)
        #expect(runCredoInProcess(["describe", "--data", "x.csv", "--numeric", "a", "--text", "a"]).status == 64)
        #expect(runCredoInProcess(["describe", "--data", "x.csv", "--format", "xml"]).status == 64)
    }

    @Test func unknownColumnsAreDataErrors() throws {
        let folder = try TemporaryFolder()
        let data = try Self.file("u.csv", in: folder, "income,y\n1,0\n2,1\n")
        let run = try runCredo(["describe", "--data", data, "--target", "yy"])
        #expect(run.status == 65)
        #expect(run.stderr.hasPrefix("Error: \(data): column 'yy': no such column; did you mean 'y'?"))
        #expect(try runCredo(["describe", "--data", data, "--columns", "incom"]).status == 65)
    }

    @Test func missingValueTokensAreConfigurable() throws {
        let folder = try TemporaryFolder()
        let data = try Self.file("m.csv", in: folder, "x\n1\n-999\nNA\n\n4\n")
        let defaults = try runCredo(["describe", "--data", data, "--format", "csv"])
        #expect(defaults.status == 0)
        #expect(defaults.stdout.split(separator: "\n")[1].hasPrefix("x,numeric,feature,4,3,1,0.25,3,-999,"))
        let custom = try runCredo(["describe", "--data", data, "--format", "csv", "--missing-values", "-999,NA"])
        #expect(custom.status == 0)
        #expect(
            custom.stdout.split(separator: "\n")[1].hasPrefix("x,numeric,feature,4,2,2,0.5,2,1,4,"),
            "-999 and NA are missing; a blank line is no row")
    }
}
