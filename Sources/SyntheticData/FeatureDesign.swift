/// A numeric feature of a synthetic portfolio: its true coefficient and its correlation group.
///
/// Features come in groups of five consecutive columns (`x1-x5`, `x6-x10`, ...), each group an
/// AR(1) chain of standard normals with the group's autocorrelation `rho`:
/// ```
/// x_first = z_first,   x_next = rho * x_previous + sqrt(1 - rho^2) * z_next,   z iid N(0, 1)
/// ```
/// so every feature is N(0, 1) and `corr(x_i, x_j) = rho^|i - j|` inside a group, 0 across groups.
/// Groups cycle through `rho = 0.6, 0.3, 0`. The file holds each value rounded to the portfolio's
/// significant digits, and the model is defined on the rounded value.
public struct NumericFeatureDesign: Sendable, Hashable {
    /// `x1`, `x2`, ...
    public let name: String
    /// The 1-based correlation group (features `5g - 4 ... 5g`).
    public let group: Int
    /// The group's AR(1) autocorrelation.
    public let autocorrelation: Double
    /// The true coefficient (a multiple of 10^-4).
    public let coefficient: Double
}

/// A categorical feature of a synthetic portfolio: its levels, how often each is drawn, and its
/// true effects.
///
/// Levels are listed in byte order, as Credo designs them; the first is the reference level (its
/// effect is 0), every other level has a dummy `name=level` in the design.
public struct CategoricalFeatureDesign: Sendable, Hashable {
    /// `region`, `segment`, ...
    public let name: String
    /// The levels, sorted in byte order.
    public let levels: [String]
    /// The probability of each level (same order), unequal, summing to 1.
    public let probabilities: [Double]
    /// The true effect of each level on the log-odds (same order); 0 for the reference.
    public let coefficients: [Double]
    /// The order levels are drawn in (indices into `levels`): a uniform `u` picks the first whose
    /// cumulative probability in this order exceeds `u`.
    let drawOrder: [Int]

    /// The reference level: the lexicographically smallest.
    public var reference: String { levels[0] }
}
