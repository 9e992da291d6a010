import Testing

@testable import CreditCLI

@Suite struct CommandInvocationTests {
    private func names(_ invocation: CommandInvocation) -> [String] {
        invocation.path.map { $0.configuration.name }
    }

    @Test func leadingSubcommandNamesAreFollowed() {
        let invocation = CommandInvocation(resolving: ["synth", "portfolio", "--rows", "5"], root: TestRoot.self)
        #expect(names(invocation) == ["credo", "synth", "portfolio"])
        #expect(invocation.arguments == ["--rows", "5"])
        #expect(invocation.commandName == "credo synth portfolio")
        #expect(!invocation.wantsHelp)
    }

    @Test func noWordsIsTheRoot() {
        let invocation = CommandInvocation(resolving: [], root: TestRoot.self)
        #expect(names(invocation) == ["credo"])
        #expect(invocation.arguments == [])
    }

    @Test func helpAnywhereBeforeDoubleDashAsksForHelpOfTheCommandFound() {
        for words in [
            ["--help", "synth", "portfolio"], ["synth", "-h", "portfolio"], ["synth", "portfolio", "--rows", "--help"],
        ] {
            let invocation = CommandInvocation(resolving: words, root: TestRoot.self)
            #expect(invocation.wantsHelp)
            #expect(names(invocation) == ["credo", "synth", "portfolio"])
            #expect(!invocation.arguments.contains("--help") && !invocation.arguments.contains("-h"))
        }
    }

    @Test func helpAfterDoubleDashIsAnArgument() {
        let invocation = CommandInvocation(resolving: ["probe", "--", "-h"], root: TestRoot.self)
        #expect(!invocation.wantsHelp)
        #expect(invocation.arguments == ["--", "-h"])
    }

    @Test func resolutionStopsAtTheFirstWordThatIsNotASubcommand() {
        let invocation = CommandInvocation(resolving: ["synth", "--seed", "1", "portfolio"], root: TestRoot.self)
        #expect(names(invocation) == ["credo", "synth"])
        #expect(invocation.arguments == ["--seed", "1", "portfolio"])
        let leaf = CommandInvocation(resolving: ["probe", "synth"], root: TestRoot.self)
        #expect(names(leaf) == ["credo", "probe"])
        #expect(leaf.arguments == ["synth"])
    }

    @Test func hiddenCommandsResolve() {
        #expect(names(CommandInvocation(resolving: ["_hidden"], root: TestRoot.self)) == ["credo", "_hidden"])
    }
}
