import Testing

@testable import CreditCLI

@Suite struct CredoCommandTests {
    static let rootHelp = """
        OVERVIEW: Statistical credit scoring: scorecards, PD models, validation and
        portfolio analytics.

        USAGE: credo <subcommand>

        OPTIONS:
          --version               Show the version.
          -h, --help              Show help information.

        SUBCOMMANDS:
          describe                Profile a CSV file: missing values, distributions,
                                  duplicates, bad rates and IV.
          train                   Fit a logistic regression (PD model) to a CSV file and
                                  write the model file.
          inspect                 Show a model file: fit statistics, coefficients, VIFs
                                  and lineage.
          score                   Score a portfolio with a trained model: one PD per
                                  row, in bounded memory.
          synth                   Generate synthetic data with known true parameters.
          help                    Show help for a command.

          See 'credo help <subcommand>' for detailed help.

        """

    @Test func versionPrintsTheOneVersionConstant() {
        #expect(CredoVersion.current == "0.1.0")
        #expect(runCredoInProcess(["--version"]) == CredoRun(status: 0, stdout: "credo 0.1.0\n", stderr: ""))
    }

    @Test func helpAndNoArgumentsPrintTheRootPage() {
        for words in [[], ["--help"], ["-h"], ["help"]] {
            #expect(runCredoInProcess(words) == CredoRun(status: 0, stdout: Self.rootHelp, stderr: ""), "\(words)")
        }
    }

    @Test func versionIsOnlyARootOption() {
        #expect(
            runCredoInProcess(["help", "--version"])
                == CredoRun(
                    status: 64, stdout: "",
                    stderr: "Error: unknown option '--version'\nSee 'credo help --help'.\n"))
    }

    @Test func misspelledVersionIsCorrected() {
        #expect(
            runCredoInProcess(["--verison"])
                == CredoRun(
                    status: 64, stdout: "",
                    stderr: "Error: unknown option '--verison'; did you mean '--version'?\nSee 'credo --help'.\n"))
    }

    @Test func unknownCommand() {
        #expect(
            runCredoInProcess(["frobnicate"])
                == CredoRun(
                    status: 64, stdout: "", stderr: "Error: unknown command 'frobnicate'\nSee 'credo --help'.\n"))
        #expect(
            runCredoInProcess(["hepl"]).stderr
                == "Error: unknown command 'hepl'; did you mean 'help'?\nSee 'credo --help'.\n")
    }

    @Test func registeredCommandsHaveUniqueNamesAndAbstracts() {
        let names = CredoCommand.configuration.subcommands.map { $0.configuration.name }
        #expect(Set(names).count == names.count)
        for command in CredoCommand.configuration.subcommands {
            #expect(!command.configuration.abstract.isEmpty, "\(command.configuration.name) has no abstract")
        }
    }

    @Test func everyRegisteredCommandRendersHelp() {
        func visit(_ path: [any ParsableCommand.Type]) {
            let page = HelpRenderer(path: path).render()
            #expect(page.contains("USAGE: " + CommandInvocation.commandName(path)))
            for subcommand in path.last!.configuration.subcommands { visit(path + [subcommand]) }
        }
        visit([CredoCommand.self])
    }
}
