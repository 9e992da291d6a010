/// Which columns to read, and the kinds of those whose kind should not be inferred.
///
/// ```swift
/// ColumnRequest(columns: ["id", "income", "region"], kinds: ["id": .text])
/// ```
public struct ColumnRequest: Sendable, Hashable {
    /// The columns to read, in the order the dataset should hold them; `nil` reads every column
    /// in file order.
    public var columns: [String]?
    /// Explicit kinds; they win over inference. Every name must exist in the file.
    public var kinds: [String: ColumnKind]

    /// A request for `columns` (nil: all) with `kinds` forced.
    public init(columns: [String]? = nil, kinds: [String: ColumnKind] = [:]) {
        self.columns = columns
        self.kinds = kinds
    }

    /// Every column, kinds inferred.
    public static let all = ColumnRequest()
}
