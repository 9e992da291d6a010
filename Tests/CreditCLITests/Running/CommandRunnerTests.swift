import Testing

@testable import CreditCLI

/// The runner over a tree of test commands: help, parsing, validation and error reports.
@Suite struct CommandRunnerTests {
    private func run(_ words: String...) -> CredoRun {
        runInProcess(words, root: TestRoot.self)
    }

    @Test func runsTheCommandFound() {
        let result = run("synth", "portfolio", "--rows", "3")
        #expect(result == CredoRun(status: 0, stdout: "rows=3 seed=1\n", stderr: ""))
    }

    @Test func helpGoesToStandardOutputWithStatusZero() {
        let expected = HelpRenderer(path: [TestRoot.self, SynthGroup.self, PortfolioProbe.self]).render()
        for words in [
            ["synth", "portfolio", "--help"], ["synth", "portfolio", "--rows", "x", "-h"],
            ["-h", "synth", "portfolio"],
        ] {
            #expect(runInProcess(words, root: TestRoot.self) == CredoRun(status: 0, stdout: expected, stderr: ""))
        }
    }

    @Test func helpWinsOverErrorsElsewhereOnTheLine() {
        let result = run("probe", "--bogus", "--help")
        #expect(result.status == 0)
        #expect(result.stdout == HelpRenderer(path: [TestRoot.self, Probe.self]).render())
    }

    @Test func groupWithoutSubcommandPrintsItsHelp() {
        #expect(
            run("synth")
                == CredoRun(
                    status: 0, stdout: HelpRenderer(path: [TestRoot.self, SynthGroup.self]).render(), stderr: ""))
        #expect(run() == CredoRun(status: 0, stdout: HelpRenderer(path: [TestRoot.self]).render(), stderr: ""))
    }

    @Test func usageErrorsGoToStandardErrorWithTheHint() {
        #expect(
            run("synth", "portfolio", "--rosw", "3")
                == CredoRun(
                    status: 64, stdout: "",
                    stderr:
                        "Error: unknown option '--rosw'; did you mean '--rows'?\nSee 'credo synth portfolio --help'.\n")
        )
        #expect(
            run("synth", "portfolo")
                == CredoRun(
                    status: 64, stdout: "",
                    stderr: "Error: unknown command 'portfolo'; did you mean 'portfolio'?\nSee 'credo synth --help'.\n")
        )
        #expect(
            run("prob")
                == CredoRun(
                    status: 64, stdout: "",
                    stderr: "Error: unknown command 'prob'; did you mean 'probe'?\nSee 'credo --help'.\n"))
    }

    @Test func firstProblemFromTheLeftIsReported() {
        #expect(
            run("prob", "--x").stderr == "Error: unknown command 'prob'; did you mean 'probe'?\nSee 'credo --help'.\n")
        #expect(run("--x", "prob").stderr == "Error: unknown option '--x'\nSee 'credo --help'.\n")
    }

    @Test func hiddenCommandsRunButAreNotSuggested() {
        #expect(run("_hidden") == CredoRun(status: 0, stdout: "hidden ran\n", stderr: ""))
        #expect(run("_hiden").stderr == "Error: unknown command '_hiden'\nSee 'credo --help'.\n")
    }

    @Test func validationErrorsAreUsageErrors() {
        #expect(
            run("synth", "portfolio", "--rows", "0")
                == CredoRun(
                    status: 64, stdout: "",
                    stderr: "Error: --rows must be positive, got 0\nSee 'credo synth portfolio --help'.\n"))
        #expect(run("grouped", "--delimiter", "ab").stderr.hasPrefix("Error: --delimiter must be one character"))
    }

    @Test func dataErrorsHaveNoHint() {
        #expect(
            run("throw", "data")
                == CredoRun(
                    status: 65, stdout: "partial output\n",
                    stderr: "Error: row 3, column 'income': 'abc' is not a number\n"))
        #expect(
            run("throw", "separation")
                == CredoRun(
                    status: 81, stdout: "partial output\n", stderr: "Error: 'x1' separates the outcome; try --firth\n"))
    }

    @Test func thrownExitCodeEndsSilently() {
        #expect(run("throw", "exit") == CredoRun(status: 1, stdout: "partial output\n", stderr: ""))
    }

    @Test func unknownErrorsAreInternal() {
        #expect(
            run("throw", "unknown")
                == CredoRun(status: 70, stdout: "partial output\n", stderr: "Error: internal error: Unknown()\n"))
    }

    @Test func usageErrorsFromRunAlsoPointToHelp() {
        #expect(
            run("throw", "validation")
                == CredoRun(
                    status: 64, stdout: "partial output\n",
                    stderr: "Error: --a and --b cannot be used together\nSee 'credo throw --help'.\n"))
        #expect(
            run("throw", "environment")
                == CredoRun(status: 64, stdout: "partial output\n", stderr: "Error: X 'y' is wrong\n"))
    }
}
