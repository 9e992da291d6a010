/// Why a model file cannot be used. Every message names the file (as given) and, where one is to
/// blame, the field by its path (`coefficients[3].estimate`).
///
/// `category` groups the cases for the command line: `.noInput` (exit 66) when the file cannot
/// be read at all, `.data` (exit 65) for everything about its contents.
public enum ModelFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file does not exist.
    case noSuchFile(path: String)
    /// The file exists but cannot be read (a directory, no permission ...).
    case unreadable(path: String, reason: String)
    /// The bytes are not JSON (or end before the JSON does: `syntax.isTruncated`).
    case notJSON(file: String, syntax: JSONSyntaxError)
    /// The JSON is not a credo model file: not an object, or no `format` field.
    case notAModelFile(file: String, reason: String)
    /// The `format` field names another format.
    case wrongFormat(file: String, found: String)
    /// The `schemaVersion` is not one this credo reads.
    case unsupportedSchemaVersion(file: String, found: Int, supported: [Int])
    /// The `kind` of model is not one this credo knows.
    case unsupportedKind(file: String, found: String, supported: [String])
    /// A required field is absent.
    case missingField(file: String, path: String)
    /// A required field is null.
    case nullField(file: String, path: String)
    /// A field holds the wrong type of value.
    case wrongType(file: String, path: String, detail: String)
    /// A field holds a value that is not allowed there.
    case invalidValue(file: String, path: String, detail: String)
    /// The fields contradict each other (e.g. a coefficient for a design column that does not exist).
    case inconsistent(file: String, reason: String)

    /// Groups of errors the command line maps to exit codes.
    public enum Category: String, Sendable, Equatable {
        /// The file cannot be read (exit 66).
        case noInput
        /// The contents are not a usable model (exit 65).
        case data
    }

    /// The group this error belongs to.
    public var category: Category {
        switch self {
        case .noSuchFile, .unreadable: .noInput
        default: .data
        }
    }

    public var description: String {
        switch self {
        case .noSuchFile(let path):
            return "\(path): no such file"
        case .unreadable(let path, let reason):
            return "\(path): cannot read the file: \(reason)"
        case .notJSON(let file, let syntax):
            if syntax.isTruncated {
                return "\(file): the file is truncated or incomplete: \(syntax)"
            }
            return "\(file): not a credo model file (not valid JSON: \(syntax))"
        case .notAModelFile(let file, let reason):
            return "\(file): not a credo model file (\(reason))"
        case .wrongFormat(let file, let found):
            return "\(file): not a credo model file (its format is '\(found)', expected '\(ModelFile.formatName)')"
        case .unsupportedSchemaVersion(let file, let found, let supported):
            let versions = supported.map(String.init).joined(separator: ", ")
            let plural = supported.count == 1 ? "version" : "versions"
            return "\(file): unsupported schema version \(found) (this credo reads schema \(plural) \(versions)); "
                + "use the credo that wrote it, or a newer one"
        case .unsupportedKind(let file, let found, let supported):
            return "\(file): unsupported model kind '\(found)' (this credo knows "
                + supported.map { "'\($0)'" }.joined(separator: ", ") + ")"
        case .missingField(let file, let path):
            return "\(file): missing field '\(path)'"
        case .nullField(let file, let path):
            return "\(file): field '\(path)' is null"
        case .wrongType(let file, let path, let detail):
            return "\(file): field '\(path)': \(detail)"
        case .invalidValue(let file, let path, let detail):
            return "\(file): field '\(path)': \(detail)"
        case .inconsistent(let file, let reason):
            return "\(file): inconsistent model file: \(reason)"
        }
    }
}
