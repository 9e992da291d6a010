/// What to do with a data row that cannot be read (ragged, text in a numeric column, ...).
public enum BadRowPolicy: Sendable, Hashable {
    /// Leave the row out and report it as a `Diagnostic`; reading continues.
    case skip
    /// Stop at the first bad row: it is thrown as `TabularError.data`.
    case strict
}

/// How CSV files are read.
///
/// The defaults follow Credo's file conventions: comma-separated, RFC 4180 quoting, the first
/// non-blank line is the header, UTF-8 with or without a byte-order mark, and an empty field,
/// `NA`, `NaN` or `null` is a missing value.
///
/// Record rules, the same for every reader in this module (RFC 4180, with the choices RFC 4180
/// leaves open made explicit):
/// - Records end at LF or CR LF; the last record may lack its line end. A lone CR outside quotes
///   is an ordinary character.
/// - A field whose first byte is `"` is quoted: inside it `""` stands for `"`, and delimiters,
///   CR and LF are data (kept exactly). Spaces and tabs between the closing quote and the next
///   delimiter are ignored; other text there makes the row bad (`textAfterClosingQuote`). A quote
///   that opens and never closes is reported at the row where its record starts
///   (`unterminatedQuote`), and the rest of the input belongs to it.
/// - A quote inside an unquoted field is an ordinary character (`5'11"` reads as written).
/// - Blank lines are skipped anywhere (a single-column file cannot hold an empty value on an
///   unquoted empty line; `CSVWriter` writes it as `""`).
/// - The header names must be valid UTF-8, non-empty and distinct; they are kept exactly.
/// - Every record must have as many fields as the header (`raggedRow`), and the fields the reader
///   keeps must be valid UTF-8 (text, categorical) or numbers (numeric). Fields of columns that are
///   not read are not checked.
/// - Rows are numbered as a spreadsheet shows them: the header is row 1; blank lines count; a
///   record with embedded line breaks is one row.
///
/// Value rules, the same for every reader in this module:
/// - Numeric fields are trimmed of surrounding ASCII spaces and tabs; the trimmed field is missing
///   when it is empty or one of `missingTokens`; otherwise it must be a decimal number (see
///   `parseNumber(_:)`). Quoted numbers (`"1.5"`) are numbers. A token that is itself a number
///   (`-999`) makes every field of that numeric value missing (`-999.0`, `"-999"`, ` -999`).
/// - Categorical and text fields are kept exactly as written (no trimming); such a field is
///   missing when it equals one of `missingTokens` exactly (so an empty field is missing only
///   while `""` is among the tokens). Quoting does not change this: `"NA"` is missing too.
/// - Blank lines (an empty line, or a lone CR LF) are skipped wherever they are, but they still
///   count in row numbers.
public struct CSVOptions: Sendable, Hashable {
    /// The byte between fields; an ASCII character other than `"`, CR, LF, a digit, `.`, `+`, `-`,
    /// `e` or `E`.
    public var delimiter: UInt8 {
        didSet { precondition(Self.isValidDelimiter(delimiter), "invalid CSV delimiter \(delimiter)") }
    }
    /// Field values that mean "missing".
    public var missingTokens: Set<String>
    /// How many data records at the start of the file are examined to infer column kinds.
    public var inferenceSampleRows: Int
    /// Records starting beyond this many bytes of data are not examined for inference, so wide
    /// files keep the sample (and the streaming reader's buffer) bounded. At least one record is.
    public var inferenceSampleBytes: Int
    /// An inferred non-numeric column is categorical while its sample holds at most this many
    /// distinct values (and, for samples of 20 or more values, at most half as many distinct values
    /// as values); otherwise it is text.
    public var maxInferredLevels: Int
    /// What happens to a bad data row.
    public var badRows: BadRowPolicy
    /// At most this many diagnostics are kept per read (whole file or one chunk); every bad row is
    /// still counted.
    public var diagnosticLimit: Int
    /// The streaming reader gives up on a record (reporting an unterminated quote) once it spans
    /// more than this many bytes; it bounds the reader's memory on a broken file.
    public var maxRecordBytes: Int
    /// Threads used by `readDataset` and `CSVReader`; `nil` means one per active processor.
    public var maxThreads: Int?

    /// The values read as missing by default besides the empty field, in byte order.
    public static let defaultMissingValues = ["NA", "NaN", "null"]

    /// Options with Credo's defaults; each parameter is the property of the same name.
    public init(
        delimiter: UInt8 = UInt8(ascii: ","),
        missingTokens: Set<String> = Set(defaultMissingValues + [""]),
        inferenceSampleRows: Int = 10_000,
        inferenceSampleBytes: Int = 16 << 20,
        maxInferredLevels: Int = 1_000,
        badRows: BadRowPolicy = .skip,
        diagnosticLimit: Int = 1_000,
        maxRecordBytes: Int = 64 << 20,
        maxThreads: Int? = nil
    ) {
        precondition(Self.isValidDelimiter(delimiter), "invalid CSV delimiter \(delimiter)")
        precondition(inferenceSampleRows >= 1 && inferenceSampleBytes >= 1, "the inference sample must not be empty")
        precondition(maxInferredLevels >= 0 && diagnosticLimit >= 0, "limits must not be negative")
        precondition(maxRecordBytes >= 1, "maxRecordBytes must be positive")
        precondition(maxThreads.map { $0 >= 1 } ?? true, "maxThreads must be at least 1")
        self.delimiter = delimiter
        self.missingTokens = missingTokens
        self.inferenceSampleRows = inferenceSampleRows
        self.inferenceSampleBytes = inferenceSampleBytes
        self.maxInferredLevels = maxInferredLevels
        self.badRows = badRows
        self.diagnosticLimit = diagnosticLimit
        self.maxRecordBytes = maxRecordBytes
        self.maxThreads = maxThreads
    }

    /// Whether `byte` can separate fields: ASCII, and none of `"`, CR, LF, digits, `.`, `+`, `-`,
    /// `e`, `E` (those would make quoting or numbers ambiguous). Tab, `;` and `|` are typical.
    public static func isValidDelimiter(_ byte: UInt8) -> Bool {
        guard byte < 0x80, byte != 0 else { return false }
        switch byte {
        case UInt8(ascii: "\""), 10, 13, UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "e"), UInt8(ascii: "E"):
            return false
        default:
            return true
        }
    }
}
