import LinearAlgebra

/// The checks of a logistic fit's inputs that come before any estimation.
enum DataChecks {
    /// Targets 0/1, weights finite and `>= 0`, offsets finite, some positive weight, both classes.
    static func checkRows(_ data: LogisticData) throws(ModelingError) {
        var events = 0.0
        var total = 0.0
        for i in 0..<data.rows {
            let y = data.target[i]
            guard y == 0 || y == 1 else { throw .invalidTarget(row: i, value: y) }
            let f = data.weights?[i] ?? 1
            guard f.isFinite, f >= 0 else { throw .invalidWeight(row: i, value: f) }
            if let o = data.offset?[i], !o.isFinite { throw .nonFiniteOffset(row: i, value: o) }
            events += f * y
            total += f
        }
        guard total > 0 else { throw .noObservations }
        if events == 0 { throw .singleClass(value: 0, count: total) }
        if events == total { throw .singleClass(value: 1, count: total) }
    }

    /// The intercept (the first column that is 1 on every row), after checking that no other
    /// column is constant.
    ///
    /// A column is scanned only until its first value that differs from its first row, so this
    /// reads little more than the intercept column.
    static func interceptAndConstantColumns(
        _ design: Matrix, names: [String]
    ) throws(ModelingError) -> Int? {
        let n = design.rows
        var intercept: Int? = nil
        for j in 0..<design.columns {
            let constant: Double? = design.storage.withUnsafeBufferPointer { x in
                let column = x.baseAddress! + j * n
                let first = column[0]
                for i in 1..<max(n, 1) where column[i] != first { return nil }
                return first
            }
            guard let value = constant else { continue }
            // checkRows ran first: n >= 2, so a constant column is really constant
            if value == 1 && intercept == nil {
                intercept = j
            } else {
                throw .constantColumn(column: names[j], value: value)
            }
        }
        return intercept
    }

    /// The first NaN or infinite entry of the design (lowest row, then lowest column).
    static func firstNonFiniteEntry(_ design: Matrix, names: [String]) -> ModelingError {
        let n = design.rows
        var best: (row: Int, column: Int, value: Double)? = nil
        design.storage.withUnsafeBufferPointer { x in
            for j in 0..<design.columns {
                let column = x.baseAddress! + j * n
                let limit = best?.row ?? n
                for i in 0..<limit where !column[i].isFinite {
                    best = (i, j, column[i])
                    break
                }
            }
        }
        guard let best else { return largestEntry(design, names: names) }
        return .nonFiniteValue(row: best.row, column: names[best.column], value: best.value)
    }

    /// The entry of largest magnitude: the culprit when a finite design overflows when squared.
    static func largestEntry(_ design: Matrix, names: [String]) -> ModelingError {
        var best = (row: 0, column: 0, value: 0.0)
        for j in 0..<design.columns {
            for i in 0..<design.rows where abs(design[i, j]) > abs(best.value) {
                best = (i, j, design[i, j])
            }
        }
        return .extremeValue(row: best.row, column: names[best.column], value: best.value)
    }
}
