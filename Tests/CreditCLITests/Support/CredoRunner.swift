import Foundation
import Testing

@testable import CreditCLI

/// What one run of `credo` produced.
struct CredoRun: Equatable, Sendable {
    /// The exit status.
    var status: Int32
    /// Standard output, decoded as UTF-8.
    var stdout: String
    /// Standard error, decoded as UTF-8.
    var stderr: String
}

/// Runs the real `credo` executable (built by `swift test` into the products directory next to
/// the test bundle) and waits for it.
///
/// - Parameters:
///   - arguments: the words after `credo`.
///   - stdin: what the process reads on standard input; nil gives it /dev/null.
///   - environment: its whole environment (nothing is inherited, so runs are hermetic).
///   - currentDirectory: its working directory; nil inherits the test's.
/// - Throws: when the executable cannot be found or started.
func runCredo(
    _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
    currentDirectory: URL? = nil
) throws -> CredoRun {
    let executable = try #require(
        CredoExecutable.url,
        "the credo executable was not found next to the test bundle (looked in \(CredoExecutable.searchedDirectories.map(\.path)))"
    )
    let scratch = try TemporaryFolder()
    let stdoutURL = scratch.url.appendingPathComponent("stdout")
    let stderrURL = scratch.url.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
    let stdoutHandle = try FileHandle(forWritingTo: stdoutURL)
    let stderrHandle = try FileHandle(forWritingTo: stderrURL)
    defer {
        try? stdoutHandle.close()
        try? stderrHandle.close()
    }

    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.environment = environment
    if let currentDirectory { process.currentDirectoryURL = currentDirectory }
    process.standardOutput = stdoutHandle
    process.standardError = stderrHandle
    if let stdin {
        let stdinURL = scratch.url.appendingPathComponent("stdin")
        try Data(stdin.utf8).write(to: stdinURL)
        process.standardInput = try FileHandle(forReadingFrom: stdinURL)
    } else {
        process.standardInput = FileHandle.nullDevice
    }
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationReason == .exit, "credo was killed by signal \(process.terminationStatus)")
    return CredoRun(
        status: process.terminationStatus,
        stdout: String(decoding: try Data(contentsOf: stdoutURL), as: UTF8.self),
        stderr: String(decoding: try Data(contentsOf: stderrURL), as: UTF8.self))
}

/// Runs `credo` in this process through `CredoCommandLine.main`, with in-memory streams.
/// Faster than ``runCredo(_:stdin:environment:currentDirectory:)`` and shows failures with a
/// stack; use both for a command's end-to-end tests.
func runCredoInProcess(
    _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
    currentDirectory: URL? = nil
) -> CredoRun {
    let stdout = MemoryOutputSink()
    let stderr = MemoryOutputSink()
    let status = CredoCommandLine.main(
        arguments, stdout: stdout, stderr: stderr, stdin: stdin.map { MemoryInputSource($0) },
        environment: environment, currentDirectory: currentDirectory)
    return CredoRun(status: status, stdout: stdout.text, stderr: stderr.text)
}

/// Runs a command line in-process against any command tree (tests of the layer itself).
func runInProcess(
    _ arguments: [String], root: any ParsableCommand.Type, stdin: String? = nil,
    environment: [String: String] = [:], stdout: any OutputSink = MemoryOutputSink()
) -> CredoRun {
    let stderr = MemoryOutputSink()
    let context = CommandContext(
        stdout: stdout, stderr: stderr, stdin: stdin.map { MemoryInputSource($0) }, environment: environment,
        currentDirectory: nil, progress: .silent, rootCommand: root)
    let status = CredoCommandLine.run(arguments, root: root, context: context)
    return CredoRun(
        status: status.rawValue, stdout: (stdout as? MemoryOutputSink)?.text ?? "", stderr: stderr.text)
}

/// Where the `credo` executable built alongside the tests is.
enum CredoExecutable {
    /// Directories searched, in order: `$CREDO_EXECUTABLE_DIRECTORY`, then the directory of the
    /// running test executable (SwiftPM puts `credo` and `<Package>PackageTests.xctest` in the same
    /// products directory, `.build/<configuration>/`).
    static var searchedDirectories: [URL] {
        var directories: [URL] = []
        if let override = ProcessInfo.processInfo.environment["CREDO_EXECUTABLE_DIRECTORY"] {
            directories.append(URL(fileURLWithPath: override, isDirectory: true))
        }
        let selfExecutable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        directories.append(selfExecutable.deletingLastPathComponent())
        if let bundleExecutable = Bundle.main.executableURL {
            directories.append(bundleExecutable.resolvingSymlinksInPath().deletingLastPathComponent())
        }
        return directories
    }

    /// The first `credo` found in ``searchedDirectories``, or nil.
    static var url: URL? {
        searchedDirectories.map { $0.appendingPathComponent("credo") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}

/// A temporary folder removed when the value is released.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("credo-cli-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
