import Dispatch
import Foundation
import Tabular

/// The SHA-256 of a file, computed on a thread of its own while the caller does other work
/// (training hashes its data file while it parses it: on 2 cores this hides most of the hashing).
final class BackgroundDigest: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<String, TabularError>?
    /// Seconds the hashing took on its thread.
    private(set) var seconds = 0.0

    /// Starts hashing `path`.
    init(path: String) {
        let thread = Thread { [self] in
            let start = DispatchTime.now().uptimeNanoseconds
            do throws(TabularError) {
                result = .success(try SHA256.hexDigest(ofFile: path))
            } catch {
                result = .failure(error)
            }
            seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            done.signal()
        }
        thread.start()
    }

    /// Waits for the digest: 64 lower-case hexadecimal digits.
    func wait() throws(TabularError) -> String {
        done.wait()
        done.signal()  // later waits return at once
        return try result!.get()
    }
}

/// Wall-clock seconds of the phases of a run, for `--timings`.
struct PhaseClock {
    private let start = DispatchTime.now().uptimeNanoseconds
    private var last = DispatchTime.now().uptimeNanoseconds
    private(set) var phases: [(name: String, seconds: Double)] = []

    /// Ends the current phase, naming it.
    mutating func lap(_ name: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        phases.append((name, Double(now - last) / 1e9))
        last = now
    }

    /// Seconds since the clock started.
    var total: Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }

    /// `timings {"read":0.912,...,"total":1.873}` (microsecond resolution), plus `extra` phases.
    func line(extra: [(String, Double)] = []) -> String {
        let members = (phases + extra.map { (name: $0.0, seconds: $0.1) } + [("total", total)]).map {
            "\"\($0.name)\":\(NumberText.fixed($0.seconds, 6))"
        }
        return "timings {" + members.joined(separator: ",") + "}"
    }
}
