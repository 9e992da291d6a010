import Foundation
import Modeling
import Tabular
import Testing

@testable import CreditCLI

/// `--missing-values` in `credo train` and `credo score`: the tokens are recorded in the model file,
/// training with them equals training on the same data with those fields blank, and scoring reads
/// the portfolio with the model's tokens unless told otherwise.
@Suite struct MissingValuesTests {
    /// A deterministic sample: two numeric features, a categorical one and a text target, where
    /// `-999` marks a missing number, `unknown` a missing level and `?` a missing target.
    static func sample(tokens: Bool) -> String {
        var state: UInt64 = 99
        var lines = ["id,income,ratio,region,status"]
        for i in 0..<400 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let income = Double(Int(state >> 40) % 9000) / 100
            let ratio = Double(Int(state >> 20) % 1000) / 1000
            let region = ["east", "north", "south"][Int(state >> 60) % 3]
            let bad = (Double(state >> 11) / Double(1 << 53)) < 1 / (1 + exp(2 - 0.03 * income + ratio))
            var fields = ["c\(i)", "\(income)", "\(ratio)", region, bad ? "bad" : "good"]
            if i % 17 == 3 { fields[1] = tokens ? "-999" : "" }
            if i % 23 == 5 { fields[3] = tokens ? "unknown" : "NA" }
            if i % 31 == 7 { fields[4] = tokens ? "?" : "" }
            lines.append(fields.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func train(_ csv: String, _ extra: [String], in folder: TemporaryFolder, model: String) throws -> ModelFile {
        try Data(csv.utf8).write(to: folder.url.appendingPathComponent("data-\(model).csv"))
        let run = try runCredo(
            ["train", "--data", "data-\(model).csv", "--target", "status", "--bad-value", "bad", "--id", "id",
             "--out", model] + extra, environment: ["SOURCE_DATE_EPOCH": "0"], currentDirectory: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        return try ModelFile.load(path: folder.url.appendingPathComponent(model).path)
    }

    @Test func trainingWithTokensEqualsTrainingOnBlanks() throws {
        let folder = try TemporaryFolder()
        let withTokens = try train(
            Self.sample(tokens: true), ["--missing-values", "-999,unknown,?"], in: folder, model: "tokens.json")
        let blank = try train(Self.sample(tokens: false), [], in: folder, model: "blank.json")
        #expect(withTokens.missingValues == ["-999", "?", "unknown"])
        #expect(blank.missingValues == ["NA", "NaN", "null"])
        #expect(withTokens.designColumns == ["const", "income", "ratio", "region=north", "region=south"])
        #expect(withTokens.coefficients == blank.coefficients)
        #expect(withTokens.fit == blank.fit)
        // 400 rows, 24 + 18 + 13 - overlaps missing: each excluded once
        let excluded = (0..<400).filter { $0 % 17 == 3 || $0 % 23 == 5 || $0 % 31 == 7 }.count
        #expect(withTokens.lineage.rowsUsed == 400 - excluded)
        #expect(withTokens.lineage.rowsUsed == blank.lineage.rowsUsed)
    }

    /// Without the tokens, `-999` is a number and `unknown` a level: a different model.
    @Test func withoutTheTokensTheyAreValues() throws {
        let folder = try TemporaryFolder()
        try Data(Self.sample(tokens: true).utf8).write(to: folder.url.appendingPathComponent("d.csv"))
        let run = try runCredo(
            ["train", "--data", "d.csv", "--target", "status", "--bad-value", "bad", "--good-value", "good", "--id", "id",
             "--out", "m.json"], currentDirectory: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        let model = try ModelFile.load(path: folder.url.appendingPathComponent("m.json").path)
        #expect(model.designColumns.contains("region=unknown"))
        #expect(run.stderr.contains("'status'"), "the '?' targets are reported as invalid: \(run.stderr)")
    }

    @Test func scoringUsesTheModelsTokensUnlessTold() throws {
        let folder = try TemporaryFolder()
        _ = try train(Self.sample(tokens: true), ["--missing-values", "-999,unknown,?"], in: folder, model: "m.json")
        let portfolio = "id,income,ratio,region\na,50,0.5,east\nb,-999,0.5,east\nc,50,0.5,unknown\nd,-999.0,0.2,north\n"
        try Data(portfolio.utf8).write(to: folder.url.appendingPathComponent("p.csv"))
        let run = try runCredo(
            ["score", "--model", "m.json", "--data", "p.csv", "--id", "id"], currentDirectory: folder.url)
        #expect(run.status == 1)
        #expect(run.stdout.split(separator: "\n").map { $0.split(separator: ",").first ?? "" } == ["id", "a"])
        #expect(run.stderr.contains("p.csv: row 3, column 'income': the value is missing"))
        #expect(run.stderr.contains("p.csv: row 4, column 'region': the value is missing"))
        #expect(run.stderr.contains("p.csv: row 5, column 'income': the value is missing"))

        // told otherwise: -999 is a number again, `unknown` an unseen level
        let told = try runCredo(
            ["score", "--model", "m.json", "--data", "p.csv", "--id", "id", "--missing-values", "NA"],
            currentDirectory: folder.url)
        #expect(told.status == 1)
        let ids = told.stdout.split(separator: "\n").map { $0.split(separator: ",").first ?? "" }
        #expect(ids == ["id", "a", "b", "d"])
        #expect(told.stderr.contains("row 4, column 'region': 'unknown' is a level the model did not see"))
    }
}
