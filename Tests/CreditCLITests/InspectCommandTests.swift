import Tabular
import Foundation
import Modeling
import TestSupport
import Testing

@testable import CreditCLI

/// `credo inspect`: the text summary, the JSON object, and the errors for files that are not
/// usable model files.
@Suite struct InspectCommandTests {
    static var committedModel: String {
        TestPaths.repositoryRoot.appendingPathComponent("models/german_credit_logit.json").path
    }

    @Test func textSummaryOfTheGermanCreditModel() throws {
        let run = try runCredo(["inspect", Self.committedModel])
        #expect(run.status == 0 && run.stderr == "")
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "                         Logistic Regression Results")
        #expect(lines[1] == String(repeating: "=", count: 78))
        #expect(lines[2] == "Dep. Variable:                   class  No. Observations:                 1000")
        #expect(lines[3] == "Bad value:                           2  Events (bad):                      300")
        #expect(lines.contains("Method:                     MLE (IRLS)  Cox-Snell R-squ.:             0.278130"))
        #expect(lines.contains("Converged:                        True  Log-Likelihood:            -447.908893"))
        #expect(lines.contains("                                        AIC:                        993.817785"))
        let header = try #require(lines.first { $0.hasSuffix("[0.025       0.975]") })
        #expect(header.contains("coef      std err       z    P>|z|"))
        #expect(
            lines.contains {
                $0.hasPrefix("status_of_existing_checking_account=A14")
                    && $0.contains("-1.71189     0.232174  -7.373  <0.0001")
            })
        #expect(lines.contains("Categorical features (dummies for every level but the reference):"))
        #expect(lines.contains("  status_of_existing_checking_account       4  A11"))
        #expect(lines.contains("Variance inflation factors:"))
        #expect(lines.contains("  data SHA-256:   461734e17253c2399e4a62b4b93a7afb1d88374b5ccfb9e2426aad970fc09d5a"))
        #expect(lines.contains("  created at:     2026-01-01T00:00:00Z"))
        #expect(lines.contains("  options:        l2 0; firth no; robust none; max iterations 100; strict no"))
        #expect(lines.contains("  missing values: NA, NaN, null (and the empty field)"))
        // 49 coefficient rows between the rule under the table header and the closing rule
        let rule = try #require(lines.firstIndex { $0.hasPrefix("-----") })
        let end = try #require(lines[rule...].firstIndex { $0.hasPrefix("=====") })
        #expect(end - rule - 1 == 49)
    }

    @Test func jsonHasTheTableAndTheStatistics() throws {
        let run = try runCredo(["inspect", Self.committedModel, "--format", "json"])
        #expect(run.status == 0 && run.stderr == "")
        let model = try ModelFile.load(path: Self.committedModel)
        let json = try JSONValue.parse(Array(run.stdout.utf8))
        guard case .object(let members) = json else {
            Issue.record("not an object")
            return
        }
        #expect(
            members.map(\.key) == [
                "kind", "target", "weightColumn", "method", "l2", "covarianceType", "nobs", "events", "dfModel",
                "dfResidual", "logLikelihood", "nullLogLikelihood", "penalizedLogLikelihood", "lrChiSquare",
                "lrDegreesOfFreedom", "lrPValue", "deviance", "pearsonChiSquare", "aic", "bic", "pseudoR2",
                "iterations", "converged", "maxAbsGradient", "coefficients", "features", "varianceInflation",
                "lineage",
            ])
        #expect(json["logLikelihood"]?.doubleValue == model.fit.logLikelihood)
        #expect(json["nullLogLikelihood"]?.doubleValue == model.fit.nullLogLikelihood)
        #expect(json["aic"]?.doubleValue == model.fit.aic && json["bic"]?.doubleValue == model.fit.bic)
        #expect(json["deviance"]?.doubleValue == model.fit.deviance)
        #expect(json["nobs"] == .number(text: "1000") && json["iterations"] == .number(model.fit.iterations))
        #expect(json["dfModel"] == .number(48) && json["dfResidual"] == .number(text: "951"))
        guard case .array(let coefficients)? = json["coefficients"] else {
            Issue.record("no table")
            return
        }
        #expect(coefficients.count == 49)
        for (entry, coefficient) in zip(coefficients, model.coefficients) {
            guard case .object(let fields) = entry else { continue }
            #expect(fields.map(\.key) == ["name", "estimate", "stdError", "z", "pValue", "ciLower", "ciUpper"])
            #expect(entry["name"] == .string(coefficient.name))
            #expect(entry["estimate"]?.doubleValue == coefficient.estimate)
            #expect(entry["stdError"]?.doubleValue == coefficient.stdError)
            #expect(entry["pValue"]?.doubleValue == coefficient.pValue)
            #expect(entry["ciUpper"]?.doubleValue == coefficient.ciUpper)
        }
        // Python reads it too (the numbers are plain JSON)
        #expect(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) is [String: Any])
    }

    @Test func robustAndPenalizedModelsSayWhatTheyAre() throws {
        var model = try ModelFile.load(path: Self.committedModel)
        model.covariance.type = .hc1
        model.fit.l2 = 0.5
        model.fit.penalizedLogLikelihood = -450.25
        let text = ModelSummaryText.lines(model, file: "m.json")
        #expect(text.contains { $0.hasPrefix("Method:") && $0.contains("IRLS + L2") })
        #expect(text.contains { $0.hasPrefix("Covariance Type:") && $0.contains("HC1") })
        #expect(text.contains { $0.hasPrefix("L2 lambda:                         0.5  ") })
        #expect(text.contains { $0.contains("Penalized LL:") && $0.hasSuffix("-450.250000") })
        let json = ModelSummaryJSON.value(model)
        #expect(json["covarianceType"] == .string("hc1") && json["penalizedLogLikelihood"] == .number(-450.25))
    }

    /// Each way a file can be wrong: a clear message naming the file (and field), exit 65; a
    /// missing file exits 66.
    @Test func unusableFiles() throws {
        let folder = try TemporaryFolder()
        let text = try String(contentsOfFile: Self.committedModel, encoding: .utf8)
        func inspect(_ content: String?, _ name: String = "m.json") throws -> CredoRun {
            let path = folder.url.appendingPathComponent(name).path
            if let content { try Data(content.utf8).write(to: URL(fileURLWithPath: path)) }
            return try runCredo(["inspect", path])
        }
        let path = folder.url.appendingPathComponent("m.json").path
        let version = try inspect(text.replacingOccurrences(of: "\"schemaVersion\": 1", with: "\"schemaVersion\": 7"))
        #expect(version.status == 65)
        #expect(
            version.stderr
                == "Error: \(path): unsupported schema version 7 (this credo reads schema version 1); use the credo "
                + "that wrote it, or a newer one\n")
        let truncated = try inspect(String(text.prefix(5000)))
        #expect(truncated.status == 65)
        #expect(truncated.stderr.hasPrefix("Error: \(path): the file is truncated or incomplete: line "))
        let missing = try inspect(
            text.replacingOccurrences(of: "\"createdAt\": \"2026-01-01T00:00:00Z\"", with: "\"x\": 1"))
        #expect(missing.status == 65 && missing.stderr == "Error: \(path): missing field 'lineage.createdAt'\n")
        let format = try inspect(text.replacingOccurrences(of: "\"credo-model\"", with: "\"credo-scorecard\""))
        #expect(format.status == 65)
        #expect(
            format.stderr
                == "Error: \(path): not a credo model file (its format is 'credo-scorecard', expected 'credo-model')\n")
        let csv = try inspect("id,pd\n1,0.5\n")
        #expect(csv.status == 65 && csv.stderr.contains("not a credo model file (not valid JSON"))
        let absent = try inspect(nil, "absent.json")
        #expect(absent.status == 66)
        #expect(absent.stderr == "Error: \(folder.url.appendingPathComponent("absent.json").path): no such file\n")
        #expect(try runCredo(["inspect", folder.url.path]).status == 66)
        let usage = try runCredo(["inspect", Self.committedModel, "--format", "csv"])
        #expect(usage.status == 64)
    }

    /// A model trained in-process (relative paths against the context's directory) inspects the
    /// same way.
    @Test func relativePathsInProcess() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(
            atPath: Self.committedModel, toPath: folder.url.appendingPathComponent("g.json").path)
        let run = runCredoInProcess(["inspect", "g.json", "--format", "json"], currentDirectory: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("{\n  \"kind\": \"logistic-regression\""))
    }
}
