import Foundation

// The JSON fixtures written by Tests/ModelingTests/Fixtures/make_logistic_references.py
// (statsmodels, firthmodels, scipy), decoded for every test target that checks a logistic fit
// against them (ModelingTests for the estimator, CreditCLITests for `credo train`).

/// Loads the logistic reference fixtures from `Tests/ModelingTests/Fixtures/`.
public enum LogisticReferences {
    /// Decodes `Tests/ModelingTests/Fixtures/<name>`.
    public static func load<T: Decodable>(_ type: T.Type, _ name: String) throws -> T {
        try loadJSONFixture(type, name, in: "ModelingTests")
    }
}

/// Everything `logit_table` in the script writes for one fit (statsmodels).
public struct FitReference: Decodable, Sendable {
    public let columns: [String]
    public let nobs: Double
    public let coefficients: [Double]
    public let standardErrors: [Double]
    public let zStatistics: [Double]
    public let pValues: [Double]
    public let confidenceLower: [Double]
    public let confidenceUpper: [Double]
    public let covariance: [[Double]]
    public let logLikelihood: Double
    public let nullLogLikelihood: Double
    public let likelihoodRatio: Double
    public let likelihoodRatioDF: Int
    public let likelihoodRatioPValue: Double
    public let deviance: Double
    public let pearsonChiSquare: Double
    public let aic: Double
    public let bic: Double
    public let mcFaddenR2: Double
    public let coxSnellR2: Double
    public let nagelkerkeR2: Double
    public let hc0StandardErrors: [Double]
    public let hc1StandardErrors: [Double]
    public let vif: [String: Double]?
}

/// `firth_table` in the script (firthmodels).
public struct FirthReference: Decodable, Sendable {
    public let columns: [String]
    public let coefficients: [Double]
    public let standardErrors: [Double]
    public let augmentedStandardErrors: [Double]
    public let zStatistics: [Double]
    public let pValues: [Double]
    public let penalizedLogLikelihood: Double
    public let logLikelihood: Double
    public let nullPenalizedLogLikelihood: Double
    public let nullIntercept: Double
    public let likelihoodRatio: Double
    public let likelihoodRatioDF: Int
    public let likelihoodRatioPValue: Double
}

/// `logistic_spector.json`: statsmodels plus a Firth fit.
public struct SpectorReference: Decodable, Sendable {
    public let fit: FitReference
    public let firth: FirthReference

    public init(from decoder: Decoder) throws {
        fit = try FitReference(from: decoder)
        let container = try decoder.container(keyedBy: Key.self)
        firth = try container.decode(FirthReference.self, forKey: .firth)
    }

    private enum Key: String, CodingKey { case firth }
}

/// A fixture that holds a design (intercept column first), its 0/1 target and frequency weights.
public protocol LogisticDesignFixture {
    var design: [[Double]] { get }
    var target: [Double] { get }
    var frequencyWeights: [Double] { get }
}

/// `logistic_weights.json`.
public struct WeightsReference: Decodable, Sendable, LogisticDesignFixture {
    public let design: [[Double]]
    public let target: [Double]
    public let frequencyWeights: [Double]
    public let offset: [Double]
    public let weighted: FitReference
    public let expanded: FitReference
    public let withOffset: FitReference
    public let weightedWithOffset: FitReference
}

/// One L2 case of `logistic_l2.json` (scipy.optimize on the documented objective).
public struct RidgeReference: Decodable, Sendable {
    public let columns: [String]
    public let lambda: Double
    public let coefficients: [Double]
    public let standardErrors: [Double]
    public let logLikelihood: Double
    public let penalizedLogLikelihood: Double
    public let scikitLearnCoefficients: [Double]?
}

/// `logistic_l2.json`.
public struct RidgeFixture: Decodable, Sendable, LogisticDesignFixture {
    public let design: [[Double]]
    public let target: [Double]
    public let frequencyWeights: [Double]
    public let offset: [Double]
    public let plain: RidgeReference
    public let weightedWithOffset: RidgeReference
}

/// `logistic_firth.json`.
public struct FirthFixture: Decodable, Sendable, LogisticDesignFixture {
    public let design: [[Double]]
    public let target: [Double]
    public let frequencyWeights: [Double]
    public let offset: [Double]
    public let separated: FirthReference
    public let weightedWithOffset: FirthReference
}

/// One case of `logistic_separation.json` (firthmodels.detect_separation, Konis 2007).
public struct SeparationCase: Decodable, Sendable {
    public let columns: [String]
    public let design: [[Double]]
    public let target: [Double]
    public let separated: Bool
    /// One per column, intercept first: +1, -1 or 0 (finite).
    public let directions: [Int]
}

/// `logistic_separation.json`.
public struct SeparationFixture: Decodable, Sendable {
    public let complete: SeparationCase
    public let quasiComplete: SeparationCase
    public let quasiCompleteNegative: SeparationCase
    public let overlap: SeparationCase
}
