import Foundation
import Testing
import TestSupport
@testable import Statistics

/// `quantile(sorted:)` and `quantiles(_:_:)` against `numpy.nanquantile` for every method, on data
/// with ties, NaN, signed zeros, a large offset, and 1, 2 and 5 values.
///
/// Tolerance: 1 ulp (2.3e-16 relative, 1e-300 absolute): the positions and the interpolation are
/// computed exactly as numpy computes them, so the results agree to the last bit in practice.
@Suite struct QuantilesTests {
    @Test func matchesNumpy() throws {
        let fixture = DescriptiveFixture.shared
        for c in fixture.quantiles {
            let method = try #require(QuantileMethod(rawValue: c.method))
            let data = fixture.values(c.data)
            let selected = quantiles(data, c.ps, method: method)
            let sorted = data.filter { !$0.isNaN }.sorted()
            for (index, p) in c.ps.enumerated() {
                let expected = c.expected[index] ?? .nan
                let fromSorted = quantile(sorted: sorted, p, method: method)
                let context = "\(c.data), \(c.method), p = \(p)"
                #expect(
                    fromSorted
                        .isApproximatelyEqual(to: expected, relativeTolerance: 2.3e-16, absoluteTolerance: 1e-300),
                        "quantile(sorted:) \(context): \(fromSorted), numpy \(expected)")
                #expect(
                    selected[index]
                        .isApproximatelyEqual(to: expected, relativeTolerance: 2.3e-16, absoluteTolerance: 1e-300),
                        "quantiles() \(context): \(selected[index]), numpy \(expected)")
            }
        }
    }

    @Test func definitionsOnASmallSample() {
        // Sorted 10, 20, 30, 40; p = 0.5 gives h = 1.5.
        let sorted = [10.0, 20, 30, 40]
        #expect(quantile(sorted: sorted, 0.5, method: .linear) == 25)
        #expect(quantile(sorted: sorted, 0.5, method: .lower) == 20)
        #expect(quantile(sorted: sorted, 0.5, method: .higher) == 30)
        #expect(quantile(sorted: sorted, 0.5, method: .nearest) == 30)  // h = 1.5 rounds to the even index 2
        #expect(quantile(sorted: sorted, 0.5, method: .midpoint) == 25)
        #expect(quantile(sorted: sorted, 1.0 / 6, method: .nearest) == 10)  // h = 0.5 rounds to the even index 0
        #expect(quantile(sorted: sorted, 0, method: .linear) == 10)
        #expect(quantile(sorted: sorted, 1, method: .linear) == 40)
    }

    @Test func infinitiesAndEdgeCases() {
        let values = [-Double.infinity, 1, 2, .infinity]
        #expect(quantiles(values, [0, 1], method: .linear) == [-.infinity, .infinity])
        #expect(quantiles(values, [0.5], method: .lower) == [1])
        #expect(quantiles(values, [0.1], method: .linear) == [-.infinity])
        // Empty input, all-NaN input, probabilities outside [0, 1].
        #expect(quantile(sorted: [], 0.5).isNaN)
        #expect(quantiles([], [0.1, 0.9]).allSatisfy { $0.isNaN })
        #expect(quantiles([.nan, .nan], [0.5]).allSatisfy { $0.isNaN })
        #expect(quantile(sorted: [1, 2], -0.1).isNaN)
        #expect(quantile(sorted: [1, 2], .nan).isNaN)
        #expect(quantiles([3, 1, 2], [1.5, 0.5]).first!.isNaN)
        #expect(quantiles([3, 1, 2], [1.5, 0.5]).last == 2)
        #expect(quantiles([], []) == [])
        // One value: every quantile is that value.
        for method in QuantileMethod.allCases {
            #expect(quantiles([4.25], [0, 0.3, 1], method: method) == [4.25, 4.25, 4.25])
        }
    }

    @Test func selectionAgreesWithSortingOnLargeInputs() {
        var generator = SeededGenerator(seed: 11)
        // Many ties (values 0...49) and a continuous sample, 200_001 values each.
        let tied = (0..<200_001).map { _ in Double(generator.nextInt(below: 50)) }
        let continuous = (0..<200_001).map { _ in generator.nextNormal() }
        let ps = [0, 0.001, 0.25, 0.5, 0.5 + 1e-9, 0.9, 0.999, 1]
        for data in [tied, continuous] {
            let sorted = data.sorted()
            let selected = quantiles(data, ps)
            for (index, p) in ps.enumerated() {
                #expect(selected[index] == quantile(sorted: sorted, p), "p = \(p)")
            }
        }
    }

    @Test func orderStatisticSelection() {
        var generator = SeededGenerator(seed: 5)
        for count in [2, 3, 17, 100, 1000] {
            let values = (0..<count).map { _ in Double(generator.nextInt(below: 7)) + generator.nextUniform() }
            let sorted = values.sorted()
            var ranks = Set<Int>()
            for _ in 0..<5 { ranks.insert(generator.nextInt(below: count)) }
            var work = values
            selectOrderStatistics(&work, ranks: ranks.sorted())
            for rank in ranks {
                #expect(work[rank] == sorted[rank], "count \(count), rank \(rank)")
                #expect(work[..<rank].allSatisfy { $0 <= work[rank] })
                #expect(work[(rank + 1)...].allSatisfy { $0 >= work[rank] })
            }
            #expect(work.sorted() == sorted)  // a permutation
        }
        // Already sorted, reversed, and constant inputs (the bad cases of naive quickselect).
        let n = 5000
        for values in [(0..<n).map(Double.init), (0..<n).reversed().map(Double.init), [Double](repeating: 1, count: n)] {
            var work = values
            selectOrderStatistics(&work, ranks: [0, n / 2, n - 1])
            let sorted = values.sorted()
            #expect(work[0] == sorted[0] && work[n / 2] == sorted[n / 2] && work[n - 1] == sorted[n - 1])
        }
    }
}
