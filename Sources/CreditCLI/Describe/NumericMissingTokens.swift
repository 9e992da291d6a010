import Tabular

/// Missing-value tokens that are numbers (`-999`, `99999`), applied to numeric columns.
///
/// Tabular's numeric fast path reads a field that is a number as that number before it looks at
/// the missing tokens, so a numeric token such as `-999` arrives as a value. A data profile must
/// count it as missing, so `credo describe` replaces, in every numeric column, each value equal
/// to a numeric token by NaN (comparing numbers: `-999.0` matches `-999`).
enum NumericMissingTokens {
    /// The tokens that parse as numbers.
    static func numbers(in tokens: Set<String>) -> Set<Double> {
        Set(tokens.compactMap { token in
            if case .number(let value) = parseNumber(token) { return value }
            return nil
        })
    }

    /// `dataset` with every numeric value in `numbers` made missing; the dataset itself when no
    /// value matches.
    static func applying(_ numbers: Set<Double>, to dataset: Dataset) -> Dataset {
        guard !numbers.isEmpty else { return dataset }
        var changed = false
        let columns: [Column] = dataset.columns.map { column in
            guard case .numeric(let numeric) = column, numeric.values.contains(where: numbers.contains) else {
                return column
            }
            changed = true
            return .numeric(NumericColumn(name: numeric.name, values: numeric.values.map { numbers.contains($0) ? .nan : $0 }))
        }
        return changed ? Dataset(file: dataset.file, columns: columns, rowNumbers: dataset.rowNumbers) : dataset
    }
}
