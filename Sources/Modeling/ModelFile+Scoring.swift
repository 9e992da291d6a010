import Tabular

extension ModelFile {
    /// The encoder of this model's features (the one training used).
    public var designEncoder: DesignEncoder { DesignEncoder(features: features, missingTokens: missingTokens) }

    /// The column kinds to read data for this model with (`ColumnRequest(columns:kinds:)`): numeric
    /// features as numeric, categorical ones as categorical.
    public var featureKinds: [String: ColumnKind] { designEncoder.columnKinds }
}
