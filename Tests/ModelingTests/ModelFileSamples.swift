import Foundation
import Tabular

@testable import Modeling

/// Small hand-made model files for the model file tests.
enum ModelFileSamples {
    /// A model with one numeric and one categorical feature and awkward numbers (a subnormal, the
    /// largest double, -0, values needing 17 digits).
    static func small() -> ModelFile {
        let features: [DesignFeature] = [
            .numeric("income"),
            .categorical("housing", levels: ["free", "own", "rent"], reference: "free"),
        ]
        let names = ModelFile.designColumns(of: features)
        let estimates = [-1.2345678901234567, 0.30000000000000004, -0.0, Double.leastNonzeroMagnitude]
        let coefficients = zip(names, estimates).map { name, estimate in
            ModelFile.Coefficient(
                name: name, estimate: estimate, stdError: 0.5, z: estimate / 0.5, pValue: 0.25, ciLower: estimate - 1,
                ciUpper: estimate + 1)
        }
        let matrix = (0..<4).map { i in (0..<4).map { j in i == j ? 0.25 : Double(i + j) / 100_000 } }
        return ModelFile(
            target: BinaryTargetDefinition(column: "default", badValue: "yes", goodValue: "no"),
            weightColumn: nil, features: features, coefficients: coefficients,
            covariance: ModelFile.Covariance(type: .hc1, matrix: matrix),
            fit: ModelFile.FitStatistics(
                nobs: 1000, events: 300, logLikelihood: -447.90889, nullLogLikelihood: -610.8643, lrChiSquare: 325.9,
                lrDegreesOfFreedom: 3, lrPValue: 1e-70, deviance: 895.81778, pearsonChiSquare: 1.7976931348623157e308,
                aic: 903.8, bic: 923.4, pseudoR2: PseudoRSquared(mcFadden: 0.26, coxSnell: 0.27, nagelkerke: 0.38),
                iterations: 6, converged: true, maxAbsGradient: 1.5e-11, method: .irls, l2: 0,
                penalizedLogLikelihood: nil),
            varianceInflation: [
                ModelFile.VarianceInflationEntry(feature: "income", vif: 1.25),
                ModelFile.VarianceInflationEntry(feature: "housing=own", vif: 2),
                ModelFile.VarianceInflationEntry(feature: "housing=rent", vif: 2.5),
            ],
            lineage: ModelFile.Lineage(
                dataFile: "loans.csv", dataSHA256: String(repeating: "ab", count: 32), rowsRead: 1002, rowsUsed: 1000,
                rowsSkipped: 2,
                options: ModelFile.TrainingOptions(
                    features: ["income", "housing"], exclude: ["id"], reference: ["housing": "free"], robust: .hc1),
                credoVersion: "0.1.0", createdAt: "2026-01-01T00:00:00Z"))
    }

    /// The exact bytes `small().encoded()` must produce (schema version 1 layout).
    static let smallText = """
        {
          "format": "credo-model",
          "schemaVersion": 1,
          "kind": "logistic-regression",
          "target": {
            "column": "default",
            "badValue": "yes",
            "goodValue": "no"
          },
          "weightColumn": null,
          "missingValues": ["NA", "NaN", "null"],
          "features": [
            {
              "name": "income",
              "type": "numeric"
            },
            {
              "name": "housing",
              "type": "categorical",
              "levels": ["free", "own", "rent"],
              "reference": "free"
            }
          ],
          "designColumns": ["const", "income", "housing=own", "housing=rent"],
          "coefficients": [
            {
              "name": "const",
              "estimate": -1.2345678901234567,
              "stdError": 0.5,
              "z": -2.4691357802469134,
              "pValue": 0.25,
              "ciLower": -2.234567890123457,
              "ciUpper": -0.2345678901234567
            },
            {
              "name": "income",
              "estimate": 0.30000000000000004,
              "stdError": 0.5,
              "z": 0.6000000000000001,
              "pValue": 0.25,
              "ciLower": -0.7,
              "ciUpper": 1.3
            },
            {
              "name": "housing=own",
              "estimate": -0,
              "stdError": 0.5,
              "z": -0,
              "pValue": 0.25,
              "ciLower": -1,
              "ciUpper": 1
            },
            {
              "name": "housing=rent",
              "estimate": 5e-324,
              "stdError": 0.5,
              "z": 1e-323,
              "pValue": 0.25,
              "ciLower": -1,
              "ciUpper": 1
            }
          ],
          "covariance": {
            "type": "hc1",
            "matrix": [
              [0.25, 1e-05, 2e-05, 3e-05],
              [1e-05, 0.25, 3e-05, 4e-05],
              [2e-05, 3e-05, 0.25, 5e-05],
              [3e-05, 4e-05, 5e-05, 0.25]
            ]
          },
          "fit": {
            "nobs": 1000,
            "events": 300,
            "logLikelihood": -447.90889,
            "nullLogLikelihood": -610.8643,
            "lrChiSquare": 325.9,
            "lrDegreesOfFreedom": 3,
            "lrPValue": 1e-70,
            "deviance": 895.81778,
            "pearsonChiSquare": 1.7976931348623157e+308,
            "aic": 903.8,
            "bic": 923.4,
            "pseudoR2": {
              "mcFadden": 0.26,
              "coxSnell": 0.27,
              "nagelkerke": 0.38
            },
            "iterations": 6,
            "converged": true,
            "maxAbsGradient": 1.5e-11,
            "method": "irls",
            "l2": 0,
            "penalizedLogLikelihood": null
          },
          "varianceInflation": [
            {
              "feature": "income",
              "vif": 1.25
            },
            {
              "feature": "housing=own",
              "vif": 2
            },
            {
              "feature": "housing=rent",
              "vif": 2.5
            }
          ],
          "lineage": {
            "dataFile": "loans.csv",
            "dataSHA256": "abababababababababababababababababababababababababababababababab",
            "rowsRead": 1002,
            "rowsUsed": 1000,
            "rowsSkipped": 2,
            "options": {
              "features": ["income", "housing"],
              "exclude": ["id"],
              "categorical": [],
              "reference": {
                "housing": "free"
              },
              "id": null,
              "l2": 0,
              "firth": false,
              "robust": "hc1",
              "maxIterations": 100,
              "strict": false,
              "devianceTolerance": 1e-10,
              "gradientTolerance": 1e-08,
              "collinearityTolerance": 1e-10,
              "confidenceLevel": 0.95
            },
            "credoVersion": "0.1.0",
            "createdAt": "2026-01-01T00:00:00Z"
          }
        }

        """

    /// `small()`'s text with `old` replaced by `new` (exactly once).
    static func smallText(replacing old: String, with new: String) -> String {
        precondition(smallText.components(separatedBy: old).count == 2, "'\(old)' must occur once")
        return smallText.replacingOccurrences(of: old, with: new)
    }
}
