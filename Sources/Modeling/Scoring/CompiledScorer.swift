import Tabular

/// A model file compiled for scoring: which data columns to read and how, the numeric
/// coefficients, and for each categorical feature a table from level text to its effect.
///
/// Scoring a row (`model-file-spec`):
/// ```
/// eta = b_const + sum over features f in design order of  term_f
///       term_f = b_f * x_f                 numeric feature
///       term_f = b_(f=level)  or 0         categorical feature (0 for the reference level)
/// PD  = logistic(eta)                      (Statistics.logistic: no overflow for any eta)
/// ```
/// The terms are added in design order, one feature at a time, to the running sum that starts at
/// the intercept. This is exactly the sum over every design column in design order, because a
/// dummy that is 0 adds `b * 0 = ±0`, which leaves a sum unchanged. Each row's arithmetic is the
/// same whatever chunk it is scored in, so a row gets the same bits alone or in any batch.
///
/// The compiled form is immutable and `Sendable`; the per-stream state (which reader codes map to
/// which effects) lives in a `ChunkScorer`.
public struct CompiledScorer: Sendable {
    /// A data column the model reads, and the kind it must be read as.
    public struct Input: Sendable, Hashable {
        public let name: String
        public let kind: ColumnKind
    }

    /// One feature's term.
    enum Term: Sendable {
        /// `coefficient * value`.
        case numeric(coefficient: Double)
        /// The effect of each training level (0 for the reference), by level text.
        case categorical(effects: [String: Double], levels: [String], reference: String)
    }

    /// The model's features as data columns, in design order.
    public let inputs: [Input]
    /// The intercept (`const`), or 0 for a model without one.
    public let intercept: Double
    /// One term per input, same order.
    let terms: [Term]
    /// What to do with levels not seen in training.
    public let unseenLevels: DesignEncoder.UnseenLevelPolicy

    /// Compiles `model`.
    /// - Precondition: the model is consistent (coefficients named and ordered as the design
    ///   columns of its features), as `ModelFile.load` guarantees.
    public init(model: ModelFile, unseenLevels: DesignEncoder.UnseenLevelPolicy = .error) {
        precondition(
            model.coefficients.map(\.name) == ModelFile.designColumns(of: model.features),
            "CompiledScorer: the model's coefficients are not its design columns")
        self.init(features: model.features, coefficients: model.estimates, unseenLevels: unseenLevels)
    }

    /// Compiles the model with `features` and one coefficient per design column
    /// (`ModelFile.designColumns(of: features)`: `const` first, then each feature's columns).
    /// - Precondition: `coefficients.count` is the number of design columns.
    init(features: [DesignFeature], coefficients: [Double], unseenLevels: DesignEncoder.UnseenLevelPolicy = .error) {
        let designColumns = ModelFile.designColumns(of: features)
        precondition(coefficients.count == designColumns.count, "CompiledScorer: one coefficient per design column")
        var estimateByName: [String: Double] = [:]
        for (name, estimate) in zip(designColumns, coefficients) { estimateByName[name] = estimate }
        intercept = estimateByName[ModelFile.interceptName] ?? 0
        var inputs: [Input] = []
        var terms: [Term] = []
        for feature in features {
            switch feature.encoding {
            case .numeric:
                inputs.append(Input(name: feature.name, kind: .numeric))
                terms.append(.numeric(coefficient: estimateByName[feature.name]!))
            case .categorical(let levels, let reference):
                var effects: [String: Double] = [:]
                for level in levels {
                    effects[level] =
                        level == reference
                        ? 0 : estimateByName[DesignFeature.dummyName(feature: feature.name, level: level)]!
                }
                inputs.append(Input(name: feature.name, kind: .categorical))
                terms.append(.categorical(effects: effects, levels: levels, reference: reference))
            }
        }
        self.inputs = inputs
        self.terms = terms
        self.unseenLevels = unseenLevels
    }

    /// The linear predictor of one row given as text values by feature name (a reference
    /// implementation for tests and single-row use; batches go through `ChunkScorer`).
    /// - Returns: nil when a feature is missing, not a number, or holds an unseen level under
    ///   `.error`.
    public func linearPredictor(values: [String: String], missingTokens: Set<String> = CSVOptions().missingTokens)
        -> Double?
    {
        var eta = intercept
        for (input, term) in zip(inputs, terms) {
            guard let text = values[input.name], !missingTokens.contains(text) else { return nil }
            switch term {
            case .numeric(let coefficient):
                guard case .number(let x) = parseNumber(text) else { return nil }
                eta += coefficient * x
            case .categorical(let effects, _, _):
                // An unseen level under `.reference` adds 0, as the reference level does.
                guard let effect = effects[text] ?? (unseenLevels == .reference ? 0 : nil) else { return nil }
                eta += effect
            }
        }
        return eta
    }
}
