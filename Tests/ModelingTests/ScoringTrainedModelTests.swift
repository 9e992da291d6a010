import Foundation
import LinearAlgebra
import Tabular
import TestSupport
import Testing

@testable import Modeling

/// A model fitted to a sample scores that sample to the probabilities the fit computed: the
/// log-likelihood, Pearson chi-square and expected events of the scored PDs equal the fit's, and
/// the linear predictor is bit for bit the design-order sum over the design training fitted.
@Suite struct ScoringTrainedModelTests {
    static let samplePath = TestPaths.repositoryRoot.appendingPathComponent("datasets/synthetic/development.csv").path
    static let features = ["x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "region", "segment", "channel"]

    @Test func scoresTheTrainingRowsToTheFittedProbabilities() throws {
        let dataset = try readDataset(path: Self.samplePath).dataset
        let definition = BinaryTargetDefinition(column: "default", badValue: "1")
        let labels = try definition.labels(
            for: dataset.column(named: "default")!, rowNumbers: dataset.rowNumbers, file: dataset.file)
        let design = try TrainingDesign.build(
            dataset: dataset, labels: labels, targetColumn: "default", features: Self.features)
        let fit = try LogisticRegression.fit(design: design.design, target: design.target, columnNames: design.columnNames)
        let model = ModelFile(
            fit: fit, features: design.features, target: definition, weightColumn: nil,
            lineage: ModelFile.Lineage(
                dataFile: "portfolio.csv", dataSHA256: String(repeating: "0", count: 64), rowsRead: 20_000,
                rowsUsed: 20_000, rowsSkipped: 0, options: ModelFile.TrainingOptions(features: Self.features),
                credoVersion: "0.1.0", createdAt: "2026-12-04T00:00:00Z"))
        // Through the file format, as `credo score` gets it.
        let loaded = try ModelFile.decode(model.encoded(), file: "model.json")

        var chunkScorer = ChunkScorer(CompiledScorer(model: loaded))
        var pd: [Double] = []
        let outcome = chunkScorer.score(dataset, into: &pd)
        #expect(outcome.problems.isEmpty)
        let y = design.target
        var logLikelihood = 0.0
        var pearson = 0.0
        var expectedEvents = 0.0
        for i in pd.indices {
            logLikelihood += y[i] == 1 ? log(pd[i]) : log1p(-pd[i])
            pearson += (y[i] - pd[i]) * (y[i] - pd[i]) / (pd[i] * (1 - pd[i]))
            expectedEvents += pd[i]
        }
        // Summation order differs from the fit's (row segments and chunks): agreement to rounding of
        // a sum of 20,000 terms, 1e-12 relative; Pearson's terms divide by p(1 - p) and amplify the
        // last-bit differences of small PDs, 1e-10. At the maximum-likelihood estimate with an
        // intercept, sum p_i = sum y_i (the score equation), here to the fit's gradient tolerance.
        #expect(logLikelihood.isApproximatelyEqual(to: fit.logLikelihood, relativeTolerance: 1e-12))
        #expect(pearson.isApproximatelyEqual(to: fit.pearsonChiSquare, relativeTolerance: 1e-10))
        #expect(expectedEvents.isApproximatelyEqual(to: fit.events, relativeTolerance: 1e-9))

        // The linear predictor is bit for bit the sum over the training design's columns in design
        // order (a dummy that is 0 adds b * 0 = +-0, which leaves the sum unchanged).
        let b = loaded.estimates
        let x = design.design
        let designOrderSum = (0..<x.rows).map { i in (1..<x.columns).reduce(b[0]) { $0 + b[$1] * x[i, $1] } }
        #expect(chunkScorer.linearPredictors.map(\.bitPattern) == designOrderSum.map(\.bitPattern))
    }
}
