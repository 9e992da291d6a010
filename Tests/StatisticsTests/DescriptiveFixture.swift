import Foundation
import TestSupport

/// The reference values of `Fixtures/descriptive.json` (written by `make_descriptive.py` with numpy
/// and scipy). NaN is stored as null.
struct DescriptiveFixture: Decodable, Sendable {
    struct QuantileCase: Decodable, Sendable {
        var data: String
        var method: String
        var ps: [Double]
        var expected: [Double?]
    }
    struct RankCase: Decodable, Sendable {
        var data: String
        var expected: [Double]
    }
    struct Moments: Decodable, Sendable {
        var weightSum: Double
        var mean: Double
        var variance: Double?
        var min: Double
        var max: Double
    }
    struct MomentCase: Decodable, Sendable {
        var data: String
        var weights: [Double]?
        var expected: Moments
    }

    var datasets: [String: [Double?]]
    var quantiles: [QuantileCase]
    var midRanks: [RankCase]
    var moments: [MomentCase]

    static let shared: DescriptiveFixture = {
        do {
            return try loadJSONFixture(DescriptiveFixture.self, "descriptive.json", in: "StatisticsTests")
        } catch {
            fatalError("cannot read descriptive.json: \(error)")
        }
    }()

    /// The named data set with nulls turned back into NaN.
    func values(_ name: String) -> [Double] {
        guard let values = datasets[name] else { fatalError("descriptive.json has no data set '\(name)'") }
        return values.map { $0 ?? .nan }
    }
}
