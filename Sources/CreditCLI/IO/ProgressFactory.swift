/// Makes ``Progress`` reporters for commands; the context holds one.
///
/// `standardError()` is enabled only when standard error is a terminal; `silent` never draws.
/// Tests give their own writer and clock to check what would be drawn.
public struct ProgressFactory: Sendable {
    /// Where and how often progress is drawn; nil when silent.
    struct Display: Sendable {
        let write: @Sendable (String) -> Void
        let now: @Sendable () -> Duration
        let minimumInterval: Duration
        let initialDelay: Duration
    }

    let display: Display?

    /// A factory whose reporters never draw.
    public static let silent = ProgressFactory(display: nil)

    /// Draws on file descriptor 2 when it is a terminal; silent otherwise.
    public static func standardError() -> ProgressFactory {
        guard systemIsTerminal(StandardDescriptor.error) else { return .silent }
        return ProgressFactory { text in
            var text = text
            text.withUTF8 { _ = systemWriteAll(StandardDescriptor.error, UnsafeRawBufferPointer($0)) }
        }
    }

    private init(display: Display?) {
        self.display = display
    }

    /// A factory drawing through `write`.
    /// - Parameters:
    ///   - write: receives each update (a carriage return, the line, an erase-to-end-of-line).
    ///   - now: a monotonic clock; the default is `ContinuousClock`.
    ///   - minimumInterval: the least time between two draws (0.1 s: at most 10 a second).
    ///   - initialDelay: nothing is drawn before the work has run this long.
    public init(
        write: @escaping @Sendable (String) -> Void,
        now: (@Sendable () -> Duration)? = nil,
        minimumInterval: Duration = .milliseconds(100),
        initialDelay: Duration = .seconds(2)
    ) {
        let origin = ContinuousClock.now
        self.display = Display(
            write: write, now: now ?? { ContinuousClock.now - origin },
            minimumInterval: minimumInterval, initialDelay: initialDelay)
    }

    /// Whether reporters from this factory can draw anything.
    public var isEnabled: Bool { display != nil }

    /// A reporter for work starting now.
    /// - Parameters:
    ///   - label: what is being done, e.g. "Scoring".
    ///   - total: the amount of work when known (shown as a percentage).
    ///   - unit: what is counted, e.g. "rows".
    public func start(_ label: String, total: Int? = nil, unit: String = "rows") -> Progress {
        Progress(label: label, total: total, unit: unit, display: display)
    }
}
