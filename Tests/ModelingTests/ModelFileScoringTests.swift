import Foundation
import LinearAlgebra
import Statistics
import Tabular
import TestSupport
import Testing

@testable import Modeling

/// A model file scores its training rows to the linear predictor and PDs of the fit: the scorer,
/// driven by the features the file stores, gives the same `eta = X b` as the design training fitted.
@Suite struct ModelFileScoringTests {
    static var germanCredit: String {
        TestPaths.repositoryRoot.appendingPathComponent("datasets/german_credit/german_credit.csv").path
    }

    /// Trains on `path` and returns the fit's design, the written-and-read-back model file, and
    /// the data read again as a scorer would (with the model's column kinds).
    static func trainAndReload(
        path: String, target: BinaryTargetDefinition, references: [String: String] = [:]
    ) throws -> (design: TrainingDesign, model: ModelFile, scoringData: Dataset) {
        let dataset = try readDataset(path: path).dataset
        let labels = try target.labels(
            for: dataset.column(named: target.column)!, rowNumbers: dataset.rowNumbers, file: path)
        let features = dataset.names.filter { $0 != target.column }
        let design = try TrainingDesign.build(
            dataset: dataset, labels: labels, targetColumn: target.column, features: features, references: references)
        let fit = try LogisticRegression.fit(
            design: design.design, target: design.target, columnNames: design.columnNames)
        let written = ModelFile(
            fit: fit, features: design.features, target: target, weightColumn: nil,
            lineage: ModelFile.Lineage(
                dataFile: "german_credit.csv", dataSHA256: try SHA256.hexDigest(ofFile: path),
                rowsRead: dataset.rowCount, rowsUsed: design.target.count, rowsSkipped: 0,
                options: ModelFile.TrainingOptions(features: features, reference: references),
                credoVersion: "test", createdAt: "1970-01-01T00:00:00Z"))
        let model = try ModelFile.decode(written.encoded(), file: "model.json")
        #expect(model == written)
        let scoringData = try readDataset(
            path: path, request: ColumnRequest(columns: model.features.map(\.name), kinds: model.featureKinds)
        ).dataset
        return (design, model, scoringData)
    }

    @Test(arguments: [[:], ["status_of_existing_checking_account": "A14", "purpose": "A49"]])
    func trainingRowsScoreToTheFittedPDs(references: [String: String]) throws {
        let (design, model, data) = try Self.trainAndReload(
            path: Self.germanCredit, target: BinaryTargetDefinition(column: "class", badValue: "2"),
            references: references)
        let fitted = design.design.multiplied(by: model.estimates)
        let scored = ScorerTests.scoreAll(CompiledScorer(model: model), data)
        #expect(scored.outcome.problems.isEmpty && scored.outcome.unseenLevelRows == 0)
        // 1e-12 absolute on eta (|eta| < 10 here): the two sums differ only in their order
        #expect(scored.eta.isApproximatelyEqual(to: fitted, relativeTolerance: 1e-12, absoluteTolerance: 1e-12))
        let worst = zip(scored.eta, fitted).map { abs(logistic($0) - logistic($1)) }.max() ?? .nan
        #expect(worst < 1e-13, "largest PD difference \(worst)")
        // and the PDs are the fit's: their mean is the event rate (the score equation of the intercept)
        let meanPD = scored.eta.map(logistic).reduce(0, +) / Double(scored.eta.count)
        #expect(meanPD.isApproximatelyEqual(to: 0.3, relativeTolerance: 1e-9))
    }

    /// Rows the model cannot score: a missing value and an unseen level, reported per row; with
    /// the reference policy the unseen level scores as the reference and is counted.
    @Test func unscorableRowsAreReported() throws {
        let model = try ModelFile.decode(
            try Self.trainAndReload(
                path: Self.germanCredit, target: BinaryTargetDefinition(column: "class", badValue: "2")
            ).model.encoded(), file: "m.json")
        var text = try String(contentsOfFile: Self.germanCredit, encoding: .utf8)
        let lines = text.split(separator: "\n")
        // row 2: checking account A11 -> A19 (unseen); row 3: duration empty
        var row2 = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        row2[0] = "A19"
        var row3 = lines[2].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        row3[1] = ""
        text =
            ([String(lines[0]), row2.joined(separator: ","), row3.joined(separator: ",")]
            + lines[3...].map(String.init)).joined(separator: "\n") + "\n"
        let folder = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("scoring.csv").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let data = try readDataset(
            path: path, request: ColumnRequest(columns: model.features.map(\.name), kinds: model.featureKinds)
        ).dataset
        let strict = ScorerTests.scoreAll(CompiledScorer(model: model), data)
        guard case .categorical(let knownLevels, _) = model.features[0].encoding else {
            Issue.record("the checking account is categorical")
            return
        }
        #expect(
            strict.outcome.problems == [
                .unseenLevel(
                    file: path, row: 2, column: "status_of_existing_checking_account", value: "A19",
                    knownLevels: knownLevels),
                .missingValue(file: path, row: 3, column: "duration_in_month"),
            ])
        #expect(strict.eta[0].isNaN && strict.eta[1].isNaN && strict.eta[2].isFinite)
        let lenient = ScorerTests.scoreAll(CompiledScorer(model: model, unseenLevels: .reference), data)
        #expect(lenient.outcome.problems.map(\.row) == [3])
        #expect(lenient.outcome.unseenLevelRows == 1)
        #expect(lenient.eta[0].isFinite)
    }

    @Test func modelFileScoresItsFeatures() throws {
        let model = ModelFileSamples.small()
        #expect(model.featureKinds == ["income": .numeric, "housing": .categorical])
        let result = ScorerTests.scoreAll(CompiledScorer(model: model), DesignEncoderTests.dataset())
        #expect(result.eta[0] == model.estimates[0] + 10 * model.estimates[1] + model.estimates[2])
        #expect(logistic(result.eta[0]) > 0)
    }
}
