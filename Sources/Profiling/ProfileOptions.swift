import Tabular

/// What `DataProfile.compute` reports and how much work it may spread over threads.
public struct ProfileOptions: Sendable, Hashable {
    /// The quantiles every numeric column reports: 1, 5, 25, 50, 75, 95 and 99 %.
    public static let quantileProbabilities: [Double] = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99]

    /// How many of the most frequent values a categorical or text column lists (the rest are
    /// summed up as "other").
    public var topCategoryCount: Int
    /// How many quantile buckets a numeric column's bad-rate table aims at (fewer when ties or
    /// few distinct values leave fewer distinct edges).
    public var bucketCount: Int
    /// How many duplicate rows and duplicate ids are listed (all are counted).
    public var exampleLimit: Int
    /// The columns to profile, in report order; nil profiles every column except the target.
    /// Duplicate rows are still found over every column of the dataset.
    public var columns: [String]?
    /// The values of a text column that count as missing (the reader's missing tokens). Numeric
    /// and categorical columns carry their missing values already.
    public var missingTokens: Set<String>
    /// Threads the per-column work may use; nil means one per active processor.
    public var maxThreads: Int?

    /// Options with the defaults of `credo describe`; each parameter is the property of the same name.
    public init(
        topCategoryCount: Int = 10, bucketCount: Int = 10, exampleLimit: Int = 10, columns: [String]? = nil,
        missingTokens: Set<String> = CSVOptions().missingTokens, maxThreads: Int? = nil
    ) {
        precondition(topCategoryCount >= 0, "topCategoryCount must not be negative")
        precondition(bucketCount >= 1, "bucketCount must be at least 1")
        precondition(exampleLimit >= 0, "exampleLimit must not be negative")
        precondition(maxThreads.map { $0 >= 1 } ?? true, "maxThreads must be at least 1")
        self.topCategoryCount = topCategoryCount
        self.bucketCount = bucketCount
        self.exampleLimit = exampleLimit
        self.columns = columns
        self.missingTokens = missingTokens
        self.maxThreads = maxThreads
    }
}
