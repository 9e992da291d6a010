import Tabular

/// The truth behind a synthetic portfolio, as written beside it (`<name>.truth.json`): the true
/// coefficients under Credo's design-column names, how each feature was drawn, the seed and every
/// option, and what the drawn file holds.
///
/// ```json
/// {
///   "format": "credo-synthetic-truth",
///   "schemaVersion": 1,
///   "generator": "credo 0.1.0 synth portfolio",
///   "seed": 42,
///   "options": { "rows": 20000, "features": 8, "categorical": 3, "intercept": -2.5, "significantDigits": 4 },
///   "target": { "column": "default", "badValue": "1", "goodValue": "0" },
///   "designColumns": ["const", "x1", ..., "region=north", ...],
///   "coefficients": [ { "name": "const", "value": -2.5 }, ... ],
///   "features": [
///     { "name": "x1", "type": "numeric", "group": 1, "autocorrelation": 0.6 },
///     { "name": "region", "type": "categorical", "levels": ["east", ...], "probabilities": [0.2, ...],
///       "reference": "east" }
///   ],
///   "realized": { "rows": 20000, "events": 2417, "eventRate": 0.12085, "expectedEvents": 2391.4 }
/// }
/// ```
/// Keys are written in this order, numbers in shortest round-trip form, so the same options give
/// the same bytes. Decode it with `JSONDecoder`.
public struct PortfolioTruth: Sendable, Hashable, Codable {
    /// Always `credo-synthetic-truth`.
    public var format: String
    /// 1.
    public var schemaVersion: Int
    /// What wrote the file, e.g. `credo 0.1.0 synth portfolio`.
    public var generator: String
    /// The seed of every random draw.
    public var seed: UInt64
    /// The options besides the seed.
    public var options: Options
    /// The target column and its coding.
    public var target: Target
    /// The design columns, as Credo names them.
    public var designColumns: [String]
    /// The true coefficient of each design column, in the same order.
    public var coefficients: [Coefficient]
    /// How each feature was drawn, in file order.
    public var features: [Feature]
    /// What the file holds (absent when no file was written).
    public var realized: Realized?

    /// The options besides the seed.
    public struct Options: Sendable, Hashable, Codable {
        public var rows: Int
        public var features: Int
        public var categorical: Int
        public var intercept: Double
        public var significantDigits: Int

        public init(rows: Int, features: Int, categorical: Int, intercept: Double, significantDigits: Int) {
            self.rows = rows
            self.features = features
            self.categorical = categorical
            self.intercept = intercept
            self.significantDigits = significantDigits
        }
    }

    /// The target column: `badValue` marks a default.
    public struct Target: Sendable, Hashable, Codable {
        public var column: String
        public var badValue: String
        public var goodValue: String
    }

    /// One true coefficient.
    public struct Coefficient: Sendable, Hashable, Codable {
        public var name: String
        public var value: Double
    }

    /// One feature: numeric ones give their correlation group, categorical ones their levels.
    public struct Feature: Sendable, Hashable, Codable {
        public var name: String
        /// `numeric` or `categorical`.
        public var type: String
        public var group: Int?
        public var autocorrelation: Double?
        public var levels: [String]?
        public var probabilities: [Double]?
        public var reference: String?
    }

    /// Counts of the written file.
    public struct Realized: Sendable, Hashable, Codable {
        public var rows: Int
        public var events: Int
        /// `events / rows` (0 for an empty file).
        public var eventRate: Double
        /// The sum of the true probabilities of default.
        public var expectedEvents: Double
    }

    /// The truth of `portfolio`, with the counts of the file written (`summary`), if any.
    public init(portfolio: SyntheticPortfolio, summary: PortfolioSummary?, generator: String) {
        let options = portfolio.options
        format = "credo-synthetic-truth"
        schemaVersion = 1
        self.generator = generator
        seed = options.seed
        self.options = Options(
            rows: options.rows, features: options.numericFeatures, categorical: options.categoricalFeatures,
            intercept: options.intercept, significantDigits: options.significantDigits)
        target = Target(column: SyntheticPortfolio.targetColumn, badValue: "1", goodValue: "0")
        designColumns = portfolio.designColumns
        coefficients = zip(portfolio.designColumns, portfolio.trueCoefficients).map { Coefficient(name: $0, value: $1) }
        features =
            portfolio.numericFeatures.map {
                Feature(name: $0.name, type: "numeric", group: $0.group, autocorrelation: $0.autocorrelation)
            }
            + portfolio.categoricalFeatures.map {
                Feature(
                    name: $0.name, type: "categorical", levels: $0.levels, probabilities: $0.probabilities,
                    reference: $0.reference)
            }
        realized = summary.map {
            Realized(
                rows: $0.rows, events: $0.events, eventRate: $0.rows > 0 ? Double($0.events) / Double($0.rows) : 0,
                expectedEvents: $0.expectedEvents)
        }
    }

    /// The file's bytes: pretty-printed JSON, keys in the documented order, a final newline.
    public var jsonBytes: [UInt8] {
        var members: [(String, JSONValue)] = [
            ("format", .string(format)),
            ("schemaVersion", .number(schemaVersion)),
            ("generator", .string(generator)),
            ("seed", .number(text: String(seed))),
            (
                "options",
                .object(pairs: [
                    ("rows", .number(options.rows)), ("features", .number(options.features)),
                    ("categorical", .number(options.categorical)), ("intercept", .number(options.intercept)),
                    ("significantDigits", .number(options.significantDigits)),
                ])
            ),
            (
                "target",
                .object(pairs: [
                    ("column", .string(target.column)), ("badValue", .string(target.badValue)),
                    ("goodValue", .string(target.goodValue)),
                ])
            ),
            ("designColumns", .strings(designColumns)),
            (
                "coefficients",
                .array(coefficients.map { .object(pairs: [("name", .string($0.name)), ("value", .number($0.value))]) })
            ),
            ("features", .array(features.map(\.json))),
        ]
        if let realized {
            members.append((
                "realized",
                .object(pairs: [
                    ("rows", .number(realized.rows)), ("events", .number(realized.events)),
                    ("eventRate", .number(realized.eventRate)), ("expectedEvents", .number(realized.expectedEvents)),
                ])
            ))
        }
        return JSONValue.object(pairs: members).prettyPrinted()
    }
}

extension PortfolioTruth.Feature {
    fileprivate var json: JSONValue {
        var members: [(String, JSONValue)] = [("name", .string(name)), ("type", .string(type))]
        if let group { members.append(("group", .number(group))) }
        if let autocorrelation { members.append(("autocorrelation", .number(autocorrelation))) }
        if let levels { members.append(("levels", .strings(levels))) }
        if let probabilities { members.append(("probabilities", .numbers(probabilities))) }
        if let reference { members.append(("reference", .string(reference))) }
        return .object(pairs: members)
    }
}

extension SyntheticPortfolio {
    /// Writes the portfolio to `csvPath` and its truth to `truthPath` (each atomically; `-` writes
    /// the CSV to standard output).
    /// - Returns: the counts of the file.
    /// - Throws: `TabularError.cannotCreateOutput` or `.io`.
    @discardableResult
    public func write(
        csvPath: String, truthPath: String?, generator: String, threads: Int? = nil
    ) throws(TabularError) -> PortfolioSummary {
        if let truthPath {
            // Fail before the long write when the truth cannot be created.
            _ = try AtomicOutputFile(path: truthPath)
        }
        let summary = try writeCSV(toPath: csvPath, threads: threads)
        if let truthPath {
            try AtomicOutputFile.write(
                PortfolioTruth(portfolio: self, summary: summary, generator: generator).jsonBytes, to: truthPath)
        }
        return summary
    }
}
