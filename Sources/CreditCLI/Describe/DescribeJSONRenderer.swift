import Profiling
import Tabular

/// `credo describe --format json`: the whole profile as one JSON object, keys in a fixed order,
/// every number shortest round-trip (NaN, and the unbounded ends of intervals, as null).
enum DescribeJSONRenderer {
    static let format = "credo-describe"
    static let schemaVersion = 1

    static func render(_ profile: DataProfile) -> String {
        var members: [(String, JSONValue)] = [
            ("format", .string(format)),
            ("schemaVersion", .number(schemaVersion)),
            ("file", .string(profile.file)),
            ("rows", .number(profile.rowCount)),
            ("columns", .number(profile.columnCount)),
            ("skippedRows", .object(pairs: [
                ("count", .number(profile.skippedRowCount)),
                ("first", .array(profile.skippedRows.map(diagnostic))),
            ])),
            ("duplicateRows", duplicates(profile.duplicateRows)),
            ("duplicateIds", profile.duplicateIds.map(duplicates) ?? .null),
            ("target", profile.target.map(target) ?? .null),
        ]
        members.append(("profiles", .array(profile.columns.map(column))))
        return JSONValue.object(pairs: members).rendered()
    }

    private static func diagnostic(_ diagnostic: Diagnostic) -> JSONValue {
        .object(pairs: [
            ("row", diagnostic.row.map { .number($0) } ?? .null),
            ("column", .string(orNull: diagnostic.column)),
            ("value", .string(orNull: diagnostic.value)),
            ("message", .string(diagnostic.message)),
        ])
    }

    private static func duplicates(_ report: DuplicateReport) -> JSONValue {
        var members: [(String, JSONValue)] = []
        if let column = report.column {
            members.append(("column", .string(column)))
            members.append(("count", .number(report.count)))
            members.append(("missing", .number(report.missingCount)))
        } else {
            members.append(("count", .number(report.count)))
        }
        members.append(("examples", .array(report.examples.map { pair in
            var example: [(String, JSONValue)] = []
            if report.column != nil { example.append(("id", .string(orNull: pair.value))) }
            example.append(("row", .number(pair.row)))
            example.append(("duplicates", .number(pair.firstRow)))
            return .object(pairs: example)
        })))
        return .object(pairs: members)
    }

    private static func target(_ target: TargetSummary) -> JSONValue {
        .object(pairs: [
            ("column", .string(target.definition.column)),
            ("badValue", .string(target.badLabel)),
            ("goodValue", .string(orNull: target.goodLabel)),
            ("bad", .number(target.badCount)),
            ("good", .number(target.goodCount)),
            ("missing", .number(target.missingCount)),
            ("invalid", .number(target.invalidCount)),
            ("badRate", .numberOrNull(target.badRate)),
            ("invalidRows", .array(target.invalidRows.map(diagnostic))),
        ])
    }

    private static func column(_ column: ColumnProfile) -> JSONValue {
        .object(pairs: [
            ("name", .string(column.name)),
            ("kind", .string(column.kind.rawValue)),
            ("role", .string(column.role.rawValue)),
            ("rows", .number(column.rowCount)),
            ("nonMissing", .number(column.nonMissingCount)),
            ("missing", .number(column.missingCount)),
            ("missingShare", .numberOrNull(column.missingShare)),
            ("distinct", .number(column.distinctCount)),
            ("numeric", column.numeric.map(numeric) ?? .null),
            ("topValues", column.categories.map(categories) ?? .null),
            ("badRates", column.badRates.map(badRates) ?? .null),
        ])
    }

    private static func numeric(_ summary: NumericSummary) -> JSONValue {
        .object(pairs: [
            ("min", .numberOrNull(summary.minimum)),
            ("max", .numberOrNull(summary.maximum)),
            ("mean", .numberOrNull(summary.mean)),
            ("std", .numberOrNull(summary.standardDeviation)),
            ("quantiles", .object(pairs: summary.quantiles.map { (DescribeNames.quantileKey($0.probability), .numberOrNull($0.value)) })),
            ("zeros", .number(summary.zeroCount)),
        ])
    }

    private static func categories(_ summary: CategorySummary) -> JSONValue {
        .object(pairs: [
            ("values", .array(summary.top.map { entry in
                .object(pairs: [("value", .string(entry.value)), ("count", .number(entry.count)), ("share", .numberOrNull(entry.share))])
            })),
            ("otherValues", .number(summary.otherValueCount)),
            ("otherRows", .number(summary.otherRowCount)),
        ])
    }

    private static func badRates(_ table: BadRateTable) -> JSONValue {
        .object(pairs: [
            ("informationValue", .numberOrNull(table.informationValue)),
            ("strength", .string(orNull: table.strength?.rawValue)),
            ("groups", .array(table.rows.map { row in
                var members: [(String, JSONValue)] = []
                switch row.group {
                case .category(let value):
                    members = [("group", .string("category")), ("value", .string(value))]
                case .otherCategories(let count):
                    members = [("group", .string("other")), ("categories", .number(count))]
                case .interval(let lower, let upper):
                    members = [("group", .string("interval")), ("lower", .numberOrNull(lower)), ("upper", .numberOrNull(upper))]
                case .missing:
                    members = [("group", .string("missing"))]
                }
                members += [
                    ("count", .number(row.count)),
                    ("bad", .number(row.badCount)),
                    ("good", .number(row.goodCount)),
                    ("badRate", .numberOrNull(row.badRate)),
                    ("woe", .numberOrNull(row.weightOfEvidence)),
                    ("smoothed", .bool(row.isSmoothed)),
                ]
                return .object(pairs: members)
            })),
        ])
    }
}

/// Names shared by the renderers.
enum DescribeNames {
    /// `p1`, `p5`, `p50` ... for a probability.
    static func quantileKey(_ p: Double) -> String {
        let percent = (p * 100 * 1e9).rounded() / 1e9  // 0.07 * 100 is 7.000000000000001
        return percent == percent.rounded() ? "p\(Int(percent))" : "p\(formatShortest(percent))"
    }
}
