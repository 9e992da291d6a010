import Tabular

/// A trained model as Credo stores it: the contract between `credo train` and `credo score`
/// (schema version 1, `model-file-spec`).
///
/// One JSON object, UTF-8, 2-space indented, keys in the order of the properties below, a final
/// newline (`encoded()`); numbers in their shortest round-trip text, so the same model always
/// gives the same bytes and reads back exactly (`load(path:)`).
///
/// Scoring a row: `eta = sum_j coefficients[j].estimate * x_j` over `designColumns`, with
/// `x_const = 1`, a numeric feature's value, and a dummy `feature=level` equal to 1 when the row's
/// level is that level; `PD = 1 / (1 + exp(-eta))` (see `DesignEncoder`).
public struct ModelFile: Equatable, Sendable, Codable {
    /// The value of `format`.
    public static let formatName = "credo-model"
    /// The schema versions this credo reads; it writes the last.
    public static let supportedSchemaVersions = [1]
    /// The name of the intercept's design column (statsmodels' `add_constant`).
    public static let interceptName = "const"

    /// Always `credo-model`.
    public var format: String
    /// The version of this layout.
    public var schemaVersion: Int
    /// The kind of model.
    public var kind: Kind
    /// The binary target: which column, and which value is bad (the event, 1).
    public var target: BinaryTargetDefinition
    /// The frequency-weight column the model was fitted with, if any.
    public var weightColumn: String?
    /// The values read as missing besides the empty field, in byte order (`credo train
    /// --missing-values`); `credo score` reads a portfolio with the same ones. Nil (in a file
    /// written before the field existed) means the default, `NA`, `NaN` and `null`.
    public var missingValues: [String]?
    /// The features, in design order.
    public var features: [DesignFeature]
    /// The design's column names: `const`, then each feature's columns.
    public var designColumns: [String]
    /// One per design column, in the same order.
    public var coefficients: [Coefficient]
    /// The covariance of the estimates that the standard errors come from.
    public var covariance: Covariance
    /// Fit statistics.
    public var fit: FitStatistics
    /// Variance inflation factors of every design column but `const`.
    public var varianceInflation: [VarianceInflationEntry]
    /// Where the model came from.
    public var lineage: Lineage

    /// The kinds of model a model file can hold.
    public enum Kind: String, Equatable, Sendable, Codable, CaseIterable {
        case logisticRegression = "logistic-regression"
    }

    /// One coefficient with its Wald inference (see `CoefficientEstimate`).
    public struct Coefficient: Equatable, Sendable, Codable {
        public var name: String
        public var estimate: Double
        public var stdError: Double
        public var z: Double
        public var pValue: Double
        public var ciLower: Double
        public var ciUpper: Double

        public init(
            name: String, estimate: Double, stdError: Double, z: Double, pValue: Double, ciLower: Double,
            ciUpper: Double
        ) {
            self.name = name
            self.estimate = estimate
            self.stdError = stdError
            self.z = z
            self.pValue = pValue
            self.ciLower = ciLower
            self.ciUpper = ciUpper
        }
    }

    /// The covariance matrix of the estimates, row by row, in design order.
    public struct Covariance: Equatable, Sendable, Codable {
        /// `model` (inverse information), `hc0` or `hc1` (sandwich).
        public var type: LogisticFit.CovarianceKind
        public var matrix: [[Double]]

        public init(type: LogisticFit.CovarianceKind, matrix: [[Double]]) {
            self.type = type
            self.matrix = matrix
        }
    }

    /// The statistics of the fit (see `LogisticFit` for their definitions).
    public struct FitStatistics: Equatable, Sendable, Codable {
        /// `N`, the sum of the frequency weights (the rows used when unweighted).
        public var nobs: Double
        /// The weighted number of events (bad).
        public var events: Double
        public var logLikelihood: Double
        public var nullLogLikelihood: Double
        public var lrChiSquare: Double
        public var lrDegreesOfFreedom: Int
        public var lrPValue: Double
        public var deviance: Double
        public var pearsonChiSquare: Double
        public var aic: Double
        public var bic: Double
        public var pseudoR2: PseudoRSquared
        public var iterations: Int
        public var converged: Bool
        public var maxAbsGradient: Double
        /// `irls` (maximum likelihood, or L2-penalized when `l2 > 0`) or `firth`.
        public var method: Method
        /// The L2 penalty (0 unless the fit was penalized).
        public var l2: Double
        /// The penalized objective at the estimate, for penalized fits (L2, Firth); else nil.
        public var penalizedLogLikelihood: Double?

        /// The estimation methods.
        public enum Method: String, Equatable, Sendable, Codable {
            case irls
            case firth
        }

        public init(
            nobs: Double, events: Double, logLikelihood: Double, nullLogLikelihood: Double, lrChiSquare: Double,
            lrDegreesOfFreedom: Int, lrPValue: Double, deviance: Double, pearsonChiSquare: Double, aic: Double,
            bic: Double, pseudoR2: PseudoRSquared, iterations: Int, converged: Bool, maxAbsGradient: Double,
            method: Method, l2: Double, penalizedLogLikelihood: Double?
        ) {
            self.nobs = nobs
            self.events = events
            self.logLikelihood = logLikelihood
            self.nullLogLikelihood = nullLogLikelihood
            self.lrChiSquare = lrChiSquare
            self.lrDegreesOfFreedom = lrDegreesOfFreedom
            self.lrPValue = lrPValue
            self.deviance = deviance
            self.pearsonChiSquare = pearsonChiSquare
            self.aic = aic
            self.bic = bic
            self.pseudoR2 = pseudoR2
            self.iterations = iterations
            self.converged = converged
            self.maxAbsGradient = maxAbsGradient
            self.method = method
            self.l2 = l2
            self.penalizedLogLikelihood = penalizedLogLikelihood
        }
    }

    /// The variance inflation factor of one design column.
    public struct VarianceInflationEntry: Equatable, Sendable, Codable {
        /// The design column.
        public var feature: String
        public var vif: Double

        public init(feature: String, vif: Double) {
            self.feature = feature
            self.vif = vif
        }
    }

    /// Where a model came from: the data, the options, the program and the time.
    public struct Lineage: Equatable, Sendable, Codable {
        /// The data file's base name, as given.
        public var dataFile: String
        /// The SHA-256 of the data file's bytes, 64 lower-case hexadecimal digits.
        public var dataSHA256: String
        /// Data records read (including bad rows the reader skipped).
        public var rowsRead: Int
        /// Rows in the design.
        public var rowsUsed: Int
        /// `rowsRead - rowsUsed`: bad rows and rows with a missing or invalid value.
        public var rowsSkipped: Int
        /// Every option that affects the fit, normalised.
        public var options: TrainingOptions
        /// The version of credo that wrote the file.
        public var credoVersion: String
        /// UTC, whole seconds, `YYYY-MM-DDTHH:MM:SSZ` (`SOURCE_DATE_EPOCH` when it is set).
        public var createdAt: String

        public init(
            dataFile: String, dataSHA256: String, rowsRead: Int, rowsUsed: Int, rowsSkipped: Int,
            options: TrainingOptions, credoVersion: String, createdAt: String
        ) {
            self.dataFile = dataFile
            self.dataSHA256 = dataSHA256
            self.rowsRead = rowsRead
            self.rowsUsed = rowsUsed
            self.rowsSkipped = rowsSkipped
            self.options = options
            self.credoVersion = credoVersion
            self.createdAt = createdAt
        }
    }

    /// The options of a training run that affect the model, normalised: lists as resolved
    /// (duplicates removed, in the order given), references sorted by feature.
    public struct TrainingOptions: Equatable, Sendable, Codable {
        /// The features used, in design order.
        public var features: [String]
        /// Columns left out with `--exclude`.
        public var exclude: [String]
        /// Columns read as categorical whatever their values (`--categorical`).
        public var categorical: [String]
        /// Explicit reference levels, feature -> level (`--reference`).
        public var reference: [String: String]
        /// The id column (never a feature), if one was named.
        public var id: String?
        /// L2 penalty (0 = none).
        public var l2: Double
        /// Firth's penalized likelihood.
        public var firth: Bool
        /// `none`, `hc0` or `hc1`.
        public var robust: LogisticOptions.RobustCovariance
        public var maxIterations: Int
        /// Whether any skipped row would have stopped the run.
        public var strict: Bool
        /// The stopping rule and the confidence level (fixed by credo; recorded to document the fit).
        public var devianceTolerance: Double
        public var gradientTolerance: Double
        public var collinearityTolerance: Double
        public var confidenceLevel: Double

        public init(
            features: [String], exclude: [String] = [], categorical: [String] = [], reference: [String: String] = [:],
            id: String? = nil, l2: Double = 0, firth: Bool = false, robust: LogisticOptions.RobustCovariance = .none,
            maxIterations: Int = LogisticOptions().maxIterations, strict: Bool = false,
            devianceTolerance: Double = LogisticOptions().devianceTolerance,
            gradientTolerance: Double = LogisticOptions().gradientTolerance,
            collinearityTolerance: Double = LogisticOptions().collinearityTolerance,
            confidenceLevel: Double = LogisticOptions().confidenceLevel
        ) {
            self.features = features
            self.exclude = exclude
            self.categorical = categorical
            self.reference = reference
            self.id = id
            self.l2 = l2
            self.firth = firth
            self.robust = robust
            self.maxIterations = maxIterations
            self.strict = strict
            self.devianceTolerance = devianceTolerance
            self.gradientTolerance = gradientTolerance
            self.collinearityTolerance = collinearityTolerance
            self.confidenceLevel = confidenceLevel
        }

        /// The estimator options these describe.
        public var logisticOptions: LogisticOptions {
            LogisticOptions(
                l2: l2, firth: firth, robust: robust, maxIterations: maxIterations,
                devianceTolerance: devianceTolerance, gradientTolerance: gradientTolerance,
                collinearityTolerance: collinearityTolerance, confidenceLevel: confidenceLevel)
        }
    }

    public init(
        kind: Kind = .logisticRegression, target: BinaryTargetDefinition, weightColumn: String?,
        features: [DesignFeature], coefficients: [Coefficient], covariance: Covariance, fit: FitStatistics,
        varianceInflation: [VarianceInflationEntry], lineage: Lineage,
        missingValues: [String] = CSVOptions.defaultMissingValues
    ) {
        self.format = Self.formatName
        self.schemaVersion = Self.supportedSchemaVersions.last!
        self.kind = kind
        self.target = target
        self.weightColumn = weightColumn
        self.missingValues = Set(missingValues).subtracting([""]).sorted()
        self.features = features
        self.designColumns = Self.designColumns(of: features)
        self.coefficients = coefficients
        self.covariance = covariance
        self.fit = fit
        self.varianceInflation = varianceInflation
        self.lineage = lineage
    }

    /// `const` followed by every feature's design columns.
    public static func designColumns(of features: [DesignFeature]) -> [String] {
        [interceptName] + features.flatMap(\.designColumnNames)
    }

    /// The tokens a reader treats as missing for this model: `missingValues` and the empty field.
    public var missingTokens: Set<String> {
        Set(missingValues ?? CSVOptions.defaultMissingValues).union([""])
    }

    /// The estimates, in design order.
    public var estimates: [Double] { coefficients.map(\.estimate) }
}
