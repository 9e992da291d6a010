import Testing

@testable import CreditCLI

@Suite struct ArgumentScannerTests {
    // MARK: Values

    @Test func defaultsApplyWhenOptionsAreLeftOut() throws {
        let probe = try parsed(Probe.self, ["in.csv", "--target", "bad"])
        #expect(probe.input == "in.csv")
        #expect(probe.output == nil)
        #expect(probe.target == "bad")
        #expect(probe.maxIterations == 25)
        #expect(probe.l2 == 0)
        #expect(probe.format == .text)
        #expect(probe.features == [])
        #expect(probe.specialValues == [-999])
        #expect(probe.weight == nil)
        #expect(probe.header == true)
        #expect(probe.strict == false)
        #expect(probe.quiet == false)
        #expect(probe.benchmarkThreads == 2)
    }

    @Test func separateAndInlineValuesAreTheSame() throws {
        let separate = try parsed(Probe.self, ["in.csv", "--target", "bad", "--max-iterations", "7", "--l2", "0.25"])
        let inline = try parsed(Probe.self, ["in.csv", "--target=bad", "--max-iterations=7", "--l2=0.25"])
        for probe in [separate, inline] {
            #expect(probe.target == "bad")
            #expect(probe.maxIterations == 7)
            #expect(probe.l2 == 0.25)
        }
    }

    @Test func inlineValueKeepsEverythingAfterTheFirstEqualsSign() throws {
        #expect(try parsed(Probe.self, ["x", "--target=a=b"]).target == "a=b")
        #expect(try parsed(Probe.self, ["x", "--target="]).target == "")
        #expect(try parsed(Probe.self, ["x", "--target=--odd"]).target == "--odd")
    }

    @Test func typedValuesConvert() throws {
        let probe = try parsed(
            Probe.self,
            [
                "in.csv", "out.csv", "--target", "y", "--format", "json", "--weight", "w", "--header", "false",
                "--strict", "-q", "-o", "report.html",
            ])
        #expect(probe.output == "out.csv")
        #expect(probe.format == .json)
        #expect(probe.weight == "w")
        #expect(probe.header == false)
        #expect(probe.strict)
        #expect(probe.quiet)
        #expect(probe.report == "report.html")
    }

    @Test func listOptionsSplitOnCommasAndCollectRepeats() throws {
        let probe = try parsed(
            Probe.self, ["x", "--target", "y", "--features", "age,income", "--features=debt", "--features", "z"])
        #expect(probe.features == ["age", "income", "debt", "z"])
    }

    @Test func listGivenReplacesTheDefault() throws {
        let probe = try parsed(Probe.self, ["x", "--target", "y", "--special-values", "-1,-2.5,0"])
        #expect(probe.specialValues == [-1, -2.5, 0])
    }

    @Test func listWithoutSeparatorKeepsCommas() throws {
        let probe = try parsed(Probe.self, ["x", "--target", "y", "--paths", "a,b.csv", "--paths", "c.csv"])
        #expect(probe.paths == ["a,b.csv", "c.csv"])
    }

    @Test func negativeNumbersAndDashAreValues() throws {
        let probe = try parsed(Probe.self, ["-", "--target", "-", "--max-iterations", "-3", "--l2", "-.5"])
        #expect(probe.input == "-")
        #expect(probe.target == "-")
        #expect(probe.maxIterations == -3)
        #expect(probe.l2 == -0.5)
    }

    @Test func negativeNumberIsAPositional() throws {
        #expect(try parsed(Probe.self, ["--target", "y", "-5"]).input == "-5")
    }

    @Test func doubleDashEndsOptions() throws {
        let probe = try parsed(Probe.self, ["--target", "y", "--", "--strict", "-h"])
        #expect(probe.input == "--strict")
        #expect(probe.output == "-h")
        #expect(probe.strict == false)
    }

    @Test func optionsAndPositionalsMayInterleave() throws {
        let probe = try parsed(Probe.self, ["--strict", "in.csv", "--target", "y", "out.csv"])
        #expect(probe.input == "in.csv")
        #expect(probe.output == "out.csv")
    }

    @Test func hiddenOptionsStillParse() throws {
        #expect(try parsed(Probe.self, ["x", "--target", "y", "--benchmark-threads", "1"]).benchmarkThreads == 1)
    }

    @Test func variadicArgumentTakesTheRest() throws {
        let grouped = try parsed(GroupedProbe.self, ["a.csv", "--strict", "b.csv", "--", "-c.csv"])
        #expect(grouped.files == ["a.csv", "b.csv", "-c.csv"])
        #expect(try parsed(GroupedProbe.self, []).files == [])
    }

    @Test func optionGroupsParseAndValidate() throws {
        let grouped = try parsed(GroupedProbe.self, ["--delimiter", ";", "--missing", "NA,-", "--strict"])
        #expect(grouped.csv.delimiter == ";")
        #expect(grouped.csv.missing == ["NA", "-"])
        #expect(grouped.strict)
        #expect(throws: ValidationError("--delimiter must be one character, got ';;'")) {
            try parsed(GroupedProbe.self, ["--delimiter", ";;"])
        }
    }

    // MARK: Errors

    @Test func unknownOptionSuggestsTheClosest() {
        #expect(throws: CommandLineError.unknownOption("--tagret", suggestion: "--target")) {
            try parsed(Probe.self, ["x", "--tagret", "y"])
        }
        #expect(throws: CommandLineError.unknownOption("--max-iter", suggestion: "--max-iterations")) {
            try parsed(Probe.self, ["x", "--target", "y", "--max-iter", "3"])
        }
        #expect(throws: CommandLineError.unknownOption("-target", suggestion: "--target")) {
            try parsed(Probe.self, ["x", "-target", "y"])
        }
        #expect(throws: CommandLineError.unknownOption("--hlep", suggestion: "--help")) {
            try parsed(Probe.self, ["--hlep"])
        }
    }

    @Test func unknownOptionWithoutACloseNameSuggestsNothing() {
        #expect(throws: CommandLineError.unknownOption("--zzzzzz", suggestion: nil)) {
            try parsed(Probe.self, ["x", "--target", "y", "--zzzzzz"])
        }
        #expect(throws: CommandLineError.unknownOption("-x", suggestion: nil)) {
            try parsed(Probe.self, ["x", "--target", "y", "-x"])
        }
    }

    @Test func unknownOptionReportedWithoutItsInlineValue() {
        #expect(throws: CommandLineError.unknownOption("--tagret", suggestion: "--target")) {
            try parsed(Probe.self, ["x", "--tagret=y"])
        }
    }

    @Test func hiddenOptionsAreNotSuggested() {
        #expect(throws: CommandLineError.unknownOption("--benchmark-thread", suggestion: nil)) {
            try parsed(Probe.self, ["x", "--target", "y", "--benchmark-thread", "1"])
        }
    }

    @Test func missingValueAtTheEnd() {
        #expect(throws: CommandLineError.missingValue(option: "--target <column>")) {
            try parsed(Probe.self, ["x", "--target"])
        }
    }

    @Test func missingValueBeforeAnotherOption() {
        #expect(throws: CommandLineError.missingValue(option: "--target <column>")) {
            try parsed(Probe.self, ["x", "--target", "--strict"])
        }
        #expect(throws: CommandLineError.missingValue(option: "--target <column>")) {
            try parsed(Probe.self, ["x", "--target", "--", "y"])
        }
    }

    @Test func missingRequiredOption() {
        #expect(throws: CommandLineError.missingRequiredOption("--target <column>")) {
            try parsed(Probe.self, ["x"])
        }
    }

    @Test func missingAndUnexpectedPositionals() {
        #expect(throws: CommandLineError.missingArgument("<input>")) {
            try parsed(Probe.self, ["--target", "y"])
        }
        #expect(throws: CommandLineError.unexpectedArgument("third")) {
            try parsed(Probe.self, ["--target", "y", "first", "second", "third"])
        }
    }

    @Test func valueOutsideTheAllowedSet() {
        #expect(
            throws: CommandLineError.valueNotAllowed(
                argument: "option '--format'", value: "jsno", allowed: ["text", "json", "csv"], suggestion: "json")
        ) {
            try parsed(Probe.self, ["x", "--target", "y", "--format", "jsno"])
        }
        #expect(
            throws: CommandLineError.valueNotAllowed(
                argument: "option '--format'", value: "parquet", allowed: ["text", "json", "csv"], suggestion: nil)
        ) {
            try parsed(Probe.self, ["x", "--target", "y", "--format=parquet"])
        }
        #expect(
            throws: CommandLineError.valueNotAllowed(
                argument: "option '--header'", value: "yes", allowed: ["true", "false"], suggestion: nil)
        ) {
            try parsed(Probe.self, ["x", "--target", "y", "--header", "yes"])
        }
    }

    @Test(arguments: ["abc", "1.5", "1e3", "", " 7", "99999999999999999999"])
    func integerThatDoesNotParse(_ text: String) {
        #expect(
            throws: CommandLineError.invalidValue(
                argument: "option '--max-iterations'", value: text, expected: "an integer")
        ) {
            try parsed(Probe.self, ["x", "--target", "y", "--max-iterations=\(text)"])
        }
    }

    @Test(arguments: ["abc", "nan", "inf", "-infinity", "0x10", "", "1,5", "1e999"])
    func numberThatDoesNotParse(_ text: String) {
        #expect(
            throws: CommandLineError.invalidValue(argument: "option '--l2'", value: text, expected: "a finite number")
        ) {
            try parsed(Probe.self, ["x", "--target", "y", "--l2=\(text)"])
        }
    }

    @Test func listItemThatDoesNotParseIsNamed() {
        #expect(
            throws: CommandLineError.invalidValue(
                argument: "option '--special-values'", value: "n/a", expected: "a finite number")
        ) {
            try parsed(Probe.self, ["x", "--target", "y", "--special-values", "-999,n/a"])
        }
    }

    @Test func emptyListItems() {
        for value in ["a,,b", "a,", ",a", ""] {
            #expect(throws: CommandLineError.emptyListItem(argument: "option '--features'", value: value)) {
                try parsed(Probe.self, ["x", "--target", "y", "--features=\(value)"])
            }
        }
    }

    @Test func repeatedOptionsAndFlags() {
        #expect(throws: CommandLineError.repeatedOption("--target")) {
            try parsed(Probe.self, ["x", "--target", "y", "--target=z"])
        }
        #expect(throws: CommandLineError.repeatedOption("--report")) {
            try parsed(Probe.self, ["x", "--target", "y", "-o", "a", "--report", "b"])
        }
        #expect(throws: CommandLineError.repeatedOption("--strict")) {
            try parsed(Probe.self, ["x", "--target", "y", "--strict", "--strict"])
        }
    }

    @Test func flagWithAValue() {
        #expect(throws: CommandLineError.flagWithValue(flag: "--strict", value: "true")) {
            try parsed(Probe.self, ["x", "--target", "y", "--strict=true"])
        }
        #expect(throws: CommandLineError.flagWithValue(flag: "--help", value: "x")) {
            try parsed(Probe.self, ["--help=x"])
        }
    }

    @Test func positionalValueThatDoesNotConvert() {
        #expect(
            throws: CommandLineError.valueNotAllowed(
                argument: "argument '<kind>'", value: "dta",
                allowed: Thrower.Kind.allValueStrings, suggestion: "data")
        ) {
            try parsed(Thrower.self, ["dta"])
        }
    }

    @Test func scanningErrorsComeBeforeMissingOnes() {
        // Both the required --target and <input> are missing, but the unknown option is reported.
        #expect(throws: CommandLineError.unknownOption("--bogus", suggestion: nil)) {
            try parsed(Probe.self, ["--bogus"])
        }
        // A surplus positional is reported before a missing required option.
        #expect(throws: CommandLineError.unexpectedArgument("c")) {
            try parsed(Probe.self, ["a", "b", "c"])
        }
    }

    @Test func strayWordInAGroupIsAnUnknownCommand() {
        let declared = DeclaredArguments(reflecting: SynthGroup())
        #expect(throws: CommandLineError.unknownCommand("portfolo", suggestion: "portfolio")) {
            try ArgumentScanner(declared, subcommandNames: ["portfolio"]).parse(["portfolo"])
        }
    }

    // MARK: Word classification

    @Test func wordsThatArePositional() {
        #expect(ArgumentScanner.isPositional("file.csv"))
        #expect(ArgumentScanner.isPositional("-"))
        #expect(ArgumentScanner.isPositional("-5"))
        #expect(ArgumentScanner.isPositional("-.5"))
        #expect(ArgumentScanner.isPositional(""))
        #expect(!ArgumentScanner.isPositional("-x"))
        #expect(!ArgumentScanner.isPositional("--"))
        #expect(!ArgumentScanner.isPositional("--target"))
        #expect(!ArgumentScanner.isPositional("-e5"))
    }

    @Test func splittingInlineValues() {
        #expect(ArgumentScanner.splitInlineValue("--a=b") == ("--a", "b"))
        #expect(ArgumentScanner.splitInlineValue("--a=") == ("--a", ""))
        #expect(ArgumentScanner.splitInlineValue("--a") == ("--a", nil))
        #expect(ArgumentScanner.splitInlineValue("-a=b") == ("-a=b", nil))
    }
}
