/// How the values of one column are held in memory.
///
/// - `numeric`: one `Double` per row; a missing value is NaN.
/// - `categorical`: dictionary-encoded; one `Int32` code per row (-1 = missing) into a list of
///   levels kept in order of first appearance. For features and targets with few distinct values.
/// - `text`: the raw `String` of every row (ids, pass-through columns). A text column never grows a
///   dictionary, so streaming ten million distinct ids keeps memory bounded.
public enum ColumnKind: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case numeric
    case categorical
    case text

    public var description: String { rawValue }
}
