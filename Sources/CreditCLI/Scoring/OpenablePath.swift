import Foundation

extension CommandContext {
    /// The path to open for `path` as typed: `-` and absolute paths as they are; a relative path
    /// as typed when the context's directory is the process's own (so messages show the path the
    /// user typed), otherwise joined to the context's directory. Unlike `fileURL(forPath:)`, this
    /// does not depend on whether `currentDirectory` was created as a directory URL.
    func openablePath(_ path: String) -> String {
        if path == "-" || path.hasPrefix("/") { return path }
        let directory = currentDirectory.path
        if directory == FileManager.default.currentDirectoryPath { return path }
        return directory.hasSuffix("/") ? directory + path : directory + "/" + path
    }
}
