import Profiling
import Tabular

/// `credo describe` (text): a report for people — a header block with the overall facts, the
/// columns ranked by information value when there is a target, then one section per column with
/// aligned tables. Meant to be pasted into a data-quality memo; use json or csv for machines.
enum DescribeTextRenderer {
    /// Values and names wider than this are cut with `...`.
    static let valueWidth = 40

    static func render(_ profile: DataProfile) -> String {
        var lines: [String] = []
        lines.append("Data profile: \(profile.file)")
        lines.append("")
        lines += header(profile)
        if profile.target != nil { lines += ranking(profile) }
        for column in profile.columns {
            lines.append("")
            lines += section(column, hasTarget: profile.target != nil)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func header(_ profile: DataProfile) -> [String] {
        let kinds = ColumnKind.allCases.map { kind in
            "\(profile.columns.filter { $0.kind == kind }.count) \(kind.rawValue)"
        }.joined(separator: ", ")
        var rows: [[String]] = [
            ["rows", String(profile.rowCount)],
            ["columns", "\(profile.columnCount) (profiled: \(kinds))"],
            ["rows skipped as bad", String(profile.skippedRowCount)],
            ["duplicate rows", String(profile.duplicateRows.count)],
        ]
        if let ids = profile.duplicateIds {
            rows.append(["duplicate ids", "\(ids.count) (column '\(ids.column ?? "")'; \(ids.missingCount) rows without an id)"])
        }
        if let target = profile.target {
            let good = target.goodLabel.map { ", good = '\($0)'" } ?? ""
            rows.append(["target", "\(target.definition.column) (bad = '\(target.badLabel)'\(good))"])
            rows.append(["bad", String(target.badCount)])
            rows.append(["good", String(target.goodCount)])
            rows.append(["bad rate", TextLayout.percent(target.badRate)])
            rows.append(["target missing", String(target.missingCount)])
            rows.append(["target invalid", String(target.invalidCount)])
        }
        var lines = TextLayout.table(rows, rightAligned: [], indent: 2)
        lines += notes("skipped rows", profile.skippedRows.map(\.description), total: profile.skippedRowCount)
        lines += notes(
            "duplicate rows",
            profile.duplicateRows.examples.map { "row \($0.row) duplicates row \($0.firstRow)" },
            total: profile.duplicateRows.count)
        if let ids = profile.duplicateIds {
            lines += notes(
                "duplicate ids",
                ids.examples.map { "row \($0.row): id '\(TextLayout.clipped($0.value ?? "", to: valueWidth))' repeats row \($0.firstRow)" },
                total: ids.count)
        }
        if let target = profile.target {
            lines += notes("invalid target values", target.invalidRows.map(\.description), total: target.invalidCount)
        }
        return lines
    }

    /// A titled list of the first few items, with how many more there are.
    private static func notes(_ title: String, _ items: [String], total: Int) -> [String] {
        guard !items.isEmpty else { return [] }
        var lines = ["", "  \(title) (first \(items.count) of \(total)):"]
        lines += items.map { "    \($0)" }
        return lines
    }

    private static func ranking(_ profile: DataProfile) -> [String] {
        let ranked = profile.columns.filter { $0.badRates != nil }.sorted { a, b in
            let (x, y) = (a.badRates!.informationValue, b.badRates!.informationValue)
            if x.isNaN != y.isNaN { return y.isNaN }
            return x != y && !x.isNaN ? x > y : a.name.utf8.lexicographicallyPrecedes(b.name.utf8)
        }
        guard !ranked.isEmpty else { return [] }
        var rows = [["column", "kind", "groups", "IV", "strength"]]
        for column in ranked {
            let table = column.badRates!
            rows.append([
                TextLayout.clipped(column.name, to: valueWidth), column.kind.rawValue, String(table.rows.count),
                TextLayout.fixed4(table.informationValue), table.strength?.rawValue ?? "-",
            ])
        }
        return ["", "Information value (< 0.02 useless, 0.02-0.1 weak, 0.1-0.3 medium, > 0.3 strong)"]
            + TextLayout.table(rows, rightAligned: [2, 3], indent: 2)
    }

    private static func section(_ column: ColumnProfile, hasTarget: Bool) -> [String] {
        let role = column.role == .id ? ", id" : ""
        var lines = ["\(column.name) (\(column.kind.rawValue)\(role))"]
        var facts = [
            "rows \(column.rowCount)", "missing \(column.missingCount) (\(TextLayout.percent(column.missingShare)))",
            "distinct \(column.distinctCount)",
        ]
        if let numeric = column.numeric { facts.append("zeros \(numeric.zeroCount)") }
        lines.append("  " + facts.joined(separator: "   "))
        if let numeric = column.numeric {
            lines.append("  " + [
                "min \(TextLayout.number(numeric.minimum))", "max \(TextLayout.number(numeric.maximum))",
                "mean \(TextLayout.number(numeric.mean))", "std \(TextLayout.number(numeric.standardDeviation))",
            ].joined(separator: "   "))
            lines.append("  " + numeric.quantiles.map {
                "\(DescribeNames.quantileKey($0.probability)) \(TextLayout.number($0.value))"
            }.joined(separator: "   "))
        }
        if let table = column.badRates {
            lines.append("")
            lines += badRateTable(table, categories: column.categories, rowCount: column.rowCount)
        } else if let categories = column.categories, !categories.top.isEmpty {
            lines.append("")
            var rows = [["value", "count", "share"]]
            for entry in categories.top {
                rows.append([TextLayout.clipped(entry.value, to: valueWidth), String(entry.count), TextLayout.percent(entry.share)])
            }
            if categories.otherValueCount > 0 {
                rows.append([
                    "(\(categories.otherValueCount) other values)", String(categories.otherRowCount),
                    TextLayout.percent(Double(categories.otherRowCount) / Double(column.rowCount)),
                ])
            }
            if column.missingCount > 0 {
                rows.append(["(missing)", String(column.missingCount), TextLayout.percent(column.missingShare)])
            }
            lines += TextLayout.table(rows, rightAligned: [1, 2])
        }
        return lines
    }

    private static func badRateTable(_ table: BadRateTable, categories: CategorySummary?, rowCount: Int) -> [String] {
        var rows = [[categories == nil ? "bucket" : "value", "count", "bad", "good", "bad rate", "WoE", ""]]
        var smoothed = false
        for row in table.rows {
            let label: String
            switch row.group {
            case .category(let value): label = TextLayout.clipped(value, to: valueWidth)
            case .otherCategories(let count): label = "(\(count) other values)"
            case .interval(let lower, let upper): label = "[\(TextLayout.number(lower)), \(TextLayout.number(upper)))"
            case .missing: label = "(missing)"
            }
            smoothed = smoothed || row.isSmoothed
            rows.append([
                label, String(row.count), String(row.badCount), String(row.goodCount), TextLayout.percent(row.badRate),
                TextLayout.fixed4(row.weightOfEvidence), row.isSmoothed ? "*" : "",
            ])
        }
        var lines = TextLayout.table(rows, rightAligned: [1, 2, 3, 4, 5])
        let strength = table.strength.map { " (\($0.rawValue))" } ?? ""
        lines.append("  IV \(TextLayout.fixed4(table.informationValue))\(strength)")
        if smoothed { lines.append("  * no bads or no goods: 0.5 added to both counts before the WoE") }
        return lines
    }
}
