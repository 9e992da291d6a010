import Modeling
import Tabular

/// `credo train`: fits a binary logistic regression (PD model) to a CSV file and writes the model
/// file (`ModelFile`, schema version 1).
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "train",
        abstract: "Fit a logistic regression (PD model) to a CSV file and write the model file.",
        discussion: """
            The target is 1 = bad (the event), 0 = good; map other codes with --bad-value (and \
            --good-value when the column holds more than two values). Features are every column but \
            the target, the weight and the id, unless --features or --exclude say otherwise. Numeric \
            columns enter as they are; categorical columns (codes, or any column named in \
            --categorical) enter as 0/1 dummies named feature=level for every level but the reference, \
            which is the first level in byte order unless --reference names another. The intercept is \
            'const'.

            A value is missing when its field is empty or one of --missing-values (default NA, NaN, \
            null; -999 matches -999.0 too); the model records the list, and 'credo score' reads \
            portfolios with it. Rows with a missing value in a column the model uses, a target that is neither the bad nor \
            the good value, or a negative weight are skipped (counted per column on standard error); \
            --strict stops at the first such row instead. Exit status: 65 bad data (also a column name \
            the file does not have, a text column as a feature, a target with one class), 80 no \
            convergence, 81 separation (use --firth or --l2), 82 collinear or constant columns.
            """)

    @Option(valueName: "file", help: "The development sample (CSV with a header row).") var data: String
    @Option(valueName: "column", help: "The binary target column.") var target: String
    @Option(
        name: "bad-value", valueName: "value", help: "The target value that means bad (default: 1 in a 0/1 column).")
    var badValue: String?
    @Option(name: "good-value", valueName: "value", help: "The target value that means good (needs --bad-value).")
    var goodValue: String?
    @Option(valueName: "column", help: "Features, in design order (default: every other column).")
    var features: [String] = []
    @Option(valueName: "column", help: "Columns to leave out of the default features.") var exclude: [String] = []
    @Option(valueName: "column", help: "An id column (never a feature).") var id: String?
    @Option(valueName: "column", help: "Columns to treat as categorical whatever their values.")
    var categorical: [String] = []
    @Option(valueName: "feature=level", help: "Reference levels of categorical features.")
    var reference: [String] = []
    @Option(valueName: "column", help: "A column of frequency weights (>= 0).") var weight: String?
    @Option(valueName: "lambda", help: "L2 (ridge) penalty on the coefficients but the intercept.") var l2: Double = 0
    @Flag(help: "Firth's penalized likelihood (finite estimates under separation).") var firth = false
    @Option(valueName: "kind", help: "Robust (sandwich) standard errors.") var robust: RobustOption?
    @Option(name: "max-iterations", valueName: "n", help: "Newton-Raphson iteration limit.")
    var maxIterations: Int = 100
    @Option(
        valueName: "token",
        help: "Values read as missing (the empty field always is); recorded in the model for 'credo score'.")
    var missingValues: [String] = CSVOptions.defaultMissingValues
    @Flag(help: "Stop at the first row that cannot be used instead of skipping it.") var strict = false
    @Option(valueName: "file", help: "Where to write the model file (JSON).") var out: String
    @Flag(help: "Print phase timings on standard error.", visibility: .hidden) var timings = false

    /// `--robust` values.
    enum RobustOption: String, CaseIterable, ExpressibleByArgument {
        case hc0, hc1
    }

    mutating func validate() throws {
        if !features.isEmpty && !exclude.isEmpty {
            throw ValidationError("--features and --exclude cannot be combined")
        }
        if goodValue != nil && badValue == nil {
            throw ValidationError("--good-value needs --bad-value")
        }
        guard l2 >= 0 else { throw ValidationError("--l2 must be >= 0, got \(l2)") }
        if firth && l2 > 0 { throw ValidationError("--firth and --l2 cannot be combined") }
        guard maxIterations >= 1 else { throw ValidationError("--max-iterations must be >= 1, got \(maxIterations)") }
    }

    func run(_ context: CommandContext) throws {
        let request = TrainingRequest(
            dataPath: data, target: target, badValue: badValue, goodValue: goodValue, features: features,
            exclude: exclude, id: id, categorical: categorical, references: reference, weight: weight, l2: l2,
            firth: firth, robust: robust.map { $0 == .hc0 ? .hc0 : .hc1 } ?? .none, maxIterations: maxIterations,
            strict: strict, missingValues: missingValues, outputPath: out)
        let outcome = try TrainingPipeline(request: request, context: context).run()
        for line in TrainingReport.warnings(outcome) { context.stderr.writeLine(line) }
        if timings { context.stderr.writeLine(outcome.timings) }
        for line in TrainingReport.summary(outcome, modelPath: out) { context.stdout.writeLine(line) }
    }
}
