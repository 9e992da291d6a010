import Foundation

/// What went wrong when a model could not be estimated from the data it was given.
///
/// Bad data is answered with one of these, never a crash; programmer errors (mismatched lengths,
/// invalid options) are preconditions. Every message is lower-case, names the columns and rows
/// involved, and, where the user can do something, says what.
///
/// Rows are reported as *design rows*, 1-based, in the order of the matrix handed to the estimator
/// (the caller maps them back to file lines, which may differ when rows were skipped).
///
/// `category` groups the cases for the command line, which maps them to exit codes
/// (DEVELOPERS.md): `.data` -> 65, `.nonConvergence` -> 80, `.separation` -> 81,
/// `.collinearity` -> 82.
public enum ModelingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The design has no rows, or every row has frequency weight 0.
    case noObservations
    /// A target value other than 0 or 1.
    case invalidTarget(row: Int, value: Double)
    /// A frequency weight that is negative, NaN or infinite.
    case invalidWeight(row: Int, value: Double)
    /// An offset that is NaN or infinite.
    case nonFiniteOffset(row: Int, value: Double)
    /// A NaN or infinite entry in the design matrix (the caller is expected to have excluded or
    /// imputed missing values).
    case nonFiniteValue(row: Int, column: String, value: Double)
    /// A design entry so large that its square overflows (`|x| > 1e154`); rescale the column.
    case extremeValue(row: Int, column: String, value: Double)
    /// Every (positively weighted) target is the same class, so there is nothing to model.
    case singleClass(value: Double, count: Double)
    /// A column that takes one value on every row (other than the single intercept column of ones).
    case constantColumn(column: String, value: Double)
    /// Columns that are linear combinations of earlier columns (collinear / rank-deficient design).
    case collinearColumns([Aliasing])
    /// Perfect (complete) or quasi-complete separation: the maximum-likelihood estimates of the
    /// named coefficients are infinite.
    case separation(SeparationReport)
    /// Newton-Raphson stopped without meeting the convergence criteria.
    case didNotConverge(iterations: Int, maxAbsGradient: Double, relativeDevianceChange: Double)

    /// Groups of errors that the command line maps to exit codes.
    public enum Category: String, Sendable, Equatable, Codable {
        /// Bad or degenerate data (exit code 65).
        case data
        /// The estimation did not converge (exit code 80).
        case nonConvergence
        /// Perfect or quasi-complete separation (exit code 81).
        case separation
        /// Collinear / rank-deficient design, constant column (exit code 82).
        case collinearity
    }

    /// The group this error belongs to.
    public var category: Category {
        switch self {
        case .noObservations, .invalidTarget, .invalidWeight, .nonFiniteOffset, .nonFiniteValue,
            .extremeValue, .singleClass:
            return .data
        case .constantColumn, .collinearColumns:
            return .collinearity
        case .separation:
            return .separation
        case .didNotConverge:
            return .nonConvergence
        }
    }

    public var description: String {
        switch self {
        case .noObservations:
            return "no observations: the design has no rows with a positive weight"
        case .invalidTarget(let row, let value):
            return "design row \(row + 1): target \(shortNumber(value)) is not 0 or 1"
        case .invalidWeight(let row, let value):
            return "design row \(row + 1): weight \(shortNumber(value)) is not a finite number >= 0"
        case .nonFiniteOffset(let row, let value):
            return "design row \(row + 1): offset \(shortNumber(value)) is not a finite number"
        case .nonFiniteValue(let row, let column, let value):
            return "design row \(row + 1), column '\(column)': \(shortNumber(value)) is not a finite number"
        case .extremeValue(let row, let column, let value):
            return "design row \(row + 1), column '\(column)': \(shortNumber(value)) is too large (its square "
                + "overflows); rescale the column"
        case .singleClass(let value, let count):
            return "the target has one class only (all \(formatCount(count)) rows are "
                + "\(formatCount(value))); a model needs both 0 and 1"
        case .constantColumn(let column, let value):
            return "column '\(column)' is constant (every value is \(shortNumber(value))); drop it "
                + "(the intercept is the one column of ones)"
        case .collinearColumns(let aliased):
            let parts = aliased.map(\.description)
            return "collinear design: " + parts.joined(separator: "; ")
                + "; drop the aliased column\(aliased.count == 1 ? "" : "s")"
        case .separation(let report):
            return report.description
        case .didNotConverge(let iterations, let gradient, let change):
            return "estimation did not converge in \(iterations) iteration"
                + "\(iterations == 1 ? "" : "s") (last max |gradient| \(shortNumber(gradient)), "
                + "relative deviance change \(shortNumber(change))); raise the iteration limit "
                + "or check the data for separation or extreme values"
        }
    }
}

/// A column of the design that is (numerically) a linear combination of earlier columns.
///
/// The columns are examined in their order in the design, as R's `lm` and Stata's `_rmcoll` do: a
/// column is aliased when the earlier, non-aliased columns explain all but a fraction smaller
/// than the collinearity tolerance of its (frequency-weighted) sum of squares.
public struct Aliasing: Equatable, Sendable, Codable, CustomStringConvertible {
    /// The aliased column.
    public let column: String
    /// The earlier columns it is a combination of, with their coefficients
    /// (`column ~ sum coefficient * other`), largest contributions first. Empty for a column of zeros.
    public let combination: [Term]

    /// One term of the linear combination.
    public struct Term: Equatable, Sendable, Codable {
        /// The earlier column.
        public let column: String
        /// Its coefficient in the combination.
        public let coefficient: Double

        public init(column: String, coefficient: Double) {
            self.column = column
            self.coefficient = coefficient
        }
    }

    public init(column: String, combination: [Term]) {
        self.column = column
        self.combination = combination
    }

    public var description: String {
        if combination.isEmpty { return "column '\(column)' is all zeros" }
        let names = combination.map { "'\($0.column)'" }.joined(separator: ", ")
        let formula = combination.enumerated().map { index, term in
            let magnitude = shortNumber(abs(term.coefficient))
            let sign = term.coefficient < 0 ? "-" : (index == 0 ? "" : "+")
            let spacedSign = index == 0 ? sign : " \(sign) "
            return "\(spacedSign)\(magnitude) * \(term.column)"
        }.joined()
        return "column '\(column)' is a linear combination of \(names) (\(column) = \(formula))"
    }
}

/// Which coefficients have infinite maximum-likelihood estimates because the data are separated,
/// as found by the linear program of Konis (2007); see `SeparationCheck`.
///
/// Albert & Anderson (1984): the data are *completely* separated when some `beta` has
/// `x_i' beta > 0` for every event and `< 0` for every non-event, *quasi-completely* when `>= 0`
/// and `<= 0` hold with equality for some rows; in both cases the likelihood keeps increasing
/// along `beta` and the maximum-likelihood estimate does not exist.
public struct SeparationReport: Equatable, Sendable, Codable, CustomStringConvertible {
    /// Complete (every row perfectly predicted) or quasi-complete (some rows on the boundary).
    public enum Kind: String, Equatable, Sendable, Codable {
        case complete
        case quasiComplete
    }

    /// A coefficient whose estimate runs off to +/- infinity.
    public struct DivergingCoefficient: Equatable, Sendable, Codable {
        /// The design column.
        public let column: String
        /// +1 (towards +infinity) or -1 (towards -infinity).
        public let direction: Int

        public init(column: String, direction: Int) {
            self.column = column
            self.direction = direction
        }
    }

    /// Complete or quasi-complete separation.
    public let kind: Kind
    /// The feature columns whose estimates diverge, in design order (the intercept excluded).
    public let features: [DivergingCoefficient]
    /// Whether the intercept's estimate diverges too.
    public let interceptDiverges: Bool
    /// Number of rows whose outcome the separating direction predicts perfectly.
    public let perfectlyPredictedRows: Int

    public init(
        kind: Kind, features: [DivergingCoefficient], interceptDiverges: Bool,
        perfectlyPredictedRows: Int
    ) {
        self.kind = kind
        self.features = features
        self.interceptDiverges = interceptDiverges
        self.perfectlyPredictedRows = perfectlyPredictedRows
    }

    /// The names of the separating features.
    public var featureNames: [String] { features.map(\.column) }

    public var description: String {
        let kindText = kind == .complete ? "perfect separation" : "quasi-complete separation"
        let names = features.map {
            "'\($0.column)' (\($0.direction > 0 ? "+" : "-")infinity)"
        }
        let subject: String
        if names.isEmpty {
            subject = "the intercept"
        } else if names.count == 1 {
            subject = "feature " + names[0]
        } else {
            subject = "features " + names.joined(separator: ", ")
        }
        let rows = perfectlyPredictedRows == 1 ? "1 row is" : "\(perfectlyPredictedRows) rows are"
        return "\(kindText) by \(subject): \(rows) predicted perfectly, so the maximum-likelihood "
            + "estimate does not exist; use --firth (Firth's penalized likelihood) or --l2 (a ridge "
            + "penalty), or merge or drop the feature"
    }
}

/// A number for messages: 6 significant digits (`%.6g`), integers without a fraction.
func shortNumber(_ value: Double) -> String {
    if value.isNaN { return "nan" }
    if value.isInfinite { return value < 0 ? "-inf" : "inf" }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return String(format: "%.6g", value)
}

/// Counts in messages: integral values without a fraction.
private func formatCount(_ value: Double) -> String { shortNumber(value) }
