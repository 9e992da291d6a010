/// Every error the Tabular module throws.
public enum TabularError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The input file does not exist.
    case noSuchFile(path: String)
    /// The input exists but cannot be read (permissions, a directory, ...).
    case unreadable(path: String, reason: String)
    /// The data itself is wrong (see the diagnostic for where and what).
    case data(Diagnostic)
    /// An output file cannot be created (missing or unwritable directory, ...).
    case cannotCreateOutput(path: String, reason: String)
    /// Reading or writing failed part way (disk full, device error, ...).
    case io(path: String, reason: String)

    /// The class of failure, which a command line maps to an exit status.
    public enum Category: Sendable, Hashable {
        case noInput, data, cannotCreateOutput, io

        /// The sysexits status: 66 no input, 65 data error, 73 cannot create, 74 I/O error.
        public var exitCode: Int32 {
            switch self {
            case .noInput: 66
            case .data: 65
            case .cannotCreateOutput: 73
            case .io: 74
            }
        }
    }

    /// The class of failure.
    public var category: Category {
        switch self {
        case .noSuchFile, .unreadable: .noInput
        case .data: .data
        case .cannotCreateOutput: .cannotCreateOutput
        case .io: .io
        }
    }

    /// The sysexits status for this error (`category.exitCode`).
    public var exitCode: Int32 { category.exitCode }

    public var description: String {
        switch self {
        case .noSuchFile(let path): "\(path): no such file"
        case .unreadable(let path, let reason): "\(path): cannot read the file: \(reason)"
        case .data(let diagnostic): diagnostic.description
        case .cannotCreateOutput(let path, let reason): "\(path): cannot create the file: \(reason)"
        case .io(let path, let reason): "\(path): I/O error: \(reason)"
        }
    }
}
