import Tabular

/// The profile of one column: counts for every kind, then the summary its kind allows, and the
/// bad rates by value when the profile has a target.
public struct ColumnProfile: Sendable, Hashable {
    /// What the column is to the profile.
    public enum Role: String, Sendable, Hashable {
        /// An ordinary column (a candidate feature).
        case feature
        /// The id column: counted and checked for duplicates, but given no bad-rate table.
        case id
    }

    /// The column's name.
    public let name: String
    /// How its values were read.
    public let kind: ColumnKind
    /// Feature or id.
    public let role: Role
    /// All rows of the dataset.
    public let rowCount: Int
    /// Rows whose value is missing.
    public let missingCount: Int
    /// The number of distinct non-missing values (numbers compared by value, so `-0` equals `0`;
    /// text compared exactly).
    public let distinctCount: Int
    /// Location and spread, for a numeric column.
    public let numeric: NumericSummary?
    /// The most frequent values, for a categorical or text column.
    public let categories: CategorySummary?
    /// Bad rates by category or by quantile bucket, with the information value; nil without a
    /// target, for text columns and for the id column.
    public let badRates: BadRateTable?

    /// A profile; `missingCount` must not exceed `rowCount`.
    public init(
        name: String, kind: ColumnKind, role: Role, rowCount: Int, missingCount: Int, distinctCount: Int,
        numeric: NumericSummary?, categories: CategorySummary?, badRates: BadRateTable?
    ) {
        precondition(missingCount >= 0 && missingCount <= rowCount, "missing count out of range")
        self.name = name
        self.kind = kind
        self.role = role
        self.rowCount = rowCount
        self.missingCount = missingCount
        self.distinctCount = distinctCount
        self.numeric = numeric
        self.categories = categories
        self.badRates = badRates
    }

    /// Rows with a value.
    public var nonMissingCount: Int { rowCount - missingCount }

    /// `missingCount / rowCount`; NaN for a dataset without rows.
    public var missingShare: Double { share(missingCount, of: rowCount) }
}

/// Location and spread of a numeric column's non-missing values.
///
/// ```
/// mean = Σ x_i / n,   std = √( Σ (x_i - mean)² / (n - 1) )
/// ```
/// The sums are numpy's pairwise sums, so mean and standard deviation equal numpy's `mean()` and
/// `std(ddof=1)` bit for bit in ordinary cases. Quantiles use numpy's default rule ('linear',
/// Hyndman & Fan type 7). Every statistic is NaN when the column has no value;
/// `standardDeviation` is NaN for a single value and exactly 0 for a constant column.
public struct NumericSummary: Sendable, Hashable {
    /// One quantile.
    public struct Quantile: Sendable, Hashable {
        /// The probability, e.g. 0.25.
        public let probability: Double
        /// The value.
        public let value: Double

        public init(probability: Double, value: Double) {
            self.probability = probability
            self.value = value
        }
    }

    public let minimum: Double
    public let maximum: Double
    public let mean: Double
    /// The sample standard deviation (divisor n - 1).
    public let standardDeviation: Double
    /// The quantiles of `ProfileOptions.quantileProbabilities`, in that order.
    public let quantiles: [Quantile]
    /// Values equal to zero (`-0` included).
    public let zeroCount: Int

    public init(
        minimum: Double, maximum: Double, mean: Double, standardDeviation: Double, quantiles: [Quantile],
        zeroCount: Int
    ) {
        self.minimum = minimum
        self.maximum = maximum
        self.mean = mean
        self.standardDeviation = standardDeviation
        self.quantiles = quantiles
        self.zeroCount = zeroCount
    }
}

/// The most frequent values of a categorical or text column.
///
/// Values are ranked by count, largest first; equal counts are ordered by the value's text
/// (UTF-8 byte order, which is Unicode code point order), so the list never depends on the order
/// of the rows. Shares are of all rows (missing rows included), so the shares of the listed
/// values, of the other values and the missing share add up to 1.
public struct CategorySummary: Sendable, Hashable {
    /// One value and how often it occurs.
    public struct Entry: Sendable, Hashable {
        public let value: String
        public let count: Int
        /// `count / rows`.
        public let share: Double

        public init(value: String, count: Int, share: Double) {
            self.value = value
            self.count = count
            self.share = share
        }
    }

    /// The most frequent values, at most `ProfileOptions.topCategoryCount`.
    public let top: [Entry]
    /// How many distinct values are not listed.
    public let otherValueCount: Int
    /// How many rows hold a value that is not listed.
    public let otherRowCount: Int

    public init(top: [Entry], otherValueCount: Int, otherRowCount: Int) {
        self.top = top
        self.otherValueCount = otherValueCount
        self.otherRowCount = otherRowCount
    }
}

/// `part / whole`, NaN when `whole` is 0.
@inline(__always)
func share(_ part: Int, of whole: Int) -> Double {
    whole == 0 ? .nan : Double(part) / Double(whole)
}
