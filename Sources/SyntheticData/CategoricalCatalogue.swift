/// The categorical features a synthetic portfolio draws from, in the order they are added.
///
/// Each has the levels in the order they are drawn and their probabilities (unequal, summing to
/// 1 exactly in decimal). The first eight are named like the attributes of a credit file; further
/// features are generic (`cat9`, `cat10`, ... with levels `a` to `d`).
enum CategoricalCatalogue {
    /// A feature's name, levels and level probabilities.
    struct Entry {
        let name: String
        let levels: [String]
        let probabilities: [Double]
    }

    static let named: [Entry] = [
        Entry(name: "region", levels: ["north", "south", "east", "west"], probabilities: [0.35, 0.30, 0.20, 0.15]),
        Entry(name: "segment", levels: ["retail", "sme", "corporate"], probabilities: [0.60, 0.30, 0.10]),
        Entry(
            name: "channel", levels: ["branch", "online", "broker", "partner"],
            probabilities: [0.45, 0.35, 0.15, 0.05]),
        Entry(
            name: "product", levels: ["loan", "card", "mortgage", "overdraft"], probabilities: [0.40, 0.30, 0.20, 0.10]),
        Entry(name: "housing", levels: ["rent", "own", "other"], probabilities: [0.45, 0.40, 0.15]),
        Entry(
            name: "employment", levels: ["employed", "self-employed", "retired", "unemployed", "student"],
            probabilities: [0.62, 0.18, 0.12, 0.05, 0.03]),
        Entry(
            name: "sector",
            levels: ["services", "manufacturing", "trade", "construction", "agriculture", "transport"],
            probabilities: [0.30, 0.22, 0.18, 0.15, 0.10, 0.05]),
        Entry(
            name: "collateral", levels: ["none", "property", "guarantee", "cash"],
            probabilities: [0.50, 0.30, 0.15, 0.05]),
    ]

    /// The `index`-th feature (0-based).
    static func entry(_ index: Int) -> Entry {
        precondition(index >= 0, "feature indices are non-negative")
        if index < named.count { return named[index] }
        return Entry(name: "cat\(index + 1)", levels: ["a", "b", "c", "d"], probabilities: [0.40, 0.30, 0.20, 0.10])
    }
}
