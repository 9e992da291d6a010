import Testing

@testable import CreditCLI

@Suite struct HelpRendererTests {
    private func help(_ path: any ParsableCommand.Type...) -> String {
        HelpRenderer(path: path).render()
    }

    @Test func leafCommandPage() {
        #expect(
            help(TestRoot.self, Probe.self) == """
                OVERVIEW: Probe the parser with every kind of argument.

                USAGE: credo probe [<options>] --target <column> <input> [<output>]

                ARGUMENTS:
                  <input>                 The input file.
                  <output>                The output file.

                OPTIONS:
                  --target <column>       The target column.
                  --max-iterations <max-iterations>
                                          Iteration limit. (default: 25)
                  --l2 <l2>               Ridge penalty. (default: 0.0)
                  --format <format>       Output format. (values: text, json, csv; default:
                                          text)
                  --features <name,...>   Features to use.
                  --special-values <special-values,...>
                                          Special values. (default: -999.0)
                  --paths <path> ...      Extra files.
                  --weight <weight>       Weight column.
                  -o, --report <file>     Report file.
                  --header <header>       Whether the file has a header. (values: true, false;
                                          default: true)
                  --strict                Stop at the first bad row.
                  -q, --quiet             Say less.
                  -h, --help              Show help information.

                """)
    }

    @Test func rootPageListsVisibleCommandsOnly() {
        let page = help(TestRoot.self)
        #expect(
            page == """
                OVERVIEW: Test tree.

                USAGE: credo <subcommand>

                OPTIONS:
                  -h, --help              Show help information.

                SUBCOMMANDS:
                  probe                   Probe the parser with every kind of argument.
                  grouped                 Use shared options.
                  synth                   Generate synthetic data sets.
                  throw                   Throw an error.
                  help                    Show help for a command.

                  See 'credo help <subcommand>' for detailed help.

                """)
        #expect(!page.contains("_hidden"))
    }

    @Test func groupPageNamesItsPathInTheHint() {
        #expect(
            help(TestRoot.self, SynthGroup.self) == """
                OVERVIEW: Generate synthetic data sets.

                USAGE: credo synth <subcommand>

                OPTIONS:
                  -h, --help              Show help information.

                SUBCOMMANDS:
                  portfolio               Generate a synthetic portfolio with known true
                                          parameters.

                  See 'credo help synth <subcommand>' for detailed help.

                """)
    }

    @Test func discussionParagraphsWrapAndExamplesStayAsWritten() {
        #expect(
            help(TestRoot.self, SynthGroup.self, PortfolioProbe.self) == """
                OVERVIEW: Generate a synthetic portfolio with known true parameters.

                Rows are drawn from a logistic model whose coefficients are written beside the
                data, so estimators can be checked against the truth.

                Example:
                  credo synth portfolio --rows 1000 --seed 7 > portfolio.csv

                USAGE: credo synth portfolio --rows <rows> [--seed <seed>]

                OPTIONS:
                  --rows <rows>           Number of rows.
                  --seed <seed>           Random seed. (default: 1)
                  -h, --help              Show help information.

                """)
    }

    @Test func optionGroupsAndVariadicArguments() {
        #expect(
            help(TestRoot.self, GroupedProbe.self) == """
                OVERVIEW: Use shared options.

                USAGE: credo grouped [<options>] [<file> ...]

                ARGUMENTS:
                  <file> ...              Files to read.

                OPTIONS:
                  --strict                Stop at the first bad row.
                  --delimiter <delimiter>
                                          Field separator. (default: ,)
                  --missing <token,...>   Tokens read as missing. (default: NA)
                  -h, --help              Show help information.

                """)
    }

    @Test func positionalEnumerationListsItsValues() {
        #expect(
            help(TestRoot.self, Thrower.self) == """
                OVERVIEW: Throw an error.

                USAGE: credo throw <kind>

                ARGUMENTS:
                  <kind>                  What to throw. (values: data, separation, exit,
                                          validation, unknown, environment)

                OPTIONS:
                  -h, --help              Show help information.

                """)
    }

    struct ManyRequired: ParsableCommand {
        static let configuration = CommandConfiguration(name: "many", abstract: "")
        @Option(help: "A.") var alphaColumn: String
        @Option(help: "B.") var betaColumn: String
        @Option(help: "C.") var gammaColumn: String
        @Option(help: "D.") var deltaColumn: String
        @Argument(help: "Input.") var input: String
    }

    @Test func usageThatDoesNotFitWrapsUnderItselfAndOverviewIsOmittedWithoutAbstract() {
        #expect(
            help(TestRoot.self, ManyRequired.self) == """
                USAGE: credo many --alpha-column <alpha-column> --beta-column <beta-column>
                       --gamma-column <gamma-column> --delta-column <delta-column> <input>

                ARGUMENTS:
                  <input>                 Input.

                OPTIONS:
                  --alpha-column <alpha-column>
                                          A.
                  --beta-column <beta-column>
                                          B.
                  --gamma-column <gamma-column>
                                          C.
                  --delta-column <delta-column>
                                          D.
                  -h, --help              Show help information.

                """)
    }

    @Test func everyLineFitsIn80Columns() {
        let paths: [[any ParsableCommand.Type]] = [
            [TestRoot.self], [TestRoot.self, Probe.self], [TestRoot.self, ManyRequired.self],
            [TestRoot.self, SynthGroup.self, PortfolioProbe.self], [CredoCommand.self],
            [CredoCommand.self, EchoOptionsCommand.self],
        ]
        for path in paths {
            for line in HelpRenderer(path: path).render().split(separator: "\n") {
                #expect(line.count <= 80, "too wide: \(line)")
                #expect(line.last != " ", "trailing space: '\(line)'")
            }
        }
    }

    @Test func rowsAlignHelpAtColumn26() {
        #expect(HelpRenderer.row(label: "--x", help: "Help.") == "  --x" + String(repeating: " ", count: 21) + "Help.")
        #expect(HelpRenderer.row(label: "--no-help", help: "") == "  --no-help")
        // A label of 22 characters still fits before the column with two spaces; 23 does not.
        let fits = String(repeating: "a", count: 22)
        #expect(HelpRenderer.row(label: fits, help: "H.") == "  \(fits)  H.")
        let tooWide = String(repeating: "a", count: 23)
        #expect(
            HelpRenderer.row(label: tooWide, help: "H.") == "  \(tooWide)\n" + String(repeating: " ", count: 26) + "H.")
    }

    @Test func helpTextNotes() {
        var definition = ArgumentDefinition(
            kind: .option, help: "Format.", isRequired: false, assign: { _ throws(ConversionFailure) in })
        #expect(HelpRenderer.helpText(definition) == "Format.")
        definition.defaultDescription = "text"
        #expect(HelpRenderer.helpText(definition) == "Format. (default: text)")
        definition.allowedValues = ["text", "json"]
        #expect(HelpRenderer.helpText(definition) == "Format. (values: text, json; default: text)")
        definition.defaultDescription = nil
        definition.help = ""
        #expect(HelpRenderer.helpText(definition) == "(values: text, json)")
    }
}
