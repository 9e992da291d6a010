import Foundation
import Profiling
import Tabular

/// `credo describe --format csv`: one row per profiled column with its scalar statistics, for a
/// spreadsheet. The columns are always the same (empty where a statistic does not apply); numbers
/// shortest round-trip; RFC 4180 quoting.
enum DescribeCSVRenderer {
    static let header = [
        "column", "kind", "role", "rows", "non_missing", "missing", "missing_share", "distinct",
        "min", "max", "mean", "std",
    ] + ProfileOptions.quantileProbabilities.map { DescribeNames.quantileKey($0) } + [
        "zeros", "top_value", "top_count", "top_share", "other_values", "groups", "information_value", "strength",
    ]

    static func render(_ profile: DataProfile) -> String {
        var out = line(header)
        for column in profile.columns {
            var fields = [
                column.name, column.kind.rawValue, column.role.rawValue, String(column.rowCount),
                String(column.nonMissingCount), String(column.missingCount), formatShortest(column.missingShare),
                String(column.distinctCount),
            ]
            if let numeric = column.numeric {
                fields += [numeric.minimum, numeric.maximum, numeric.mean, numeric.standardDeviation].map(formatShortest)
                fields += numeric.quantiles.map { formatShortest($0.value) }
                fields.append(String(numeric.zeroCount))
            } else {
                fields += Array(repeating: "", count: 5 + ProfileOptions.quantileProbabilities.count)
            }
            if let top = column.categories?.top.first {
                fields += [top.value, String(top.count), formatShortest(top.share)]
            } else {
                fields += ["", "", ""]
            }
            fields.append(column.categories.map { String($0.otherValueCount) } ?? "")
            if let table = column.badRates {
                fields += [String(table.rows.count), formatShortest(table.informationValue), table.strength?.rawValue ?? ""]
            } else {
                fields += ["", "", ""]
            }
            out += line(fields)
        }
        return out
    }

    /// One CSV record: a field is quoted when it holds a comma, a quote, CR or LF, or has leading
    /// or trailing spaces; quotes inside are doubled (RFC 4180). Lines end with LF.
    static func line(_ fields: [String]) -> String {
        fields.map { field in
            let needsQuotes =
                field.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
                || field.hasPrefix(" ") || field.hasSuffix(" ")
            return needsQuotes ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }.joined(separator: ",") + "\n"
    }
}
