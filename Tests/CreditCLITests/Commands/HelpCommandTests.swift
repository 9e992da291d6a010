import Testing

@testable import CreditCLI

@Suite struct HelpCommandTests {
    @Test func helpForACommandIsItsHelpPage() {
        for words in [["help", "synth", "portfolio"], ["synth", "portfolio", "--help"]] {
            let result = runInProcess(words, root: TestRoot.self)
            #expect(result.status == 0)
            #expect(
                result.stdout == HelpRenderer(path: [TestRoot.self, SynthGroup.self, PortfolioProbe.self]).render())
        }
    }

    @Test func helpForHiddenCommandsWorks() {
        let result = runCredoInProcess(["help", "_echo-options"])
        #expect(result.status == 0)
        #expect(result.stdout == HelpRenderer(path: [CredoCommand.self, EchoOptionsCommand.self]).render())
    }

    @Test func helpForHelp() {
        #expect(
            runCredoInProcess(["help", "help"]).stdout == """
                OVERVIEW: Show help for a command.

                'credo help synth portfolio' prints the same page as 'credo synth portfolio
                --help'.

                USAGE: credo help [<command> ...]

                ARGUMENTS:
                  <command> ...           The command (and subcommands) to describe; none for
                                          credo itself.

                OPTIONS:
                  -h, --help              Show help information.

                """)
    }

    @Test func helpForAnUnknownCommandIsAUsageError() {
        #expect(
            runInProcess(["help", "synth", "portfolo"], root: TestRoot.self)
                == CredoRun(
                    status: 64, stdout: "",
                    stderr:
                        "Error: unknown command 'synth portfolo'; did you mean 'portfolio'?\nSee 'credo help --help'.\n"
                ))
    }
}
