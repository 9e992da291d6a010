import Dispatch

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
