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
