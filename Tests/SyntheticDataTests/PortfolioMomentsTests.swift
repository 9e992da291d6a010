import Foundation
import TestSupport
import Testing

@testable import SyntheticData

/// The drawn rows have the distribution the design states. Every bound is 4 standard errors of
/// the statistic under the design (a chance failure has probability ~6e-5 per check, and the draw
/// is fixed by the seed, so a pass is reproducible, not flaky).
@Suite struct PortfolioMomentsTests {
    static let rows = 100_000
    static let portfolio = SyntheticPortfolio(
        options: PortfolioOptions(rows: rows, numericFeatures: 12, categoricalFeatures: 4, seed: 20_261_204))
    static let blocks = Array(portfolio.blocks())

    static func column(_ j: Int) -> [Double] { blocks.flatMap { $0.numeric[j] } }

    static func mean(_ x: [Double]) -> Double { x.reduce(0, +) / Double(x.count) }

    static func correlation(_ x: [Double], _ y: [Double]) -> Double {
        let mx = mean(x)
        let my = mean(y)
        var sxy = 0.0
        var sxx = 0.0
        var syy = 0.0
        for i in x.indices {
            sxy += (x[i] - mx) * (y[i] - my)
            sxx += (x[i] - mx) * (x[i] - mx)
            syy += (y[i] - my) * (y[i] - my)
        }
        return sxy / (sxx * syy).squareRoot()
    }

    /// Mean 0 (SE 1/sqrt(n)) and variance 1 (SE sqrt(2/n) for a normal) for every feature.
    @Test func featuresAreStandardNormal() {
        let n = Double(Self.rows)
        for j in 0..<12 {
            let x = Self.column(j)
            let m = Self.mean(x)
            let variance = x.reduce(0) { $0 + ($1 - m) * ($1 - m) } / (n - 1)
            #expect(abs(m) < 4 / n.squareRoot(), "x\(j + 1) mean \(m)")
            #expect(abs(variance - 1) < 4 * (2 / n).squareRoot(), "x\(j + 1) variance \(variance)")
            // Rounded to 4 significant digits, every value has at most 4.
            #expect(x.prefix(1000).allSatisfy { RoundedDecimal(rounding: $0, significantDigits: 4).value == $0 })
        }
    }

    /// corr(x_i, x_j) = rho^|i-j| inside a group (rho 0.6, then 0.3, then 0), 0 across groups;
    /// SE of a sample correlation (1 - rho^2) / sqrt(n).
    @Test func correlationsFollowTheGroups() {
        let n = Double(Self.rows)
        let pairs: [(Int, Int, Double)] = [
            (0, 1, 0.6), (0, 2, 0.36), (0, 4, 0.6 * 0.6 * 0.6 * 0.6), (3, 4, 0.6),
            (4, 5, 0), (5, 6, 0.3), (5, 7, 0.09), (9, 10, 0), (10, 11, 0), (0, 9, 0),
        ]
        for (i, j, rho) in pairs {
            let r = Self.correlation(Self.column(i), Self.column(j))
            #expect(abs(r - rho) < 4 * (1 - rho * rho) / n.squareRoot(), "corr(x\(i + 1), x\(j + 1)) = \(r), designed \(rho)")
        }
    }

    /// Level shares match the designed probabilities (binomial SE sqrt(p(1-p)/n)).
    @Test func levelFrequencies() {
        let n = Double(Self.rows)
        for (c, feature) in Self.portfolio.categoricalFeatures.enumerated() {
            let codes = Self.blocks.flatMap { $0.categorical[c] }
            for (level, p) in feature.probabilities.enumerated() {
                let share = Double(codes.count { $0 == level }) / n
                #expect(abs(share - p) < 4 * (p * (1 - p) / n).squareRoot(), "\(feature.name)=\(feature.levels[level])")
            }
        }
    }

    /// Events: their count is a sum of independent Bernoullis, mean sum p_i, variance
    /// sum p_i (1 - p_i); and the rows defaulting have the higher probabilities.
    @Test func eventRateIsAsDesigned() {
        let p = Self.blocks.flatMap(\.probabilities)
        let y = Self.blocks.flatMap(\.defaults)
        let expected = p.reduce(0, +)
        let sd = p.reduce(0) { $0 + $1 * (1 - $1) }.squareRoot()
        let events = Double(y.reduce(0, +))
        #expect(abs(events - expected) < 4 * sd, "events \(events), expected \(expected) +- \(sd)")
        // Calibration by decile of the true probability: observed vs expected in each tenth.
        let order = p.indices.sorted { p[$0] < p[$1] }
        for decile in 0..<10 {
            let slice = order[(decile * p.count / 10)..<((decile + 1) * p.count / 10)]
            let expectedInSlice = slice.reduce(0) { $0 + p[$1] }
            let sdInSlice = slice.reduce(0) { $0 + p[$1] * (1 - p[$1]) }.squareRoot()
            let observed = Double(slice.reduce(0) { $0 + y[$1] })
            #expect(abs(observed - expectedInSlice) < 4 * sdInSlice, "decile \(decile)")
        }
    }
}
