import Foundation
import Modeling
import Tabular
import TestSupport
import Testing

@testable import CreditCLI

// Shared by the Train*Tests and Inspect*Tests files: the statsmodels / firthmodels fixtures of
// ModelingTests (written by Tests/ModelingTests/Fixtures/make_logistic_references.py), and
// helpers that run `credo train` and read the model it wrote.

/// `logit_table` of the fixture script (statsmodels).
struct StatsmodelsFit: Decodable {
    let columns: [String]
    let nobs: Double
    let coefficients: [Double]
    let standardErrors: [Double]
    let pValues: [Double]
    let logLikelihood: Double
    let nullLogLikelihood: Double
    let likelihoodRatio: Double
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

/// `firth_table` of the fixture script (firthmodels).
struct FirthmodelsFit: Decodable {
    let columns: [String]
    let coefficients: [Double]
    let standardErrors: [Double]
    let penalizedLogLikelihood: Double
    let logLikelihood: Double
    let nullPenalizedLogLikelihood: Double
    let likelihoodRatio: Double
}

/// `logistic_spector.json`.
struct SpectorFixture: Decodable {
    let fit: StatsmodelsFit
    let firth: FirthmodelsFit

    init(from decoder: any Decoder) throws {
        fit = try StatsmodelsFit(from: decoder)
        firth = try decoder.container(keyedBy: Key.self).decode(FirthmodelsFit.self, forKey: .firth)
    }

    private enum Key: String, CodingKey { case firth }
}

/// `logistic_weights.json`, `logistic_l2.json`, `logistic_firth.json`: a design with its target.
struct DesignFixture: Decodable {
    let design: [[Double]]
    let target: [Double]
    let frequencyWeights: [Double]
}

/// The L2 part of `logistic_l2.json`.
struct RidgeFixture: Decodable {
    struct Case: Decodable {
        let columns: [String]
        let lambda: Double
        let coefficients: [Double]
        let standardErrors: [Double]
        let logLikelihood: Double
        let penalizedLogLikelihood: Double
    }

    let plain: Case
}

enum TrainTestSupport {
    /// 1e-6 relative: the project's bar for coefficients and everything computed from them (the
    /// references are exact to ~1e-12; the fits stop within ~1e-12 of the optimum).
    static let tolerance = 1e-6

    static func fixture<T: Decodable>(_ type: T.Type, _ name: String) throws -> T {
        try loadJSONFixture(type, name, in: "ModelingTests")
    }

    static var spectorPath: String { TestPaths.sharedDataset("spector/spector.csv").path }
    static var germanCreditPath: String { TestPaths.sharedDataset("german_credit/german_credit_uci.csv").path }

    /// Runs `credo train` (the real binary, or in-process) with `--out <folder>/model.json` and
    /// returns the run and the model it wrote (nil when it wrote none).
    static func train(
        _ arguments: [String], in folder: URL, binary: Bool = true, environment: [String: String] = [:]
    ) throws -> (run: CredoRun, model: ModelFile?) {
        let out = folder.appendingPathComponent("model.json").path
        try? FileManager.default.removeItem(atPath: out)
        let words = ["train"] + arguments + ["--out", out]
        let run =
            binary ? try runCredo(words, environment: environment) : runCredoInProcess(words, environment: environment)
        let model = FileManager.default.fileExists(atPath: out) ? try ModelFile.load(path: out) : nil
        return (run, model)
    }

    /// Writes a CSV of the fixture's design (without its first column, the intercept), named
    /// `names`, with the target `y` and, when asked, the weight `w`; numbers in shortest
    /// round-trip form so the file holds exactly the fixture's values.
    static func writeCSV(
        _ fixture: DesignFixture, names: [String], weights: Bool = false, to url: URL
    ) throws {
        var text = (names + ["y"] + (weights ? ["w"] : [])).joined(separator: ",") + "\n"
        for (i, row) in fixture.design.enumerated() {
            var cells = row.dropFirst().map(formatShortest)
            cells.append(formatShortest(fixture.target[i]))
            if weights { cells.append(formatShortest(fixture.frequencyWeights[i])) }
            text += cells.joined(separator: ",") + "\n"
        }
        try Data(text.utf8).write(to: url)
    }

    /// Whether every value agrees to `tolerance` (relative).
    static func close(_ a: [Double], _ b: [Double], _ tolerance: Double = TrainTestSupport.tolerance) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0.isApproximatelyEqual(to: $1, relativeTolerance: tolerance) }
    }

    static func close(_ a: Double, _ b: Double, _ tolerance: Double = TrainTestSupport.tolerance) -> Bool {
        a.isApproximatelyEqual(to: b, relativeTolerance: tolerance)
    }

    /// Whether `value` agrees with a published number printed as `text`: within half a unit of its
    /// last digit, or 1e-6 relative where the printed digits go beyond that.
    static func matchesPrinted(_ value: Double, _ text: String) -> Bool {
        let decimals = text.split(separator: ".").dropFirst().first?.count ?? 0
        let printed = Double(text)!
        let tolerance = max(0.5 * pow(10, -Double(decimals)) * (1 + 1e-9), 1e-6 * abs(printed))
        return abs(value - printed) <= tolerance
    }
}

@Suite struct TrainTestSupportTests {
    @Test func printedNumbersAreComparedToTheirPrecision() {
        #expect(TrainTestSupport.matchesPrinted(-13.02134686, "-13.0213459"))
        #expect(!TrainTestSupport.matchesPrinted(-13.0214, "-13.0213459"))
        #expect(TrainTestSupport.matchesPrinted(15.40419, "15.4042"))
    }
}
