import Foundation
import Tabular
import TestSupport
import Testing

@testable import SyntheticData

@Suite struct PortfolioTruthTests {
    static let portfolio = SyntheticPortfolio(
        options: PortfolioOptions(rows: 50, numericFeatures: 2, categoricalFeatures: 1, seed: 5, intercept: -1.25))

    /// The whole file, byte for byte: key order, layout, shortest numbers, final newline.
    @Test func bytesOfASmallTruth() throws {
        let truth = PortfolioTruth(
            portfolio: Self.portfolio, summary: PortfolioSummary(rows: 50, events: 9, expectedEvents: 8.5),
            generator: "credo test")
        let beta = Self.portfolio.trueCoefficients.map { formatShortest($0) }
        let expected = """
            {
              "format": "credo-synthetic-truth",
              "schemaVersion": 1,
              "generator": "credo test",
              "seed": 5,
              "options": {
                "rows": 50,
                "features": 2,
                "categorical": 1,
                "intercept": -1.25,
                "significantDigits": 4
              },
              "target": {
                "column": "default",
                "badValue": "1",
                "goodValue": "0"
              },
              "designColumns": ["const", "x1", "x2", "region=north", "region=south", "region=west"],
              "coefficients": [
                {
                  "name": "const",
                  "value": -1.25
                },
                {
                  "name": "x1",
                  "value": \(beta[1])
                },
                {
                  "name": "x2",
                  "value": \(beta[2])
                },
                {
                  "name": "region=north",
                  "value": \(beta[3])
                },
                {
                  "name": "region=south",
                  "value": \(beta[4])
                },
                {
                  "name": "region=west",
                  "value": \(beta[5])
                }
              ],
              "features": [
                {
                  "name": "x1",
                  "type": "numeric",
                  "group": 1,
                  "autocorrelation": 0.6
                },
                {
                  "name": "x2",
                  "type": "numeric",
                  "group": 1,
                  "autocorrelation": 0.6
                },
                {
                  "name": "region",
                  "type": "categorical",
                  "levels": ["east", "north", "south", "west"],
                  "probabilities": [0.2, 0.35, 0.3, 0.15],
                  "reference": "east"
                }
              ],
              "realized": {
                "rows": 50,
                "events": 9,
                "eventRate": 0.18,
                "expectedEvents": 8.5
              }
            }

            """
        #expect(String(decoding: truth.jsonBytes, as: UTF8.self) == expected)
    }

    /// What is written decodes to the same value (every number round-trips exactly).
    @Test func decodesBack() throws {
        let portfolio = SyntheticPortfolio(options: PortfolioOptions(rows: 20, numericFeatures: 7, seed: 3))
        let truth = PortfolioTruth(
            portfolio: portfolio, summary: PortfolioSummary(rows: 20, events: 3, expectedEvents: 2.718281828459045),
            generator: "g")
        let decoded = try JSONDecoder().decode(PortfolioTruth.self, from: Data(truth.jsonBytes))
        #expect(decoded == truth)
        #expect(decoded.coefficients.map(\.value) == portfolio.trueCoefficients)
        #expect(decoded.coefficients.map(\.name) == portfolio.designColumns)

        let withoutCounts = PortfolioTruth(portfolio: portfolio, summary: nil, generator: "g")
        #expect(withoutCounts.realized == nil)
        let text = String(decoding: withoutCounts.jsonBytes, as: UTF8.self)
        #expect(!text.contains("realized"))
        #expect(try JSONDecoder().decode(PortfolioTruth.self, from: Data(withoutCounts.jsonBytes)) == withoutCounts)
    }

    /// `write(csvPath:truthPath:)` writes both files; the truth's counts are the file's.
    @Test func writesTheDataAndItsTruth() throws {
        let folder = try TestPaths.temporaryDirectory("synth-truth")
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("p.csv").path
        let json = folder.appendingPathComponent("p.truth.json").path
        let summary = try Self.portfolio.write(csvPath: csv, truthPath: json, generator: "g")
        let truth = try JSONDecoder().decode(PortfolioTruth.self, from: Data(contentsOf: URL(fileURLWithPath: json)))
        #expect(truth.realized?.rows == 50)
        #expect(truth.realized?.events == summary.events)
        #expect(truth.realized?.expectedEvents == summary.expectedEvents)
        let lines = try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 51)
        #expect(lines.dropFirst().filter { $0.hasSuffix(",1") }.count == summary.events)
    }
}
