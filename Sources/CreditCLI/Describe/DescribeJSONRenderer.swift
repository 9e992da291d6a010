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
            ("schemaVersion", .integer(schemaVersion)),
            ("file", .string(profile.file)),
            ("rows", .integer(profile.rowCount)),
            ("columns", .integer(profile.columnCount)),
            ("skippedRows", .object([
                ("count", .integer(profile.skippedRowCount)),
                ("first", .array(profile.skippedRows.map(diagnostic))),
            ])),
            ("duplicateRows", duplicates(profile.duplicateRows)),
            ("duplicateIds", profile.duplicateIds.map(duplicates) ?? .null),
            ("target", profile.target.map(target) ?? .null),
        ]
        members.append(("profiles", .array(profile.columns.map(column))))
        return JSONValue.object(members).rendered()
    }

    private static func diagnostic(_ diagnostic: Diagnostic) -> JSONValue {
        .object([
            ("row", diagnostic.row.map { .integer($0) } ?? .null),
            ("column", .string(diagnostic.column)),
            ("value", .string(diagnostic.value)),
            ("message", .string(diagnostic.message)),
        ])
    }

    private static func duplicates(_ report: DuplicateReport) -> JSONValue {
        var members: [(String, JSONValue)] = []
        if let column = report.column {
            members.append(("column", .string(column)))
            members.append(("count", .integer(report.count)))
            members.append(("missing", .integer(report.missingCount)))
        } else {
            members.append(("count", .integer(report.count)))
        }
        members.append(("examples", .array(report.examples.map { pair in
            var example: [(String, JSONValue)] = []
            if report.column != nil { example.append(("id", .string(pair.value))) }
            example.append(("row", .integer(pair.row)))
            example.append(("duplicates", .integer(pair.firstRow)))
            return .object(example)
        })))
        return .object(members)
    }

    private static func target(_ target: TargetSummary) -> JSONValue {
        .object([
            ("column", .string(target.definition.column)),
            ("badValue", .string(target.badLabel)),
            ("goodValue", .string(target.goodLabel)),
            ("bad", .integer(target.badCount)),
            ("good", .integer(target.goodCount)),
            ("missing", .integer(target.missingCount)),
            ("invalid", .integer(target.invalidCount)),
            ("badRate", .number(target.badRate)),
            ("invalidRows", .array(target.invalidRows.map(diagnostic))),
        ])
    }

    private static func column(_ column: ColumnProfile) -> JSONValue {
        .object([
            ("name", .string(column.name)),
            ("kind", .string(column.kind.rawValue)),
            ("role", .string(column.role.rawValue)),
            ("rows", .integer(column.rowCount)),
            ("nonMissing", .integer(column.nonMissingCount)),
            ("missing", .integer(column.missingCount)),
            ("missingShare", .number(column.missingShare)),
            ("distinct", .integer(column.distinctCount)),
            ("numeric", column.numeric.map(numeric) ?? .null),
            ("topValues", column.categories.map(categories) ?? .null),
            ("badRates", column.badRates.map(badRates) ?? .null),
        ])
    }

    private static func numeric(_ summary: NumericSummary) -> JSONValue {
        .object([
            ("min", .number(summary.minimum)),
            ("max", .number(summary.maximum)),
            ("mean", .number(summary.mean)),
            ("std", .number(summary.standardDeviation)),
            ("quantiles", .object(summary.quantiles.map { (DescribeNames.quantileKey($0.probability), .number($0.value)) })),
            ("zeros", .integer(summary.zeroCount)),
        ])
    }

    private static func categories(_ summary: CategorySummary) -> JSONValue {
        .object([
            ("values", .array(summary.top.map { entry in
                .object([("value", .string(entry.value)), ("count", .integer(entry.count)), ("share", .number(entry.share))])
            })),
            ("otherValues", .integer(summary.otherValueCount)),
            ("otherRows", .integer(summary.otherRowCount)),
        ])
    }

    private static func badRates(_ table: BadRateTable) -> JSONValue {
        .object([
            ("informationValue", .number(table.informationValue)),
            ("strength", .string(table.strength?.rawValue)),
            ("groups", .array(table.rows.map { row in
                var members: [(String, JSONValue)] = []
                switch row.group {
                case .category(let value):
                    members = [("group", .string("category")), ("value", .string(value))]
                case .otherCategories(let count):
                    members = [("group", .string("other")), ("categories", .integer(count))]
                case .interval(let lower, let upper):
                    members = [("group", .string("interval")), ("lower", .number(lower)), ("upper", .number(upper))]
                case .missing:
                    members = [("group", .string("missing"))]
                }
                members += [
                    ("count", .integer(row.count)),
                    ("bad", .integer(row.badCount)),
                    ("good", .integer(row.goodCount)),
                    ("badRate", .number(row.badRate)),
                    ("woe", .number(row.weightOfEvidence)),
                    ("smoothed", .bool(row.isSmoothed)),
                ]
                return .object(members)
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
