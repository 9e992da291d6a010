#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An output path that names an existing device, pipe or socket (`/dev/null`, `/dev/stdout`, a
/// FIFO). Credo writes output files atomically, a temporary file renamed over the destination,
/// which would replace such a file instead of writing to it; standard output is `-`. Exit 73.
struct NotARegularFileError: CLIReportableError, Equatable {
    let path: String
    var exitCode: ExitCode { .cannotCreateOutput }
    var message: String {
        "\(path): cannot create the file: it exists and is not a regular file (a device or pipe); "
            + "use '-' for standard output"
    }
}

enum OutputPathCheck {
    /// Throws when `path` (not `-`) exists and is neither a regular file nor a directory
    /// (directories are reported by the writer itself).
    static func requireRegularOrAbsent(_ path: String) throws(NotARegularFileError) {
        guard path != "-" else { return }
        var info = stat()
        guard stat(path, &info) == 0 else { return }
        let type = info.st_mode & S_IFMT
        if type != S_IFREG && type != S_IFDIR { throw NotARegularFileError(path: path) }
    }
}
