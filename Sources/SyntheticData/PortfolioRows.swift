import Statistics

/// What the row drawer hands out, value by value, for one row after another.
protocol PortfolioRowVisitor {
    /// A row starts; `id` is 1-based.
    mutating func beginRow(id: Int)
    /// Numeric feature `index`, as rounded (`decimal`) and as read back (`value`).
    mutating func numeric(_ index: Int, decimal: RoundedDecimal, value: Double)
    /// Categorical feature `index` takes level `level` (an index into its sorted levels).
    mutating func categorical(_ index: Int, level: Int)
    /// The row ends with its true probability of default and the drawn target.
    mutating func endRow(probability: Double, isDefault: Bool)
}

extension SyntheticPortfolio {
    /// The random stream of each block in turn: block `b` gets `SeededGenerator(seed).split(stream: b)`,
    /// reached by one jump from the previous block's.
    struct BlockStreams {
        private var cursor: SeededGenerator
        private(set) var nextBlock = 0

        init(seed: UInt64) {
            cursor = SeededGenerator(seed: seed)
        }

        /// The stream of block `nextBlock`, which then advances.
        mutating func next() -> SeededGenerator {
            cursor.jump()
            nextBlock += 1
            return cursor
        }
    }

    /// The rows of block `block` (0-based), drawn from `stream` and handed to `visitor`.
    /// - Returns: the number of rows.
    @discardableResult
    func drawBlock<Visitor: PortfolioRowVisitor>(
        _ block: Int, stream: SeededGenerator, into visitor: inout Visitor
    ) -> Int {
        precondition(block >= 0 && block < blockCount, "block \(block) is outside 0..<\(blockCount)")
        var generator = stream
        let first = block * Self.rowsPerBlock
        let count = min(Self.rowsPerBlock, options.rows - first)
        let digits = options.significantDigits
        let intercept = options.intercept
        let numeric = numericFeatures
        let categorical = categoricalFeatures
        let cumulative = cumulativeProbabilities
        let innovationScales = numeric.map { (1 - $0.autocorrelation * $0.autocorrelation).squareRoot() }
        for row in 0..<count {
            visitor.beginRow(id: first + row + 1)
            var eta = intercept
            var previous = 0.0
            for j in numeric.indices {
                let z = generator.nextNormal()
                let latent = j % 5 == 0 ? z : numeric[j].autocorrelation * previous + innovationScales[j] * z
                previous = latent
                let decimal = RoundedDecimal(rounding: latent, significantDigits: digits)
                let value = decimal.value
                eta += numeric[j].coefficient * value
                visitor.numeric(j, decimal: decimal, value: value)
            }
            for c in categorical.indices {
                let u = generator.nextUniform()
                let bounds = cumulative[c]
                var position = 0
                while position < bounds.count - 1 && u >= bounds[position] { position += 1 }
                let level = categorical[c].drawOrder[position]
                eta += categorical[c].coefficients[level]
                visitor.categorical(c, level: level)
            }
            let probability = logistic(eta)
            visitor.endRow(probability: probability, isDefault: generator.nextUniform() < probability)
        }
        return count
    }

    /// For each categorical feature, the cumulative probabilities in draw order.
    private var cumulativeProbabilities: [[Double]] {
        categoricalFeatures.map { feature in
            var total = 0.0
            return feature.drawOrder.map { level in
                total += feature.probabilities[level]
                return total
            }
        }
    }
}
