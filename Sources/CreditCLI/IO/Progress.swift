import Synchronization

/// Reports how far long work has come, on one line of a terminal that is redrawn in place.
///
/// Get one from the context and advance it as work completes; finish it before writing messages
/// to standard error (finishing erases the line):
/// ```swift
/// let progress = context.startProgress("Scoring", unit: "rows")
/// for chunk in chunks { score(chunk); progress.advance(by: chunk.count) }
/// progress.finish()
/// ```
/// It draws only when standard error is a terminal (see ``ProgressFactory``), not before the work
/// has run for the factory's initial delay (2 s by default, so short work shows nothing), and at
/// most once per minimum interval (0.1 s). Otherwise every call returns at once, so tests and
/// pipes see nothing. It is safe to advance from several threads; each call takes a lock, so
/// advance per chunk of rows, not per row.
public final class Progress: Sendable {
    /// What is being done, e.g. "Scoring".
    public let label: String
    /// The amount of work when known.
    public let total: Int?
    /// What is counted, e.g. "rows".
    public let unit: String
    private let display: ProgressFactory.Display?
    private let state: Mutex<State>

    private struct State {
        var completed = 0
        var started: Duration
        var lastDrawn: Duration?
        var isFinished = false
    }

    init(label: String, total: Int?, unit: String, display: ProgressFactory.Display?) {
        precondition(total.map { $0 >= 0 } ?? true, "a progress total cannot be negative")
        self.label = label
        self.total = total
        self.unit = unit
        self.display = display
        self.state = Mutex(State(started: display?.now() ?? .zero))
    }

    deinit {
        finish()
    }

    /// Whether anything can appear (standard error is a terminal).
    public var isEnabled: Bool { display != nil }

    /// The amount of work completed so far.
    public var completed: Int { state.withLock { $0.completed } }

    /// Adds `count` to the completed amount and redraws if it is time.
    public func advance(by count: Int = 1) {
        guard let display else { return }
        state.withLock { state in
            state.completed += count
            drawIfDue(&state, display)
        }
    }

    /// Sets the completed amount and redraws if it is time.
    public func update(completed: Int) {
        guard let display else { return }
        state.withLock { state in
            state.completed = completed
            drawIfDue(&state, display)
        }
    }

    /// Erases the line if anything was drawn. Later calls do nothing. Called on deinit too.
    public func finish() {
        guard let display else { return }
        state.withLock { state in
            guard !state.isFinished else { return }
            state.isFinished = true
            if state.lastDrawn != nil { display.write("\r\u{1B}[K") }
        }
    }

    private func drawIfDue(_ state: inout State, _ display: ProgressFactory.Display) {
        guard !state.isFinished else { return }
        let now = display.now()
        guard now - state.started >= display.initialDelay else { return }
        if let last = state.lastDrawn, now - last < display.minimumInterval { return }
        state.lastDrawn = now
        let line = Self.line(
            label: label, completed: state.completed, total: total, unit: unit,
            elapsed: now - state.started)
        display.write("\r" + line + "\u{1B}[K")
    }

    /// The text of one progress line (without the carriage return and erase-to-end sequence):
    /// "Scoring: 45% (450000 of 1000000 rows, 12 s)" or, without a total, "Reading: 450000 rows (12 s)".
    static func line(label: String, completed: Int, total: Int?, unit: String, elapsed: Duration) -> String {
        let seconds = max(0, elapsed.components.seconds)
        guard let total else { return "\(label): \(completed) \(unit) (\(seconds) s)" }
        let percent = total == 0 ? 100 : min(100, max(0, completed * 100 / total))
        return "\(label): \(percent)% (\(completed) of \(total) \(unit), \(seconds) s)"
    }
}
