import Tabular

/// The columns a training run uses, resolved from the command line against the data file's
/// header: the target, the weight, the id (never a feature) and the features in design order.
///
/// Default features: every column but the target, the weight, the id and the `--exclude`d ones,
/// in file order. A name that is not in the header is a data error (`UnknownColumnError`, exit 65,
/// with the closest name); a name given a role it cannot have (the target as a feature, a
/// `--categorical` column that is not a feature, a feature twice) is a usage error (exit 64).
struct TrainingColumns: Equatable {
    var target: String
    var weight: String?
    var id: String?
    /// In design order.
    var features: [String]
    /// Forced categorical, in the order given, without repeats.
    var categorical: [String]
    /// Feature -> reference level.
    var references: [String: String]
    /// As given, without repeats.
    var exclude: [String]

    /// Resolves the options against `header` (the file's column names).
    static func resolve(
        header: [String], file: String, target: String, weight: String?, id: String?, features: [String],
        exclude: [String], categorical: [String], references: [String]
    ) throws -> TrainingColumns {
        func check(_ name: String, _ option: String) throws {
            guard header.contains(name) else {
                throw UnknownColumnError(
                    file: file, option: option, column: name, suggestion: closestName(to: name, among: header),
                    available: header)
            }
        }
        try check(target, "--target")
        if let weight { try check(weight, "--weight") }
        if let id { try check(id, "--id") }
        for name in features { try check(name, "--features") }
        for name in exclude { try check(name, "--exclude") }
        for name in categorical { try check(name, "--categorical") }
        var referenceLevels: [String: String] = [:]
        for item in references {
            guard let equals = item.firstIndex(of: "="), equals != item.startIndex else {
                throw ValidationError("--reference '\(item)' is not feature=level")
            }
            let feature = String(item[..<equals])
            try check(feature, "--reference")
            guard referenceLevels.updateValue(String(item[item.index(after: equals)...]), forKey: feature) == nil else {
                throw ValidationError("--reference names '\(feature)' more than once")
            }
        }

        let roles = [("--target", target), ("--weight", weight), ("--id", id)].compactMap { role, name in
            name.map { (role, $0) }
        }
        for (index, (role, name)) in roles.enumerated() {
            if let other = roles[..<index].first(where: { $0.1 == name }) {
                throw ValidationError("'\(name)' is given to both \(other.0) and \(role)")
            }
        }
        let resolved: [String]
        if features.isEmpty {
            let left = Set(roles.map(\.1)).union(exclude)
            resolved = header.filter { !left.contains($0) }
        } else {
            var seen = Set<String>()
            for name in features {
                guard seen.insert(name).inserted else { throw ValidationError("--features names '\(name)' twice") }
                if let role = roles.first(where: { $0.1 == name }) {
                    throw ValidationError("'\(name)' is the \(role.0.dropFirst(2)) column; it cannot be a feature")
                }
            }
            resolved = features
        }
        let featureSet = Set(resolved)
        for name in categorical where !featureSet.contains(name) {
            throw ValidationError("--categorical '\(name)' is not a feature")
        }
        for feature in referenceLevels.keys.sorted() where !featureSet.contains(feature) {
            throw ValidationError("--reference '\(feature)' is not a feature")
        }
        return TrainingColumns(
            target: target, weight: weight, id: id, features: resolved, categorical: unique(categorical),
            references: referenceLevels, exclude: unique(exclude))
    }

    /// The columns to read (target, weight, features) and the kinds to force.
    var request: ColumnRequest {
        var kinds: [String: ColumnKind] = [:]
        for name in categorical { kinds[name] = .categorical }
        if let weight { kinds[weight] = .numeric }
        return ColumnRequest(columns: [target] + (weight.map { [$0] } ?? []) + features, kinds: kinds)
    }

    private static func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}
