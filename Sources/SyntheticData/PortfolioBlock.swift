import Statistics

/// A block of rows of a synthetic portfolio, column by column, with each row's true probability.
public struct PortfolioBlock: Sendable, Hashable {
    /// The id of the first row (ids are 1-based and consecutive).
    public let firstID: Int
    /// For each numeric feature, the values exactly as the file holds them (rounded).
    public let numeric: [[Double]]
    /// For each categorical feature, the level of each row as an index into the feature's
    /// (sorted) `levels`.
    public let categorical: [[Int]]
    /// The true probability of default of each row, `logistic(eta)`.
    public let probabilities: [Double]
    /// The drawn target of each row: 1 = default.
    public let defaults: [Int]

    /// The number of rows.
    public var rowCount: Int { probabilities.count }
}

extension SyntheticPortfolio {
    /// Block `index` (0-based; rows `index * rowsPerBlock + 1 ...` by id).
    /// - Complexity: O(index) jumps of the generator to reach its stream, then O(rows x features).
    public func block(_ index: Int) -> PortfolioBlock {
        var streams = BlockStreams(seed: options.seed)
        for _ in 0..<index { _ = streams.next() }
        return block(index, stream: streams.next())
    }

    /// Every block, in order (each stream reached by one jump from the last).
    public func blocks() -> some Sequence<PortfolioBlock> {
        var streams = BlockStreams(seed: options.seed)
        return (0..<blockCount).lazy.map { index in block(index, stream: streams.next()) }
    }

    func block(_ index: Int, stream: SeededGenerator) -> PortfolioBlock {
        var collector = BlockCollector(numeric: numericFeatures.count, categorical: categoricalFeatures.count)
        drawBlock(index, stream: stream, into: &collector)
        return PortfolioBlock(
            firstID: index * Self.rowsPerBlock + 1, numeric: collector.numeric, categorical: collector.categorical,
            probabilities: collector.probabilities, defaults: collector.defaults)
    }
}

/// Collects drawn rows column by column.
private struct BlockCollector: PortfolioRowVisitor {
    var numeric: [[Double]]
    var categorical: [[Int]]
    var probabilities: [Double] = []
    var defaults: [Int] = []

    init(numeric: Int, categorical: Int) {
        self.numeric = Array(repeating: [], count: numeric)
        self.categorical = Array(repeating: [], count: categorical)
    }

    mutating func beginRow(id: Int) {}

    mutating func numeric(_ index: Int, decimal: RoundedDecimal, value: Double) {
        numeric[index].append(value)
    }

    mutating func categorical(_ index: Int, level: Int) {
        categorical[index].append(level)
    }

    mutating func endRow(probability: Double, isDefault: Bool) {
        probabilities.append(probability)
        defaults.append(isDefault ? 1 : 0)
    }
}
