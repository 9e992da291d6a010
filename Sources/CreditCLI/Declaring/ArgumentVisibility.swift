/// Whether help shows an option.
public enum ArgumentVisibility: Sendable, Equatable {
    /// Listed in USAGE and OPTIONS.
    case `default`
    /// Parsed as usual but left out of help and of suggestions (benchmarks, internal switches).
    case hidden
}
