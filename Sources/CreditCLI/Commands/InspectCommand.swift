import Modeling

/// `credo inspect`: prints a model file's fit summary, coefficient table, VIFs and lineage.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "inspect",
        abstract: "Show a model file: fit statistics, coefficients, VIFs and lineage.",
        discussion: """
            Text output reads like a statsmodels or SAS summary; JSON output is one object with the \
            fit statistics at the top level and the coefficient table under 'coefficients'. A file \
            that is not a credo model file, is truncated, lacks a field or has a schema version this \
            credo does not read exits with status 65 and says why; a missing file exits with 66.
            """)

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case text, json
    }

    @Argument(valueName: "model", help: "The model file (JSON) written by credo train.") var model: String
    @Option(help: "Output format.") var format: Format = .text

    func run(_ context: CommandContext) throws {
        let loaded = try ModelFile.load(path: context.openablePath(model))
        switch format {
        case .text:
            for line in ModelSummaryText.lines(loaded, file: model) { context.stdout.writeLine(line) }
        case .json:
            context.stdout.write(bytes: ModelSummaryJSON.value(loaded).prettyPrinted())
        }
    }
}
