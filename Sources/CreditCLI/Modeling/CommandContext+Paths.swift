import Foundation

extension CommandContext {
    /// A path typed on the command line, ready to open: resolved against ``currentDirectory`` when
    /// that is not the process's own directory (in-process runs), otherwise as typed, so messages
    /// show it as the user gave it. `-` and absolute paths are returned unchanged.
    func resolvedPath(_ path: String) -> String {
        guard path != "-", !path.hasPrefix("/") else { return path }
        let processDirectory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        if currentDirectory.standardizedFileURL.path == processDirectory.standardizedFileURL.path {
            return path
        }
        // (appended rather than resolved: a directory URL without its trailing slash would resolve
        // against its parent)
        return URL(fileURLWithPath: currentDirectory.path, isDirectory: true).appendingPathComponent(path)
            .standardizedFileURL.path
    }
}
