/// Bad rates of one column by group (category or quantile bucket), with the weight of evidence of
/// each group and the column's information value.
///
/// Only rows whose target is bad or good are counted; rows with a missing or invalid target are
/// left out of every table (the profile's target summary counts them).
public struct BadRateTable: Sendable, Hashable {
    /// Which rows a group holds.
    public enum Group: Sendable, Hashable {
        /// Rows whose value is this category.
        case category(String)
        /// Rows whose value is one of `count` categories not listed on their own.
        case otherCategories(count: Int)
        /// Rows whose numeric value lies in `[lower, upper)` (`-inf` and `+inf` at the ends).
        case interval(lower: Double, upper: Double)
        /// Rows whose value is missing.
        case missing
    }

    /// One group.
    public struct Row: Sendable, Hashable {
        public let group: Group
        /// Rows with a bad or good target.
        public var count: Int { badCount + goodCount }
        public let badCount: Int
        public let goodCount: Int
        /// The weight of evidence, NaN when the table's target has no bads or no goods.
        public let weightOfEvidence: Double
        /// Whether 0.5 was added to the group's counts because one of them was 0.
        public let isSmoothed: Bool

        public init(group: Group, badCount: Int, goodCount: Int, weightOfEvidence: Double, isSmoothed: Bool) {
            self.group = group
            self.badCount = badCount
            self.goodCount = goodCount
            self.weightOfEvidence = weightOfEvidence
            self.isSmoothed = isSmoothed
        }

        /// `badCount / count`; NaN for an empty group.
        public var badRate: Double { share(badCount, of: count) }
    }

    /// The groups, in report order (categories by frequency, then other, then missing; intervals
    /// in increasing order, then missing). Groups without a labelled row are listed with NaN WoE
    /// and take no part in the information value.
    public let rows: [Row]
    /// The information value over `rows`; NaN when there are no bads or no goods.
    public let informationValue: Double

    /// Builds the table from `(group, bads, goods)` and computes WoE and IV (see
    /// `WeightOfEvidence`).
    public init(groups: [(group: Group, badCount: Int, goodCount: Int)]) {
        let evidence = WeightOfEvidence(counts: groups.map { ($0.badCount, $0.goodCount) })
        rows = groups.indices.map { index in
            Row(
                group: groups[index].group, badCount: groups[index].badCount, goodCount: groups[index].goodCount,
                weightOfEvidence: evidence.weights[index], isSmoothed: evidence.isSmoothed[index])
        }
        informationValue = evidence.informationValue
    }

    /// The rule-of-thumb strength of `informationValue`; nil when it is NaN.
    public var strength: InformationValueStrength? { InformationValueStrength(informationValue) }
}

/// The rule of thumb for an information value (CONVENTIONS.md; Siddiqi 2006, ch. 6):
/// below 0.02 useless, 0.02 to below 0.1 weak, 0.1 to 0.3 medium, above 0.3 strong.
public enum InformationValueStrength: String, Sendable, Hashable, CaseIterable {
    case useless, weak, medium, strong

    /// The band of `iv`; nil for NaN.
    public init?(_ iv: Double) {
        if iv.isNaN { return nil }
        if iv < 0.02 {
            self = .useless
        } else if iv < 0.1 {
            self = .weak
        } else if iv <= 0.3 {
            self = .medium
        } else {
            self = .strong
        }
    }
}
