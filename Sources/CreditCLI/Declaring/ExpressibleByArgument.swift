/// A type whose values can be typed on the command line as one word.
///
/// `String`, `Int`, `Double` and `Bool` conform. An enumeration of named values conforms by
/// declaring it, and help then lists its values and rejects others:
/// ```swift
/// enum OutputFormat: String, CaseIterable, ExpressibleByArgument { case text, json, csv }
/// ```
public protocol ExpressibleByArgument {
    /// The value the text denotes, or nil if it denotes none.
    init?(argument: String)
    /// The only values accepted, when they are few and named; help lists them. Default: none.
    static var allValueStrings: [String] { get }
    /// What an accepted value is, for error messages: "an integer", "a number".
    static var expectedValue: String { get }
    /// How help shows this value as a default.
    var defaultValueDescription: String { get }
}

extension ExpressibleByArgument {
    public static var allValueStrings: [String] { [] }
    public static var expectedValue: String { "a valid value" }
    public var defaultValueDescription: String { String(describing: self) }
}

extension ExpressibleByArgument where Self: CaseIterable & RawRepresentable, RawValue == String {
    public init?(argument: String) {
        self.init(rawValue: argument)
    }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
    public static var expectedValue: String { "one of " + allValueStrings.joined(separator: ", ") }
    public var defaultValueDescription: String { rawValue }
}

extension String: ExpressibleByArgument {
    public init?(argument: String) {
        self = argument
    }
    public static var expectedValue: String { "a text" }
}

extension Int: ExpressibleByArgument {
    /// Decimal digits with an optional sign; no spaces, separators, fractions or exponents.
    public init?(argument: String) {
        self.init(argument, radix: 10)
    }
    public static var expectedValue: String { "an integer" }
}

extension Double: ExpressibleByArgument {
    /// A finite decimal number: `12`, `-0.5`, `.5`, `1e-6`. Hexadecimal forms, `inf` and `nan`
    /// are refused (a non-finite option value is almost always a mistake).
    public init?(argument: String) {
        let decimalCharacters = Set("0123456789+-.eE")
        guard !argument.isEmpty, argument.allSatisfy({ decimalCharacters.contains($0) }),
            let value = Double(argument), value.isFinite
        else { return nil }
        self = value
    }
    public static var expectedValue: String { "a finite number" }
}

extension Bool: ExpressibleByArgument {
    /// `true` or `false`. For an on/off switch that is off by default, use ``Flag``.
    public init?(argument: String) {
        switch argument {
        case "true": self = true
        case "false": self = false
        default: return nil
        }
    }
    public static var allValueStrings: [String] { ["true", "false"] }
    public static var expectedValue: String { "true or false" }
}
