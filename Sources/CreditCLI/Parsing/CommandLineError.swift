/// A command line that does not fit the command's declaration. Exit 64, with the usage hint.
public enum CommandLineError: CLIReportableError, Equatable, Sendable {
    /// `--tagret`: no such option; `suggestion` is the closest known one.
    case unknownOption(String, suggestion: String?)
    /// `credo trian`: no such command.
    case unknownCommand(String, suggestion: String?)
    /// `--target` at the end, or followed by another option.
    case missingValue(option: String)
    /// A required option left out; given with its placeholder, `--target <column>`.
    case missingRequiredOption(String)
    /// A required positional left out, `<input>`.
    case missingArgument(String)
    /// More positional words than the command takes.
    case unexpectedArgument(String)
    /// A non-list option or a flag given twice.
    case repeatedOption(String)
    /// `--strict=yes`.
    case flagWithValue(flag: String, value: String)
    /// A word that is not a value of the declared type; `argument` is "option '--count'" or
    /// "argument '<count>'", `expected` e.g. "an integer".
    case invalidValue(argument: String, value: String, expected: String)
    /// A word outside an enumeration's values.
    case valueNotAllowed(argument: String, value: String, allowed: [String], suggestion: String?)
    /// A list value with an empty item, `a,,b`.
    case emptyListItem(argument: String, value: String)

    public var exitCode: ExitCode { .usage }

    public var message: String {
        switch self {
        case .unknownOption(let option, let suggestion):
            return "unknown option '\(option)'" + Self.didYouMean(suggestion)
        case .unknownCommand(let command, let suggestion):
            return "unknown command '\(command)'" + Self.didYouMean(suggestion)
        case .missingValue(let option):
            return "missing value for '\(option)'"
        case .missingRequiredOption(let option):
            return "missing required option '\(option)'"
        case .missingArgument(let argument):
            return "missing argument '\(argument)'"
        case .unexpectedArgument(let word):
            return "unexpected argument '\(word)'"
        case .repeatedOption(let option):
            return "option '\(option)' was given more than once"
        case .flagWithValue(let flag, let value):
            return "flag '\(flag)' does not take a value (got '\(value)')"
        case .invalidValue(let argument, let value, let expected):
            return "\(argument): '\(value)' is not \(expected)"
        case .valueNotAllowed(let argument, let value, let allowed, let suggestion):
            return "\(argument): '\(value)' is not one of \(allowed.joined(separator: ", "))"
                + Self.didYouMean(suggestion)
        case .emptyListItem(let argument, let value):
            return "\(argument): '\(value)' has an empty item"
        }
    }

    private static func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { "; did you mean '\($0)'?" } ?? ""
    }
}
