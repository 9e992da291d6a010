import Testing

@testable import CreditCLI

@Suite struct EchoOptionsCommandTests {
    private static func echo(
        target: String = "y", count: Int = 1, ratio: String = "0.5", format: String = "text", features: String = "",
        weight: String = "<none>", strict: Bool = false, words: String = ""
    ) -> String {
        """
        target=\(target)
        count=\(count)
        ratio=\(ratio)
        format=\(format)
        features=\(features)
        weight=\(weight)
        strict=\(strict)
        words=\(words)

        """
    }

    @Test func printsWhatWasParsed() {
        let result = runCredoInProcess([
            "_echo-options", "a", "--target=col", "--count", "3", "--ratio", "-1.25", "--format", "csv",
            "--features", "x,y", "--features", "z", "--weight", "w", "--strict", "b", "--", "--c",
        ])
        #expect(
            result
                == CredoRun(
                    status: 0,
                    stdout: Self.echo(
                        target: "col", count: 3, ratio: "-1.25", format: "csv", features: "x|y|z", weight: "w",
                        strict: true, words: "a|b|--c"),
                    stderr: ""))
    }

    @Test func isHiddenFromTheRootPage() {
        #expect(!runCredoInProcess(["--help"]).stdout.contains("_echo-options"))
    }

    @Test func validationRejectsANegativeCount() {
        #expect(
            runCredoInProcess(["_echo-options", "--target", "y", "--count", "-1"])
                == CredoRun(
                    status: 64, stdout: "",
                    stderr: "Error: --count must not be negative, got -1\nSee 'credo _echo-options --help'.\n"))
    }

    @Test func readsStandardInput() {
        let result = runCredoInProcess(["_echo-options", "--target", "y", "--read-stdin"], stdin: "a,b\n1,2")
        #expect(result.stdout == Self.echo() + "stdin=a,b\n1,2\n")
    }

    @Test func readsSourceDateEpochFromTheGivenEnvironment() {
        let withEpoch = runCredoInProcess(
            ["_echo-options", "--target", "y", "--show-source-date"], environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        #expect(withEpoch.stdout == Self.echo() + "source-date=1700000000\n")
        let without = runCredoInProcess(["_echo-options", "--target", "y", "--show-source-date"])
        #expect(without.stdout == Self.echo() + "source-date=<none>\n")
        let malformed = runCredoInProcess(
            ["_echo-options", "--target", "y", "--show-source-date"], environment: ["SOURCE_DATE_EPOCH": "soon"])
        #expect(malformed.status == 64)
        #expect(
            malformed.stderr == "Error: SOURCE_DATE_EPOCH 'soon' is not a whole number of seconds since 1970-01-01\n")
    }

    @Test(arguments: [
        ("usage", 64, "Error: failure requested with --fail usage\nSee 'credo _echo-options --help'.\n"),
        ("data", 65, "Error: row 2, column 'x': failure requested\n"),
        ("io", 74, "Error: cannot read 'x': failure requested\n"),
        ("internal", 70, "Error: internal error: UnmappedFailure()\n"),
        ("rows-skipped", 1, ""),
    ])
    func requestedFailuresReportAsMapped(_ kind: String, _ status: Int32, _ stderr: String) {
        let result = runCredoInProcess(["_echo-options", "--target", "y", "--fail", kind])
        #expect(result == CredoRun(status: status, stdout: Self.echo(), stderr: stderr))
    }
}
