import Foundation
import Testing
import TestSupport

#if canImport(Glibc)
import Glibc
#endif

@testable import Tabular

@Suite struct AtomicOutputFileTests {
    @Test func theFileAppearsOnlyOnCommit() throws {
        let folder = try TestPaths.temporaryDirectory().path
        let path = folder + "/model.json"
        let file = try AtomicOutputFile(path: path)
        try file.write("{\"a\": ")
        try file.write(Array("1}".utf8))
        #expect(Files.contents(path) == nil)
        #expect(Files.listing(folder).count == 1)
        #expect(Files.listing(folder).first?.hasPrefix(".model.json.tmp-") == true)
        try file.commit()
        #expect(Files.contents(path) == Array("{\"a\": 1}".utf8))
        #expect(Files.listing(folder) == ["model.json"])
    }

    @Test func discardLeavesNothingAndKeepsTheOldFile() throws {
        let folder = try TestPaths.temporaryDirectory().path
        let path = folder + "/out.csv"
        try AtomicOutputFile.write(Array("old".utf8), to: path)
        let file = try AtomicOutputFile(path: path)
        try file.write("new")
        file.discard()
        file.discard()
        #expect(Files.contents(path) == Array("old".utf8))
        #expect(Files.listing(folder) == ["out.csv"])
    }

    @Test func droppingAnUncommittedFileRemovesIt() throws {
        let folder = try TestPaths.temporaryDirectory().path
        do {
            let file = try AtomicOutputFile(path: folder + "/x.csv")
            try file.write("partial")
        }
        #expect(Files.listing(folder).isEmpty)
    }

    @Test func commitReplacesAnExistingFile() throws {
        let folder = try TestPaths.temporaryDirectory().path
        let path = folder + "/r.txt"
        try AtomicOutputFile.write(Array("first".utf8), to: path)
        try AtomicOutputFile.write(Array("second".utf8), to: path, synchronize: true)
        #expect(Files.contents(path) == Array("second".utf8))
        #expect(Files.listing(folder) == ["r.txt"])
    }

    @Test func aMissingDirectoryCannotBeCreated() throws {
        let folder = try TestPaths.temporaryDirectory().path
        let path = folder + "/missing/out.csv"
        #expect(throws: TabularError.cannotCreateOutput(path: path, reason: "the directory '\(folder)/missing' does not exist")) {
            try AtomicOutputFile(path: path)
        }
        let error = TabularError.cannotCreateOutput(path: path, reason: "x")
        #expect(error.exitCode == 73)
    }

    @Test func aDirectoryIsNotAnOutputFile() throws {
        let folder = try TestPaths.temporaryDirectory().path
        #expect(throws: TabularError.cannotCreateOutput(path: folder, reason: "it is a directory")) { try AtomicOutputFile(path: folder) }
        #expect(throws: TabularError.self) { try AtomicOutputFile(path: folder + "/") }
    }

    @Test func anUnwritableDirectoryCannotBeCreated() throws {
        // /proc accepts no new files, even from root.
        #expect(throws: TabularError.self) { try AtomicOutputFile(path: "/proc/credo-test.csv") }
        do {
            _ = try AtomicOutputFile(path: "/proc/credo-test.csv")
        } catch {
            #expect(error.category == .cannotCreateOutput)
            #expect("\(error)".hasPrefix("/proc/credo-test.csv: cannot create the file: "))
        }
    }

    @Test func aWriteErrorDiscardsTheFile() throws {
        // Closing the descriptor behind the file's back makes the next write fail.
        let folder = try TestPaths.temporaryDirectory().path
        let path = folder + "/y.csv"
        let file = try AtomicOutputFile(path: path)
        try file.write("fine")
        #expect(Files.listing(folder).count == 1)
        close(file.descriptor)
        #expect(throws: TabularError.io(path: path, reason: "bad file descriptor")) { try file.write("more") }
        #expect(Files.listing(folder).isEmpty)
    }

    @Test func standardOutputNeedsNoRename() throws {
        let file = try AtomicOutputFile(path: "-")
        #expect(file.isStandardOutput)
        try file.commit()
    }
}

/// A destination that is a device or a pipe is written to directly, never replaced.
@Suite struct AtomicOutputFileDeviceTests {
    @Test func devNullStaysADevice() throws {
        try AtomicOutputFile.write(Array("discarded\n".utf8), to: "/dev/null")
        var info = stat()
        #expect(stat("/dev/null", &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR)
    }

    @Test func namedPipeReceivesTheBytes() throws {
        let folder = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        // A reader must hold the pipe open before the writer's open returns.
        let reader = Thread.detachNewThreadWithResult { () -> [UInt8] in
            let fd = open(fifo, O_RDONLY)
            defer { close(fd) }
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 64)
            while true {
                let n = read(fd, &buffer, buffer.count)
                if n <= 0 { break }
                bytes += buffer[0..<n]
            }
            return bytes
        }
        try AtomicOutputFile.write(Array("through the pipe\n".utf8), to: fifo)
        #expect(String(decoding: reader.wait(), as: UTF8.self) == "through the pipe\n")
        var info = stat()
        #expect(stat(fifo, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO)
    }
}

extension Thread {
    /// Runs `body` on a new thread; `wait()` returns its result.
    fileprivate static func detachNewThreadWithResult<T: Sendable>(_ body: @escaping @Sendable () -> T) -> ThreadResult<T> {
        let result = ThreadResult<T>()
        Thread.detachNewThread { result.set(body()) }
        return result
    }
}

fileprivate final class ThreadResult<T: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var value: T?

    func set(_ newValue: T) {
        condition.lock()
        value = newValue
        condition.signal()
        condition.unlock()
    }

    func wait() -> T {
        condition.lock()
        defer { condition.unlock() }
        while value == nil { condition.wait() }
        return value!
    }
}
