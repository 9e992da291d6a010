/// What scoring does with a categorical value the model did not see in training.
public enum UnseenLevelPolicy: String, Sendable, Hashable, CaseIterable {
    /// The row cannot be scored: it is reported and skipped (the default; CONVENTIONS.md).
    case error
    /// The row is scored as if it held the reference level (its dummies are all 0), and counted
    /// as a warning.
    case reference
}
