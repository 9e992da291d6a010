import Statistics

/// A synthetic credit portfolio drawn from a known logistic model, with the truth to check
/// estimators against.
///
/// Each row holds an `id` (1, 2, ...), numeric features `x1 ... xP` (standard normal, correlated
/// in groups; see `NumericFeatureDesign`), categorical features (see `CategoricalFeatureDesign`)
/// and the target `default` (1 = bad), drawn as
/// ```
/// eta     = intercept + sum_j beta_j x_j + sum_c gamma_c[level_c]
/// default ~ Bernoulli(logistic(eta))
/// ```
/// where `x_j` is the value as rounded in the file. Coefficients are drawn once from the seed:
/// `beta_j ~ N(0, (1.5 / sqrt(P))^2)` (so the numeric part of `eta` has a standard deviation near
/// 1.5 whatever `P`), `gamma ~ N(0, 0.5^2)` per non-reference level, each rounded to 4 decimals.
///
/// ## Randomness
/// One `SeededGenerator` seeded with `options.seed` draws the coefficients. Rows come in blocks of
/// `rowsPerBlock`; block `b` draws from `SeededGenerator(seed).split(stream: b)`, row after row:
/// the `P` normals (inversion, `nextNormal`), one uniform per categorical feature, one uniform for
/// the target. Blocks are therefore independent of how many threads draw them, and the same
/// options give the same rows on every run.
public struct SyntheticPortfolio: Sendable {
    /// The options the portfolio was made with.
    public let options: PortfolioOptions
    /// The numeric features, `x1 ... xP`.
    public let numericFeatures: [NumericFeatureDesign]
    /// The categorical features.
    public let categoricalFeatures: [CategoricalFeatureDesign]

    /// The name of the target column (1 = default).
    public static let targetColumn = "default"
    /// The name of the row identifier column.
    public static let idColumn = "id"
    /// Rows per block (and per random stream).
    public static let rowsPerBlock = 4096

    /// The design, with its coefficients drawn from the seed.
    /// - Precondition: `options.problem == nil`.
    public init(options: PortfolioOptions) {
        precondition(options.problem == nil, "invalid portfolio options: \(options.problem ?? "")")
        self.options = options
        var generator = SeededGenerator(seed: options.seed)
        let scale = 1.5 / Double(max(options.numericFeatures, 1)).squareRoot()
        let groupAutocorrelations = [0.6, 0.3, 0.0]
        numericFeatures = (0..<options.numericFeatures).map { j in
            let group = j / 5
            return NumericFeatureDesign(
                name: "x\(j + 1)", group: group + 1, autocorrelation: groupAutocorrelations[group % 3],
                coefficient: Self.roundedCoefficient(scale * generator.nextNormal()))
        }
        categoricalFeatures = (0..<options.categoricalFeatures).map { c in
            let entry = CategoricalCatalogue.entry(c)
            let sortedOrder = entry.levels.indices.sorted { Array(entry.levels[$0].utf8).lexicographicallyPrecedes(entry.levels[$1].utf8) }
            let levels = sortedOrder.map { entry.levels[$0] }
            var coefficients = [0.0]
            for _ in 1..<levels.count { coefficients.append(Self.roundedCoefficient(0.5 * generator.nextNormal())) }
            let drawOrder = entry.levels.indices.map { drawn in sortedOrder.firstIndex(of: drawn)! }
            return CategoricalFeatureDesign(
                name: entry.name, levels: levels, probabilities: sortedOrder.map { entry.probabilities[$0] },
                coefficients: coefficients, drawOrder: drawOrder)
        }
    }

    /// The file's columns: `id`, `x1 ... xP`, the categorical features, `default`.
    public var header: [String] {
        [Self.idColumn] + numericFeatures.map(\.name) + categoricalFeatures.map(\.name) + [Self.targetColumn]
    }

    /// The design columns as Credo names them: `const`, `x1 ... xP`, then `feature=level` for every
    /// non-reference level of each categorical feature, in level order.
    public var designColumns: [String] {
        var names = ["const"] + numericFeatures.map(\.name)
        for feature in categoricalFeatures {
            names += feature.levels.dropFirst().map { "\(feature.name)=\($0)" }
        }
        return names
    }

    /// The true coefficient of every design column (same order as `designColumns`).
    public var trueCoefficients: [Double] {
        var values = [options.intercept] + numericFeatures.map(\.coefficient)
        for feature in categoricalFeatures { values += feature.coefficients.dropFirst() }
        return values
    }

    /// The number of blocks of `rowsPerBlock` rows (the last may be shorter).
    public var blockCount: Int { (options.rows + Self.rowsPerBlock - 1) / Self.rowsPerBlock }

    /// `x` rounded to 4 decimals: `k / 10^4` for the nearest integer `k`.
    static func roundedCoefficient(_ x: Double) -> Double {
        let k = (x * 10_000).rounded(.toNearestOrAwayFromZero)
        return k == 0 ? 0 : k / 10_000
    }
}
