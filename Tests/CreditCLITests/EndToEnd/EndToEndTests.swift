import Foundation
import Testing

@testable import CreditCLI

/// The real `credo` executable, run as a user would: stdout, stderr and the exit status.
@Suite struct EndToEndTests {
    @Test func executableIsBuiltNextToTheTests() throws {
        let url = try #require(CredoExecutable.url)
        #expect(url.lastPathComponent == "credo")
    }

    @Test func help() throws {
        #expect(try runCredo(["--help"]) == CredoRun(status: 0, stdout: CredoCommandTests.rootHelp, stderr: ""))
        #expect(try runCredo(["help"]) == CredoRun(status: 0, stdout: CredoCommandTests.rootHelp, stderr: ""))
        let echoHelp = try runCredo(["_echo-options", "--target", "y", "-h"])
        #expect(echoHelp.status == 0)
        #expect(echoHelp.stdout == HelpRenderer(path: [CredoCommand.self, EchoOptionsCommand.self]).render())
        #expect(echoHelp.stderr == "")
    }

    @Test func version() throws {
        #expect(try runCredo(["--version"]) == CredoRun(status: 0, stdout: "credo 0.1.0\n", stderr: ""))
    }

    @Test func unknownCommand() throws {
        #expect(
            try runCredo(["frobnicate", "--x"])
                == CredoRun(
                    status: 64, stdout: "", stderr: "Error: unknown command 'frobnicate'\nSee 'credo --help'.\n"))
    }

    @Test func unknownOptionWithSuggestion() throws {
        #expect(
            try runCredo(["_echo-options", "--tagret", "y"])
                == CredoRun(
                    status: 64, stdout: "",
                    stderr:
                        "Error: unknown option '--tagret'; did you mean '--target'?\nSee 'credo _echo-options --help'.\n"
                ))
    }

    @Test func missingValue() throws {
        #expect(
            try runCredo(["_echo-options", "--count", "2", "--target"])
                == CredoRun(
                    status: 64, stdout: "",
                    stderr: "Error: missing value for '--target <column>'\nSee 'credo _echo-options --help'.\n"))
    }

    @Test func missingRequiredOptionAndBadNumber() throws {
        #expect(
            try runCredo(["_echo-options"]).stderr
                == "Error: missing required option '--target <column>'\nSee 'credo _echo-options --help'.\n")
        let badNumber = try runCredo(["_echo-options", "--target", "y", "--ratio", "1,5"])
        #expect(badNumber.status == 64)
        #expect(badNumber.stderr.hasPrefix("Error: option '--ratio': '1,5' is not a finite number\n"))
    }

    @Test func inlineValuesAndDoubleDash() throws {
        let result = try runCredo([
            "_echo-options", "--target=a=b", "--features=x,y", "--format=json", "--", "--strict", "-h", "-",
        ])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(
            result.stdout
                == "target=a=b\ncount=1\nratio=0.5\nformat=json\nfeatures=x|y\nweight=<none>\nstrict=false\nwords=--strict|-h|-\n"
        )
    }

    @Test func standardInputAndEnvironmentReachTheCommand() throws {
        let result = try runCredo(
            ["_echo-options", "--target", "y", "--read-stdin", "--show-source-date"], stdin: "id,x\n1,2\n",
            environment: ["SOURCE_DATE_EPOCH": "86400"])
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("stdin=id,x\n1,2\n\nsource-date=86400\n"))
    }

    @Test func exitStatusesOfFailures() throws {
        let data = try runCredo(["_echo-options", "--target", "y", "--fail", "data"])
        #expect(data.status == 65)
        #expect(data.stderr == "Error: row 2, column 'x': failure requested\n")
        #expect(data.stdout.hasPrefix("target=y\n"), "output written before the failure is kept")
        #expect(try runCredo(["_echo-options", "--target", "y", "--fail", "internal"]).status == 70)
        let skipped = try runCredo(["_echo-options", "--target", "y", "--fail", "rows-skipped"])
        #expect(skipped.status == 1)
        #expect(skipped.stderr == "")
    }

    @Test func inProcessAndExecutableAgree() throws {
        for words in [["--help"], ["--version"], ["nope"], ["_echo-options", "--target", "y", "--count", "x"]] {
            #expect(try runCredo(words) == runCredoInProcess(words), "\(words)")
        }
    }
}
