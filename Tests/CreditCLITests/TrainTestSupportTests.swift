import Foundation
import Modeling
import Tabular
import TestSupport
import Testing

@testable import CreditCLI

// Shared by the Train*Tests and Inspect*Tests files: helpers that run `credo train` and read the
// model it wrote, and that write the statsmodels / firthmodels fixtures of ModelingTests (decoded
// by TestSupport's LogisticReferences) as CSV files.

enum TrainTestSupport {
    /// 1e-6 relative: the project's bar for coefficients and everything computed from them (the
    /// references are exact to ~1e-12; the fits stop within ~1e-12 of the optimum).
    static let tolerance = 1e-6

    static func fixture<T: Decodable>(_ type: T.Type, _ name: String) throws -> T {
        try LogisticReferences.load(type, name)
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
        _ fixture: some LogisticDesignFixture, names: [String], weights: Bool = false, to url: URL
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
        a.isApproximatelyEqual(to: b, relativeTolerance: tolerance)
    }

    static func close(_ a: Double, _ b: Double, _ tolerance: Double = TrainTestSupport.tolerance) -> Bool {
        a.isApproximatelyEqual(to: b, relativeTolerance: tolerance)
    }
}

@Suite struct TrainTestSupportTests {
    @Test func printedNumbersAreComparedToTheirPrecision() {
        #expect(matchesPrinted(-13.02134686, "-13.0213459"))
        #expect(!matchesPrinted(-13.0214, "-13.0213459"))
        #expect(matchesPrinted(15.40419, "15.4042"))
    }
}
