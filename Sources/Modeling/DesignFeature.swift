/// How one feature (a data column) enters a model's design matrix.
///
/// - `numeric`: one design column, named like the feature, holding the value.
/// - `categorical`: dummy (treatment) coding against a reference level: one 0/1 column per level
///   other than the reference, in `levels` order, named `feature=level`; a row's column is 1 when
///   its value equals that level. The reference level gets no column: its effect is in the
///   intercept.
///
/// In a model file: `{"name": "age", "type": "numeric"}` or
/// `{"name": "housing", "type": "categorical", "levels": ["A151", "A152", "A153"], "reference": "A151"}`.
public struct DesignFeature: Equatable, Hashable, Sendable, Codable {
    /// How the feature's values become design columns.
    public enum Encoding: Equatable, Hashable, Sendable {
        /// The value itself.
        case numeric
        /// Dummies for every level but `reference`; `levels` are the training levels in byte order.
        case categorical(levels: [String], reference: String)
    }

    /// The data column.
    public let name: String
    /// How it is encoded.
    public let encoding: Encoding

    /// A numeric feature.
    public static func numeric(_ name: String) -> DesignFeature {
        DesignFeature(name: name, encoding: .numeric)
    }

    /// A categorical feature with dummies for every level of `levels` but `reference`.
    /// - Precondition: the levels are distinct and hold `reference`.
    public static func categorical(_ name: String, levels: [String], reference: String) -> DesignFeature {
        precondition(Set(levels).count == levels.count, "DesignFeature: levels of '\(name)' are not distinct")
        precondition(levels.contains(reference), "DesignFeature: reference '\(reference)' is not a level of '\(name)'")
        return DesignFeature(name: name, encoding: .categorical(levels: levels, reference: reference))
    }

    private init(name: String, encoding: Encoding) {
        self.name = name
        self.encoding = encoding
    }

    /// The levels that get a dummy column, in design order (empty for a numeric feature).
    public var dummyLevels: [String] {
        guard case .categorical(let levels, let reference) = encoding else { return [] }
        return levels.filter { $0 != reference }
    }

    /// The names of this feature's design columns: `[name]`, or `name=level` per dummy level.
    public var designColumnNames: [String] {
        switch encoding {
        case .numeric: [name]
        case .categorical: dummyLevels.map { Self.dummyName(feature: name, level: $0) }
        }
    }

    /// The name of the dummy column of `level`: `feature=level`.
    public static func dummyName(feature: String, level: String) -> String { "\(feature)=\(level)" }

    /// Whether the feature is categorical.
    public var isCategorical: Bool {
        if case .categorical = encoding { true } else { false }
    }

    // MARK: Codable

    private enum CodingKeys: String, CodingKey {
        case name, type, levels, reference
    }

    private enum Kind: String, Codable {
        case numeric, categorical
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        switch try container.decode(Kind.self, forKey: .type) {
        case .numeric:
            encoding = .numeric
        case .categorical:
            let levels = try container.decode([String].self, forKey: .levels)
            let reference = try container.decode(String.self, forKey: .reference)
            guard Set(levels).count == levels.count else {
                throw DecodingError.dataCorruptedError(
                    forKey: .levels, in: container, debugDescription: "the levels are not distinct")
            }
            guard levels.contains(reference) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .reference, in: container, debugDescription: "'\(reference)' is not one of the levels")
            }
            encoding = .categorical(levels: levels, reference: reference)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        switch encoding {
        case .numeric:
            try container.encode(Kind.numeric, forKey: .type)
        case .categorical(let levels, let reference):
            try container.encode(Kind.categorical, forKey: .type)
            try container.encode(levels, forKey: .levels)
            try container.encode(reference, forKey: .reference)
        }
    }

    /// The feature as it appears in a model file.
    public var jsonValue: JSONValue {
        var members = [JSONValue.Member("name", .string(name))]
        switch encoding {
        case .numeric:
            members.append(JSONValue.Member("type", .string("numeric")))
        case .categorical(let levels, let reference):
            members.append(JSONValue.Member("type", .string("categorical")))
            members.append(JSONValue.Member("levels", .strings(levels)))
            members.append(JSONValue.Member("reference", .string(reference)))
        }
        return .object(members)
    }
}

extension String {
    /// Whether `self` sorts before `other` in UTF-8 byte order (Unicode scalar order), the order
    /// of categorical levels in a model: independent of locale and of Unicode normalization.
    public func precedesInByteOrder(_ other: String) -> Bool {
        utf8.lexicographicallyPrecedes(other.utf8)
    }
}
