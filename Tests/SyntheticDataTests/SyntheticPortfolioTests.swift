import Testing

@testable import SyntheticData

@Suite struct SyntheticPortfolioTests {
    static let portfolio = SyntheticPortfolio(
        options: PortfolioOptions(rows: 10, numericFeatures: 12, categoricalFeatures: 10, seed: 7))

    @Test func headerAndDesignColumnsFollowCredoNaming() {
        let portfolio = SyntheticPortfolio(options: PortfolioOptions(rows: 5, numericFeatures: 2, seed: 1))
        #expect(portfolio.header == ["id", "x1", "x2", "region", "segment", "channel", "default"])
        #expect(
            portfolio.designColumns == [
                "const", "x1", "x2", "region=north", "region=south", "region=west", "segment=retail", "segment=sme",
                "channel=broker", "channel=online", "channel=partner",
            ])
        #expect(portfolio.trueCoefficients.count == portfolio.designColumns.count)
        #expect(portfolio.trueCoefficients[0] == -2.5)
    }

    /// Levels are sorted in byte order (so `self-employed` sorts after `retired`), the reference is
    /// the smallest, its effect 0, and the probabilities are unequal and sum to 1.
    @Test func categoricalFeatures() {
        let features = Self.portfolio.categoricalFeatures
        #expect(
            features.map(\.name) == [
                "region", "segment", "channel", "product", "housing", "employment", "sector", "collateral", "cat9",
                "cat10",
            ])
        for feature in features {
            #expect(feature.levels == feature.levels.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
            #expect(feature.reference == feature.levels[0])
            #expect(feature.coefficients[0] == 0)
            #expect(feature.coefficients.dropFirst().allSatisfy { $0 != 0 })
            #expect(abs(feature.probabilities.reduce(0, +) - 1) < 1e-15)
            #expect(Set(feature.probabilities).count == feature.probabilities.count)
            #expect(feature.drawOrder.sorted() == Array(feature.levels.indices))
        }
        let employment = features[5]
        #expect(employment.levels == ["employed", "retired", "self-employed", "student", "unemployed"])
        #expect(employment.probabilities == [0.62, 0.12, 0.18, 0.03, 0.05])
        #expect(features[0].levels == ["east", "north", "south", "west"])
        #expect(features[0].probabilities == [0.20, 0.35, 0.30, 0.15])
    }

    @Test func numericFeaturesComeInGroupsOfFive() {
        let numeric = Self.portfolio.numericFeatures
        #expect(numeric.map(\.name) == (1...12).map { "x\($0)" })
        #expect(numeric.map(\.group) == [1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3])
        #expect(numeric.map(\.autocorrelation) == [0.6, 0.6, 0.6, 0.6, 0.6, 0.3, 0.3, 0.3, 0.3, 0.3, 0, 0])
    }

    /// Every coefficient is the double nearest a multiple of 10^-4, so its shortest text has at
    /// most 4 decimals.
    @Test func coefficientsHaveFourDecimals() {
        for value in Self.portfolio.trueCoefficients {
            #expect(value == (value * 10_000).rounded() / 10_000)
            #expect(formatShortestDecimals(value) <= 4, "\(value)")
        }
        #expect(SyntheticPortfolio.roundedCoefficient(0.123456) == 0.1235)
        #expect(SyntheticPortfolio.roundedCoefficient(-0.00004) == 0)
        #expect(SyntheticPortfolio.roundedCoefficient(-0.00004).sign == .plus)
    }

    /// The coefficients depend on the seed only through the generator (another seed gives others),
    /// and the same options give the same design.
    @Test func seedDeterminesTheCoefficients() {
        let options = PortfolioOptions(rows: 1, numericFeatures: 4, seed: 11)
        #expect(SyntheticPortfolio(options: options).trueCoefficients == SyntheticPortfolio(options: options).trueCoefficients)
        var other = options
        other.seed = 12
        #expect(SyntheticPortfolio(options: other).trueCoefficients != SyntheticPortfolio(options: options).trueCoefficients)
    }

    @Test func noFeaturesAndNoRows() {
        let portfolio = SyntheticPortfolio(
            options: PortfolioOptions(rows: 0, numericFeatures: 0, categoricalFeatures: 0, seed: 0, intercept: 1))
        #expect(portfolio.header == ["id", "default"])
        #expect(portfolio.designColumns == ["const"])
        #expect(portfolio.trueCoefficients == [1])
        #expect(portfolio.blockCount == 0)
        #expect(Array(portfolio.blocks()).isEmpty)
    }

    @Test func optionProblems() {
        #expect(PortfolioOptions(rows: 1, numericFeatures: 1, seed: 0).problem == nil)
        #expect(PortfolioOptions(rows: -1, numericFeatures: 1, seed: 0).problem?.contains("rows") == true)
        #expect(PortfolioOptions(rows: 1, numericFeatures: -1, seed: 0).problem?.contains("numeric") == true)
        #expect(
            PortfolioOptions(rows: 1, numericFeatures: 1, categoricalFeatures: -2, seed: 0).problem?.contains(
                "categorical") == true)
        #expect(PortfolioOptions(rows: 1, numericFeatures: 1, seed: 0, intercept: .infinity).problem != nil)
        #expect(PortfolioOptions(rows: 1, numericFeatures: 1, seed: 0, intercept: .nan).problem != nil)
        #expect(PortfolioOptions(rows: 1, numericFeatures: 1, seed: 0, significantDigits: 0).problem != nil)
        #expect(PortfolioOptions(rows: 1, numericFeatures: 1, seed: 0, significantDigits: 16).problem != nil)
        #expect(PortfolioOptions(rows: 1, numericFeatures: 1, seed: 0, significantDigits: 15).problem == nil)
    }
}

/// The number of decimals in the shortest round-trip text of `value`.
private func formatShortestDecimals(_ value: Double) -> Int {
    let text = "\(value)"
    guard let point = text.firstIndex(of: "."), !text.contains("e") else { return text.contains("e") ? 99 : 0 }
    let decimals = text[text.index(after: point)...]
    return decimals == "0" ? 0 : decimals.count
}
