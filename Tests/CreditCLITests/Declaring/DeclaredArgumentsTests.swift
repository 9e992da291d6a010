import Testing

@testable import CreditCLI

@Suite struct DeclaredArgumentsTests {
    @Test(arguments: [
        ("_maxIterations", "max-iterations"), ("target", "target"), ("_l2", "l2"), ("csvURL", "csv-url"),
        ("URLPath", "url-path"), ("sourceDateEpoch", "source-date-epoch"), ("x", "x"), ("pd2Grade", "pd2-grade"),
        ("_", ""),
    ])
    func propertyNamesBecomeKebabCase(_ label: String, _ expected: String) {
        #expect(ArgumentName.kebabCase(fromPropertyLabel: label) == expected)
    }

    @Test func declarationsComeInPropertyOrder() {
        let declared = DeclaredArguments(reflecting: Probe())
        #expect(
            declared.definitions.map(\.name) == [
                "input", "output", "target", "max-iterations", "l2", "format", "features", "special-values", "paths",
                "weight", "report", "header", "strict", "quiet", "benchmark-threads",
            ])
        #expect(declared.positionals.map(\.name) == ["input", "output"])
        #expect(declared.options.count == 13)
    }

    @Test func definitionsDescribeTheirDeclaration() throws {
        let declared = DeclaredArguments(reflecting: Probe())
        func definition(_ name: String) throws -> ArgumentDefinition {
            try #require(declared.definitions.first { $0.name == name })
        }
        let target = try definition("target")
        #expect(target.kind == .option && target.isRequired && target.synopsis == "--target <column>")
        #expect(target.defaultDescription == nil)
        let format = try definition("format")
        #expect(!format.isRequired && format.allowedValues == ["text", "json", "csv"])
        #expect(format.defaultDescription == "text")
        let features = try definition("features")
        #expect(features.takesManyValues && features.separator == "," && features.synopsis == "--features <name,...>")
        let paths = try definition("paths")
        #expect(paths.separator == nil && paths.synopsis == "--paths <path> ...")
        #expect(try definition("special-values").defaultDescription == "-999.0")
        #expect(try definition("report").shortName == "o")
        #expect(try definition("strict").kind == .flag)
        #expect(try definition("benchmark-threads").isHidden)
        let input = try definition("input")
        #expect(input.kind == .positional && input.isRequired && input.displayName == "<input>")
        #expect(try !definition("output").isRequired)
    }

    @Test func optionGroupsAreInlinedWhereDeclared() {
        let declared = DeclaredArguments(reflecting: GroupedProbe())
        #expect(declared.definitions.map(\.name) == ["strict", "delimiter", "missing", "file"])
        #expect(declared.groupValidators.count == 1)
    }

    @Test func duplicateOptionNamesAreAProgrammerError() async {
        await #expect(processExitsWith: .failure) {
            struct Twice: ParsableArguments {
                @Option(name: "x", help: "") var first: Int = 0
                @Option(name: "x", help: "") var second: Int = 0
            }
            _ = DeclaredArguments(reflecting: Twice())
        }
    }

    @Test func helpIsAReservedName() async {
        await #expect(processExitsWith: .failure) {
            struct Help: ParsableArguments {
                @Flag(help: "") var help = false
            }
            _ = DeclaredArguments(reflecting: Help())
        }
    }

    @Test func variadicPositionalMustBeLast() async {
        await #expect(processExitsWith: .failure) {
            struct Misordered: ParsableArguments {
                @Argument(help: "") var files: [String] = []
                @Argument(help: "") var output: String
            }
            _ = DeclaredArguments(reflecting: Misordered())
        }
    }

    @Test func flagsAreOffByDefault() async {
        await #expect(processExitsWith: .failure) {
            struct OnByDefault: ParsableArguments {
                @Flag(help: "") var header = true
            }
            _ = OnByDefault()
        }
    }
}
