import Foundation
import Modeling
import TestSupport
import Testing

@testable import CreditCLI

/// `credo train` then `credo score` on the same rows, through the binary: the scored PDs are the
/// fit's (their log-likelihood, Pearson chi-square and sum are the ones the model file records).
@Suite struct ScoreTrainedModelTests {
    @Test func aTrainedModelScoresItsTrainingRowsToTheFittedProbabilities() throws {
        let folder = try TemporaryFolder()
        let sample = TestPaths.repositoryRoot.appendingPathComponent("datasets/synthetic/development.csv").path
        let train = try runCredo(
            ["train", "--data", sample, "--target", "default", "--id", "id", "--out", "model.json"],
            currentDirectory: folder.url)
        #expect(train.status == 0, "\(train.stderr)")
        let score = try runCredo(
            ["score", "--model", "model.json", "--data", sample, "--id", "id", "--keep", "default", "--out", "s.csv"],
            currentDirectory: folder.url)
        #expect(score == CredoRun(status: 0, stdout: "", stderr: ""))

        let model = try ModelFile.load(path: folder.url.appendingPathComponent("model.json").path)
        let lines = try String(contentsOf: folder.url.appendingPathComponent("s.csv"), encoding: .utf8)
            .split(separator: "\n").dropFirst()
        #expect(lines.count == 20_000)
        var logLikelihood = 0.0
        var pearson = 0.0
        var expectedEvents = 0.0
        for (index, line) in lines.enumerated() {
            let fields = line.split(separator: ",")
            #expect(fields[0] == "\(index + 1)"[...])
            let p = try #require(Double(fields[1]))
            let y: Double = fields[2] == "1" ? 1 : 0
            logLikelihood += y == 1 ? log(p) : log1p(-p)
            pearson += (y - p) * (y - p) / (p * (1 - p))
            expectedEvents += p
        }
        // Tolerances: see ScoringTrainedModelTests in ModelingTests (summation order; Pearson's
        // division by p(1 - p); the score equation to the fit's gradient tolerance).
        #expect(logLikelihood.isApproximatelyEqual(to: model.fit.logLikelihood, relativeTolerance: 1e-12))
        #expect(pearson.isApproximatelyEqual(to: model.fit.pearsonChiSquare, relativeTolerance: 1e-10))
        #expect(expectedEvents.isApproximatelyEqual(to: model.fit.events, relativeTolerance: 1e-9))
    }
}
