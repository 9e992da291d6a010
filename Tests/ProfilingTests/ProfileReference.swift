import Foundation
import Profiling
import Tabular
import Testing
import TestSupport

/// The reference profiles computed by Fixtures/make_profile_reference.py with pandas and numpy.
struct ProfileReference: Decodable {
    struct TargetFacts: Decodable {
        let bad: Int
        let good: Int
        let missing: Int
        let badRate: Double
    }

    struct Group: Decodable {
        let group: String
        let bad: Int
        let good: Int
        let woe: Double?
        let smoothed: Bool
    }

    struct Table: Decodable {
        let informationValue: Double?
        let groups: [Group]
    }

    struct Entry: Decodable {
        let value: String
        let count: Int
        let share: Double
    }

    struct ColumnFacts: Decodable {
        let kind: String
        let missing: Int
        let distinct: Int
        let min: Double?
        let max: Double?
        let mean: Double?
        let std: Double?
        let quantiles: [Double?]?
        let zeros: Int?
        let edges: [Double]?
        let top: [Entry]?
        let otherValues: Int?
        let otherRows: Int?
        let badRates: Table?
    }

    struct Profile: Decodable {
        let rows: Int
        let target: TargetFacts?
        let duplicateRows: Int
        let duplicateRowPairs: [[Int]]
        let duplicateIds: Int?
        let duplicateIdPairs: [[Int]]?
        let missingIds: Int?
        let columns: [String: ColumnFacts]
    }

    struct Small: Decodable {
        let file: String
        let top3buckets4: Profile
        let defaults: Profile
    }

    let quantileProbabilities: [Double]
    let small: Small
    let german: Profile

    static func load() throws -> ProfileReference {
        try loadJSONFixture(ProfileReference.self, "profile_reference.json", in: "ProfilingTests")
    }
}

/// `nil` in the reference stands for NaN.
func value(_ reference: Double?) -> Double { reference ?? .nan }

/// Checks one computed profile against its reference, column by column.
///
/// Tolerances: counts are exact; mean and standard deviation are bit-identical (the same pairwise
/// sums as numpy). Quantiles, WoE and IV agree to 1e-12 relative: quantiles use numpy's
/// interpolation and normally agree bit for bit; WoE and IV are logs of the same count ratios,
/// summed in another order than the reference script.
func expectMatches(_ profile: DataProfile, _ reference: ProfileReference.Profile, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(profile.rowCount == reference.rows, sourceLocation: sourceLocation)
    #expect(profile.duplicateRows.count == reference.duplicateRows, sourceLocation: sourceLocation)
    #expect(
        profile.duplicateRows.examples.map { [$0.row, $0.firstRow] } == reference.duplicateRowPairs,
        sourceLocation: sourceLocation)
    if let duplicateIds = reference.duplicateIds {
        #expect(profile.duplicateIds?.count == duplicateIds, sourceLocation: sourceLocation)
        #expect(profile.duplicateIds?.missingCount == reference.missingIds, sourceLocation: sourceLocation)
        #expect(
            profile.duplicateIds?.examples.map { [$0.row, $0.firstRow] } == reference.duplicateIdPairs,
            sourceLocation: sourceLocation)
    }
    if let target = reference.target {
        #expect(profile.target?.badCount == target.bad, sourceLocation: sourceLocation)
        #expect(profile.target?.goodCount == target.good, sourceLocation: sourceLocation)
        #expect(profile.target?.missingCount == target.missing, sourceLocation: sourceLocation)
        #expect(profile.target?.badRate == target.badRate, sourceLocation: sourceLocation)
    }
    #expect(Set(profile.columns.map(\.name)) == Set(reference.columns.keys), sourceLocation: sourceLocation)
    for column in profile.columns {
        guard let expected = reference.columns[column.name] else { continue }
        expectMatches(column, expected, sourceLocation: sourceLocation)
    }
}

private func close(_ a: Double, _ b: Double?) -> Bool {
    a.isApproximatelyEqual(to: value(b), relativeTolerance: 1e-12)
}

func expectMatches(_ column: ColumnProfile, _ expected: ProfileReference.ColumnFacts, sourceLocation: SourceLocation) {
    let name = column.name
    #expect(column.kind.rawValue == expected.kind, "\(name)", sourceLocation: sourceLocation)
    #expect(column.missingCount == expected.missing, "\(name)", sourceLocation: sourceLocation)
    #expect(column.distinctCount == expected.distinct, "\(name)", sourceLocation: sourceLocation)
    if let numeric = column.numeric {
        #expect(close(numeric.minimum, expected.min), "\(name) min", sourceLocation: sourceLocation)
        #expect(close(numeric.maximum, expected.max), "\(name) max", sourceLocation: sourceLocation)
        // Mean and std follow numpy's pairwise sums: the same bits, not just close.
        #expect(numeric.mean.isEqualOrBothNaN(value(expected.mean)), "\(name) mean \(numeric.mean)", sourceLocation: sourceLocation)
        #expect(
            numeric.standardDeviation.isEqualOrBothNaN(value(expected.std)), "\(name) std \(numeric.standardDeviation)",
            sourceLocation: sourceLocation)
        let quantiles = expected.quantiles ?? []
        #expect(numeric.quantiles.count == quantiles.count, sourceLocation: sourceLocation)
        for (computed, reference) in zip(numeric.quantiles, quantiles) {
            #expect(close(computed.value, reference), "\(name) p\(computed.probability)", sourceLocation: sourceLocation)
        }
        #expect(numeric.zeroCount == expected.zeros, "\(name) zeros", sourceLocation: sourceLocation)
        if let edges = expected.edges, let table = column.badRates {
            let computedEdges = table.rows.compactMap { row -> Double? in
                if case .interval(let lower, _) = row.group, lower.isFinite { return lower }
                return nil
            }
            #expect(computedEdges == edges, "\(name) edges", sourceLocation: sourceLocation)
        }
    } else {
        #expect(expected.min == nil && expected.quantiles == nil, "\(name) is numeric in the reference")
        let top = column.categories?.top ?? []
        #expect(top.map(\.value) == expected.top?.map(\.value), "\(name) top", sourceLocation: sourceLocation)
        #expect(top.map(\.count) == expected.top?.map(\.count), "\(name) counts", sourceLocation: sourceLocation)
        #expect(
            zip(top, expected.top ?? []).allSatisfy { close($0.share, $1.share) }, "\(name) shares",
            sourceLocation: sourceLocation)
        #expect(column.categories?.otherValueCount == expected.otherValues, "\(name)", sourceLocation: sourceLocation)
        #expect(column.categories?.otherRowCount == expected.otherRows, "\(name)", sourceLocation: sourceLocation)
    }
    #expect((column.badRates == nil) == (expected.badRates == nil), "\(name) bad rates", sourceLocation: sourceLocation)
    if let table = column.badRates, let reference = expected.badRates {
        #expect(close(table.informationValue, reference.informationValue), "\(name) IV", sourceLocation: sourceLocation)
        #expect(table.rows.count == reference.groups.count, "\(name) groups", sourceLocation: sourceLocation)
        for (row, group) in zip(table.rows, reference.groups) {
            #expect(row.badCount == group.bad && row.goodCount == group.good, "\(name) \(group.group)", sourceLocation: sourceLocation)
            #expect(close(row.weightOfEvidence, group.woe), "\(name) \(group.group) WoE", sourceLocation: sourceLocation)
            #expect(row.isSmoothed == group.smoothed, "\(name) \(group.group)", sourceLocation: sourceLocation)
            switch row.group {
            case .category(let value): #expect(value == group.group, sourceLocation: sourceLocation)
            case .otherCategories: #expect(group.group == "other", sourceLocation: sourceLocation)
            case .missing: #expect(group.group == "missing", sourceLocation: sourceLocation)
            case .interval: #expect(group.group.hasPrefix("["), sourceLocation: sourceLocation)
            }
        }
    }
}

extension Double {
    /// Bit-for-bit equality, except that -0 equals 0 and NaN equals NaN.
    func isEqualOrBothNaN(_ other: Double) -> Bool {
        (isNaN && other.isNaN) || self == other
    }
}
