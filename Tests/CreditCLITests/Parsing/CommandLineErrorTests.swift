import Testing

@testable import CreditCLI

@Suite struct CommandLineErrorTests {
    @Test func messagesReadAsSpecified() {
        let cases: [(CommandLineError, String)] = [
            (.unknownOption("--tagret", suggestion: "--target"), "unknown option '--tagret'; did you mean '--target'?"),
            (.unknownOption("--zz", suggestion: nil), "unknown option '--zz'"),
            (.unknownCommand("trian", suggestion: "train"), "unknown command 'trian'; did you mean 'train'?"),
            (.missingValue(option: "--target <column>"), "missing value for '--target <column>'"),
            (.missingRequiredOption("--target <column>"), "missing required option '--target <column>'"),
            (.missingArgument("<input>"), "missing argument '<input>'"),
            (.unexpectedArgument("extra"), "unexpected argument 'extra'"),
            (.repeatedOption("--target"), "option '--target' was given more than once"),
            (.flagWithValue(flag: "--strict", value: "yes"), "flag '--strict' does not take a value (got 'yes')"),
            (
                .invalidValue(argument: "option '--max-iterations'", value: "abc", expected: "an integer"),
                "option '--max-iterations': 'abc' is not an integer"
            ),
            (
                .valueNotAllowed(
                    argument: "option '--format'", value: "jsno", allowed: ["text", "json"], suggestion: "json"),
                "option '--format': 'jsno' is not one of text, json; did you mean 'json'?"
            ),
            (
                .emptyListItem(argument: "option '--features'", value: "a,,b"),
                "option '--features': 'a,,b' has an empty item"
            ),
        ]
        for (error, message) in cases {
            #expect(error.message == message)
            #expect(error.exitCode == .usage)
            #expect(error.showsUsageHint)
        }
    }
}
