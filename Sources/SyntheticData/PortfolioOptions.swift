/// What a synthetic portfolio looks like: its size, its features, the seed and the intercept.
///
/// Every option goes into the truth file, and the same options always give the same rows.
public struct PortfolioOptions: Sendable, Hashable, Codable {
    /// Number of rows (customers), `>= 0`.
    public var rows: Int
    /// Number of numeric features `x1 ... xP`, `>= 0`.
    public var numericFeatures: Int
    /// Number of categorical features, `>= 0` (the first eight are named `region`, `segment`,
    /// `channel`, `product`, `housing`, `employment`, `sector`, `collateral`; then `cat9` ...).
    public var categoricalFeatures: Int
    /// The seed of every random draw (coefficients and rows).
    public var seed: UInt64
    /// The true intercept of the logistic model (finite).
    public var intercept: Double
    /// Significant decimal digits of the numeric features in the file (1...15).
    public var significantDigits: Int

    /// Options; the defaults give 3 categorical features, intercept -2.5 and 4 significant digits.
    public init(
        rows: Int, numericFeatures: Int, categoricalFeatures: Int = 3, seed: UInt64, intercept: Double = -2.5,
        significantDigits: Int = 4
    ) {
        self.rows = rows
        self.numericFeatures = numericFeatures
        self.categoricalFeatures = categoricalFeatures
        self.seed = seed
        self.intercept = intercept
        self.significantDigits = significantDigits
    }

    /// The first thing wrong with the options, as a lower-case sentence, or nil when they are valid.
    public var problem: String? {
        if rows < 0 { return "the number of rows must not be negative, got \(rows)" }
        if numericFeatures < 0 { return "the number of numeric features must not be negative, got \(numericFeatures)" }
        if categoricalFeatures < 0 {
            return "the number of categorical features must not be negative, got \(categoricalFeatures)"
        }
        if numericFeatures > 100_000 || categoricalFeatures > 100_000 {
            return "at most 100000 numeric and 100000 categorical features"
        }
        if !intercept.isFinite { return "the intercept must be a finite number" }
        if !(1...15).contains(significantDigits) {
            return "the significant digits must be between 1 and 15, got \(significantDigits)"
        }
        return nil
    }
}
