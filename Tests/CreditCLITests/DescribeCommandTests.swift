import Foundation
import Testing
import Tabular
import TestSupport

@testable import CreditCLI

/// `credo describe` end to end on the German credit file: the real binary, values checked.
@Suite(.enabled(if: TestPaths.hasSharedDatasets))
struct DescribeCommandTests {
    static let german = TestPaths.sharedDataset("german_credit/german_credit_uci.csv").path
    static let targetOptions = ["--target", "class", "--bad-value", "2"]

    @Test func textReport() throws {
        let run = try runCredo(["describe", "--data", Self.german] + Self.targetOptions)
        #expect(run.status == 0)
        #expect(run.stderr == "")
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "Data profile: \(Self.german)")
        #expect(lines.contains("  rows                 1000"))
        #expect(lines.contains("  bad rate             30.00%"))
        #expect(lines.contains("  target               class (bad = '2', good = '1')"))
        // The IV ranking starts with the checking account status, strong.
        let ranking = try #require(lines.firstIndex { $0.hasPrefix("Information value") })
        #expect(lines[ranking + 2].hasPrefix("  status_of_existing_checking_account"))
        #expect(lines[ranking + 2].hasSuffix("categorical       4  0.6660  strong"))
        // The fact: 135 bad of 274 for A11, in an aligned row.
        #expect(lines.contains("  A11      274  135   139    49.27%  -0.8181"))
        #expect(lines.contains("  min 4   max 72   mean 20.903   std 12.0588"))
        #expect(lines.contains("  [36, inf)    170   82    88    48.24%  -0.7767"))
        #expect(!lines.contains { $0.hasPrefix("class (") }, "the target is not profiled")
        #expect(run.stdout.hasSuffix("\n") && !run.stdout.contains(" \n"), "no trailing spaces")
    }

    @Test func jsonReport() throws {
        let run = try runCredo(["describe", "--data", Self.german, "--format", "json"] + Self.targetOptions)
        #expect(run.status == 0 && run.stderr == "")
        #expect(run.stdout.hasPrefix("{\n  \"format\": \"credo-describe\",\n  \"schemaVersion\": 1,\n  \"file\": "))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["rows"] as? Int == 1000 && object["columns"] as? Int == 21)
        let target = try #require(object["target"] as? [String: Any])
        #expect(target["badRate"] as? Double == 0.3)
        #expect(target["bad"] as? Int == 300 && target["badValue"] as? String == "2" && target["goodValue"] as? String == "1")
        let profiles = try #require(object["profiles"] as? [[String: Any]])
        #expect(profiles.count == 20)
        let status = try #require(profiles.first { $0["name"] as? String == "status_of_existing_checking_account" })
        let badRates = try #require(status["badRates"] as? [String: Any])
        // pandas gives 0.6660115033513336 (summed in another order: 1 ulp apart).
        let iv = try #require(badRates["informationValue"] as? Double)
        #expect(iv.isApproximatelyEqual(to: 0.6660115033513336, relativeTolerance: 1e-12))
        let groups = try #require(badRates["groups"] as? [[String: Any]])
        let a11 = try #require(groups.first { $0["value"] as? String == "A11" })
        #expect(a11["bad"] as? Int == 135 && a11["count"] as? Int == 274 && a11["good"] as? Int == 139)
        let duration = try #require(profiles.first { $0["name"] as? String == "duration_in_month" })
        let numeric = try #require(duration["numeric"] as? [String: Any])
        #expect(numeric["mean"] as? Double == 20.903)
        let quantiles = try #require(numeric["quantiles"] as? [String: Double])
        #expect(quantiles == ["p1": 6, "p5": 6, "p25": 12, "p50": 18, "p75": 24, "p95": 48, "p99": 60])
        let intervals = try #require((duration["badRates"] as? [String: Any])?["groups"] as? [[String: Any]])
        #expect(intervals.first?["lower"] is NSNull && intervals.last?["upper"] is NSNull, "infinite ends are null")
        // Same bytes every run.
        #expect(try runCredo(["describe", "--data", Self.german, "--format", "json"] + Self.targetOptions) == run)
    }

    @Test func csvReport() throws {
        let run = try runCredo(["describe", "--data", Self.german, "--format", "csv"] + Self.targetOptions)
        #expect(run.status == 0 && run.stderr == "")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 21)
        #expect(
            lines[0]
                == "column,kind,role,rows,non_missing,missing,missing_share,distinct,min,max,mean,std,p1,p5,p25,p50,p75,p95,p99,"
                + "zeros,top_value,top_count,top_share,other_values,groups,information_value,strength")
        let duration = try #require(lines.first { $0.hasPrefix("duration_in_month,") }).split(separator: ",", omittingEmptySubsequences: false)
        #expect(duration.count == 27)
        #expect(duration[1] == "numeric" && duration[3] == "1000" && duration[7] == "33")
        #expect(duration[8] == "4" && duration[9] == "72" && duration[10] == "20.903")
        #expect(duration[12...18] == ["6", "6", "12", "18", "24", "48", "60"])
        #expect(duration[24] == "8" && duration[26] == "medium")
        let status = try #require(lines.first { $0.hasPrefix("status_of_existing_checking_account,") })
        let iv = try #require(Double(status.split(separator: ",", omittingEmptySubsequences: false)[25]))
        #expect(iv.isApproximatelyEqual(to: 0.6660115033513336, relativeTolerance: 1e-12), "pandas' value")
        #expect(status.hasSuffix(",A14,394,0.394,0,4,\(formatShortest(iv)),strong"))
    }

    @Test func outFileIsWrittenAtomicallyAndMatchesStandardOutput() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("profile.json").path
        let written = try runCredo(["describe", "--data", Self.german, "--format", "json", "--out", path] + Self.targetOptions)
        #expect(written == CredoRun(status: 0, stdout: "", stderr: ""))
        let printed = try runCredo(["describe", "--data", Self.german, "--format", "json", "--out", "-"] + Self.targetOptions)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == printed.stdout)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["profile.json"])
    }

    @Test func optionsShapeTheReport() throws {
        let run = try runCredo([
            "describe", "--data", Self.german, "--format", "json", "--columns", "purpose,age_in_years", "--top", "2",
            "--buckets", "4",
        ] + Self.targetOptions)
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let profiles = try #require(object["profiles"] as? [[String: Any]])
        #expect(profiles.map { $0["name"] as? String } == ["purpose", "age_in_years"])
        let purpose = try #require(profiles[0]["topValues"] as? [String: Any])
        #expect((purpose["values"] as? [[String: Any]])?.map { $0["value"] as? String } == ["A43", "A40"])
        #expect(purpose["otherValues"] as? Int == 8 && purpose["otherRows"] as? Int == 486)
        let ageGroups = try #require((profiles[1]["badRates"] as? [String: Any])?["groups"] as? [[String: Any]])
        #expect(ageGroups.count == 4)
    }

    @Test func inProcessAndExecutableAgree() throws {
        for format in ["text", "json", "csv"] {
            let words = ["describe", "--data", Self.german, "--format", format] + Self.targetOptions
            #expect(try runCredo(words) == runCredoInProcess(words), "\(format)")
        }
    }

    @Test func parseOnlyPrintsRowsColumnsAndChecksum() throws {
        let run = try runCredo(["describe", "--data", Self.german, "--parse-only"])
        // Sum of the 8 numeric columns of the file (pandas: df.select_dtypes('number').to_numpy().sum()).
        #expect(run == CredoRun(status: 0, stdout: "rows 1000\ncolumns 21\nchecksum 3337387\n", stderr: ""))
    }
}
