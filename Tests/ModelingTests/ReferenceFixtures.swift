import Foundation
import LinearAlgebra
import TestSupport

// Decoding of the JSON fixtures written by Fixtures/make_logistic_references.py, and the small
// test-only helpers that turn the shared CSV files into designs.

/// Everything `logit_table` in the script writes for one fit (statsmodels).
struct FitReference: Decodable {
    let columns: [String]
    let nobs: Double
    let coefficients: [Double]
    let standardErrors: [Double]
    let zStatistics: [Double]
    let pValues: [Double]
    let confidenceLower: [Double]
    let confidenceUpper: [Double]
    let covariance: [[Double]]
    let logLikelihood: Double
    let nullLogLikelihood: Double
    let likelihoodRatio: Double
    let likelihoodRatioDF: Int
    let likelihoodRatioPValue: Double
    let deviance: Double
    let pearsonChiSquare: Double
    let aic: Double
    let bic: Double
    let mcFaddenR2: Double
    let coxSnellR2: Double
    let nagelkerkeR2: Double
    let hc0StandardErrors: [Double]
    let hc1StandardErrors: [Double]
    let vif: [String: Double]?
}

/// `firth_table` in the script (firthmodels).
struct FirthReference: Decodable {
    let columns: [String]
    let coefficients: [Double]
    let standardErrors: [Double]
    let augmentedStandardErrors: [Double]
    let zStatistics: [Double]
    let pValues: [Double]
    let penalizedLogLikelihood: Double
    let logLikelihood: Double
    let nullPenalizedLogLikelihood: Double
    let nullIntercept: Double
    let likelihoodRatio: Double
    let likelihoodRatioDF: Int
    let likelihoodRatioPValue: Double
}

/// `logistic_spector.json`: statsmodels plus a Firth fit.
struct SpectorReference: Decodable {
    let fit: FitReference
    let firth: FirthReference

    init(from decoder: Decoder) throws {
        fit = try FitReference(from: decoder)
        let container = try decoder.container(keyedBy: Key.self)
        firth = try container.decode(FirthReference.self, forKey: .firth)
    }

    private enum Key: String, CodingKey { case firth }
}

/// `logistic_weights.json`.
struct WeightsReference: Decodable {
    let design: [[Double]]
    let target: [Double]
    let frequencyWeights: [Double]
    let offset: [Double]
    let weighted: FitReference
    let expanded: FitReference
    let withOffset: FitReference
    let weightedWithOffset: FitReference
}

/// One L2 case of `logistic_l2.json` (scipy.optimize on the documented objective).
struct RidgeReference: Decodable {
    let columns: [String]
    let lambda: Double
    let coefficients: [Double]
    let standardErrors: [Double]
    let logLikelihood: Double
    let penalizedLogLikelihood: Double
    let scikitLearnCoefficients: [Double]?
}

/// `logistic_l2.json`.
struct RidgeFixture: Decodable {
    let design: [[Double]]
    let target: [Double]
    let frequencyWeights: [Double]
    let offset: [Double]
    let plain: RidgeReference
    let weightedWithOffset: RidgeReference
}

/// `logistic_firth.json`.
struct FirthFixture: Decodable {
    let design: [[Double]]
    let target: [Double]
    let frequencyWeights: [Double]
    let offset: [Double]
    let separated: FirthReference
    let weightedWithOffset: FirthReference
}

/// One case of `logistic_separation.json` (firthmodels.detect_separation, Konis 2007).
struct SeparationCase: Decodable {
    let columns: [String]
    let design: [[Double]]
    let target: [Double]
    let separated: Bool
    /// One per column, intercept first: +1, -1 or 0 (finite).
    let directions: [Int]
}

/// `logistic_separation.json`.
struct SeparationFixture: Decodable {
    let complete: SeparationCase
    let quasiComplete: SeparationCase
    let quasiCompleteNegative: SeparationCase
    let overlap: SeparationCase
}

enum Fixtures {
    static func load<T: Decodable>(_ type: T.Type, _ name: String) throws -> T {
        try loadJSONFixture(type, name, in: "ModelingTests")
    }
}

/// A minimal reader for the shared CSV files (comma-separated, header row, no quoting).
struct SimpleCSV {
    let header: [String]
    let rows: [[String]]

    init(contentsOf url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        var lines = text.split(whereSeparator: \.isNewline).map(String.init)
        header = lines.removeFirst().split(separator: ",").map(String.init)
        rows = lines.filter { !$0.isEmpty }.map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
    }

    func column(_ name: String) -> [String] {
        let j = header.firstIndex(of: name)!
        return rows.map { $0[j] }
    }

    func numbers(_ name: String) -> [Double] { column(name).map { Double($0)! } }
}

/// Designs of the tests, built as the fixture script builds them.
enum TestDesigns {
    /// Spector & Mazzeo: const, gpa, tuce, psi; target grade.
    static func spector() throws -> (design: Matrix, target: [Double], names: [String]) {
        let csv = try SimpleCSV(contentsOf: TestPaths.sharedDataset("spector/spector.csv"))
        let n = csv.rows.count
        let columns = [[Double](repeating: 1, count: n), csv.numbers("gpa"), csv.numbers("tuce"), csv.numbers("psi")]
        return (Matrix(columns: columns), csv.numbers("grade"), ["const", "gpa", "tuce", "psi"])
    }

    /// UCI German credit with every attribute: numeric columns as they are, each categorical
    /// attribute as 0/1 dummies for every level but the lexicographically smallest, named
    /// `attribute=level`; an intercept `const` first. Target: bad = class 2.
    static func germanCredit() throws -> (design: Matrix, target: [Double], names: [String]) {
        let csv = try SimpleCSV(contentsOf: TestPaths.sharedDataset("german_credit/german_credit_uci.csv"))
        let n = csv.rows.count
        var columns: [[Double]] = [[Double](repeating: 1, count: n)]
        var names = ["const"]
        for attribute in csv.header where attribute != "class" {
            let values = csv.column(attribute)
            if values.allSatisfy({ Double($0) != nil }) {
                columns.append(values.map { Double($0)! })
                names.append(attribute)
            } else {
                for level in Set(values).sorted().dropFirst() {
                    columns.append(values.map { $0 == level ? 1 : 0 })
                    names.append("\(attribute)=\(level)")
                }
            }
        }
        let target = csv.column("class").map { $0 == "2" ? 1.0 : 0.0 }
        return (Matrix(columns: columns), target, names)
    }
}

extension Array where Element == Double {
    /// Whether every entry agrees with `other`'s to `relativeTolerance` (see
    /// `Double.isApproximatelyEqual`).
    func isApproximatelyEqual(to other: [Double], relativeTolerance: Double, absoluteTolerance: Double = 0) -> Bool {
        count == other.count
            && zip(self, other).allSatisfy {
                $0.isApproximatelyEqual(
                    to: $1, relativeTolerance: relativeTolerance, absoluteTolerance: absoluteTolerance)
            }
    }

    /// The largest relative difference to `other` (for failure messages).
    func maxRelativeDifference(to other: [Double]) -> Double {
        zip(self, other).map { abs($0 - $1) / Swift.max(abs($0), abs($1), .leastNormalMagnitude) }.max() ?? 0
    }
}

/// Whether `value` agrees with the printed `text` (a published number): within half a unit of its
/// last printed digit, or within 1e-6 relative where the printed digits go beyond that (published
/// tables often come from fits stopped at ~1e-7).
func matchesPrinted(_ value: Double, _ text: String) -> Bool {
    let decimals = text.split(separator: ".").dropFirst().first?.count ?? 0
    let printed = Double(text)!
    let tolerance = max(0.5 * pow(10, -Double(decimals)) * (1 + 1e-9), 1e-6 * abs(printed))
    return abs(value - printed) <= tolerance
}
