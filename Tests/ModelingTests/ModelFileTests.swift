import Foundation
import LinearAlgebra
import Tabular
import TestSupport
import Testing

@testable import Modeling

@Suite struct ModelFileTests {
    /// The layout is pinned byte for byte: key order, indentation, number text, final newline.
    @Test func encodingIsExactlyTheSchemaLayout() {
        let text = String(decoding: ModelFileSamples.small().encoded(), as: UTF8.self)
        #expect(text == ModelFileSamples.smallText)
        // the sample's derived numbers are what Python's repr prints for the same doubles
        #expect(formatShortest(-1.2345678901234567 + 1) == "-0.2345678901234567")
    }

    @Test func roundTripIsExact() throws {
        let model = ModelFileSamples.small()
        let decoded = try ModelFile.decode(model.encoded(), file: "m.json")
        #expect(decoded == model)
        #expect(decoded.coefficients[2].estimate.sign == .minus)
        #expect(decoded.encoded() == model.encoded())
    }

    /// Foundation's coders agree with ours on the values (the types are plain `Codable`).
    @Test func foundationCodableRoundTrip() throws {
        let model = ModelFileSamples.small()
        let data = try JSONEncoder().encode(model)
        #expect(try JSONDecoder().decode(ModelFile.self, from: data) == model)
        #expect(try JSONDecoder().decode(ModelFile.self, from: Data(model.encoded())) == model)
    }

    @Test func designColumnsFollowTheFeatures() {
        let features: [DesignFeature] = [
            .categorical("b", levels: ["x", "y", "z"], reference: "y"), .numeric("a"),
        ]
        #expect(ModelFile.designColumns(of: features) == ["const", "b=x", "b=z", "a"])
        #expect(ModelFile.designColumns(of: []) == ["const"])
    }

    /// A model file made from a fit holds the fit's numbers unchanged, with the covariance the
    /// standard errors come from.
    @Test func madeFromAFit() throws {
        let fixture = try LogisticReferences.load(WeightsReference.self, "logistic_weights.json")
        let features: [DesignFeature] = [.numeric("x1"), .numeric("x2"), .numeric("x3")]
        for robust in LogisticOptions.RobustCovariance.allCases {
            let fit = try LogisticRegression.fit(
                design: Matrix(rowMajor: fixture.design), target: fixture.target, weights: fixture.frequencyWeights,
                options: LogisticOptions(robust: robust), columnNames: ModelFile.designColumns(of: features))
            let lineage = ModelFile.Lineage(
                dataFile: "w.csv", dataSHA256: String(repeating: "0", count: 64), rowsRead: 150, rowsUsed: 150,
                rowsSkipped: 0, options: ModelFile.TrainingOptions(features: ["x1", "x2", "x3"], robust: robust),
                credoVersion: "0.1.0", createdAt: "1970-01-01T00:00:00Z")
            let model = ModelFile(
                fit: fit, features: features, target: BinaryTargetDefinition(column: "y"), weightColumn: "w",
                lineage: lineage)
            #expect(model.estimates == fit.estimates)
            #expect(model.coefficients.map(\.stdError) == fit.standardErrors)
            #expect(model.coefficients.map(\.pValue) == fit.coefficients.map(\.pValue))
            #expect(model.covariance.type.rawValue == (robust == .none ? "model" : robust.rawValue))
            #expect(model.covariance.matrix == (fit.robustCovariance ?? fit.modelCovariance))
            for j in 0..<4 {
                #expect(model.covariance.matrix[j][j].squareRoot() == model.coefficients[j].stdError)
            }
            #expect(model.fit.nobs == fit.observations && model.fit.events == fit.events)
            #expect(model.fit.logLikelihood == fit.logLikelihood && model.fit.aic == fit.aic)
            #expect(model.fit.lrDegreesOfFreedom == 3 && model.fit.method == .irls)
            #expect(model.fit.penalizedLogLikelihood == nil)
            #expect(model.varianceInflation.map(\.feature) == ["x1", "x2", "x3"])
            #expect(try ModelFile.decode(model.encoded(), file: "m.json") == model)
        }
    }

    @Test func penalizedFitsRecordTheirObjective() throws {
        let fixture = try LogisticReferences.load(FirthFixture.self, "logistic_firth.json")
        let features: [DesignFeature] = [.numeric("x"), .numeric("d")]
        for options in [LogisticOptions(firth: true), LogisticOptions(l2: 2)] {
            let fit = try LogisticRegression.fit(
                design: Matrix(rowMajor: fixture.design), target: fixture.target, options: options,
                columnNames: ModelFile.designColumns(of: features))
            let model = ModelFile(
                fit: fit, features: features, target: BinaryTargetDefinition(column: "y"), weightColumn: nil,
                lineage: ModelFile.Lineage(
                    dataFile: "f.csv", dataSHA256: "", rowsRead: 40, rowsUsed: 40, rowsSkipped: 0,
                    options: ModelFile.TrainingOptions(features: ["x", "d"], l2: options.l2, firth: options.firth),
                    credoVersion: "0.1.0", createdAt: "1970-01-01T00:00:00Z"))
            #expect(model.fit.method == (options.firth ? .firth : .irls))
            #expect(model.fit.l2 == options.l2)
            #expect(model.fit.penalizedLogLikelihood == fit.penalizedLogLikelihood)
            #expect(try ModelFile.decode(model.encoded(), file: "m.json") == model)
        }
    }

    @Test func trainingOptionsDescribeTheEstimator() {
        let options = ModelFile.TrainingOptions(features: ["a"], l2: 0.5, robust: .hc0, maxIterations: 7)
        let logistic = options.logisticOptions
        #expect(logistic.l2 == 0.5 && logistic.robust == .hc0 && logistic.maxIterations == 7)
        #expect(logistic.devianceTolerance == LogisticOptions().devianceTolerance)
        #expect(!logistic.firth)
    }

    /// Non-finite statistics are written as strings and read back (JSON has no NaN).
    @Test func nonFiniteStatisticsSurvive() throws {
        var model = ModelFileSamples.small()
        model.fit.pearsonChiSquare = .infinity
        model.varianceInflation[0].vif = .nan
        let decoded = try ModelFile.decode(model.encoded(), file: "m.json")
        #expect(decoded.fit.pearsonChiSquare == .infinity)
        #expect(decoded.varianceInflation[0].vif.isNaN)
        #expect(String(decoding: model.encoded(), as: UTF8.self).contains(#""vif": "NaN""#))
    }
}
