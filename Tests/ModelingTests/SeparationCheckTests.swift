import Foundation
import LinearAlgebra
import TestSupport
import Testing

@testable import Modeling

/// Separation against firthmodels.detect_separation (Konis 2007 LP solved by HiGHS), on the
/// cases of logistic_separation.json.
@Suite struct SeparationCheckTests {
    static func fixture() throws -> SeparationFixture {
        try LogisticReferences.load(SeparationFixture.self, "logistic_separation.json")
    }

    static func passes(_ c: SeparationCase, threads: Int = 2) -> LogisticPasses {
        LogisticPasses(
            data: LogisticData(design: Matrix(rowMajor: c.design), target: c.target, weights: nil, offset: nil),
            threads: threads)
    }

    /// The LP's directions equal detectseparation's, coefficient by coefficient.
    @Test(arguments: ["complete", "quasiComplete", "quasiCompleteNegative", "overlap"])
    func directionsMatchDetectSeparation(_ name: String) throws {
        let all = try Self.fixture()
        let c = [
            "complete": all.complete, "quasiComplete": all.quasiComplete,
            "quasiCompleteNegative": all.quasiCompleteNegative, "overlap": all.overlap,
        ][name]!
        let check = SeparationCheck(passes: Self.passes(c))
        let directions = check.direction.map { abs($0) > SeparationCheck.directionTolerance ? ($0 > 0 ? 1 : -1) : 0 }
        #expect(directions == c.directions, "\(name): \(check.direction)")
        let report = check.report(names: c.columns, intercept: 0)
        #expect((report != nil) == c.separated)
    }

    @Test func completeSeparationIsReported() throws {
        let c = try Self.fixture().complete
        do {
            _ = try LogisticRegression.fit(design: Matrix(rowMajor: c.design), target: c.target, columnNames: c.columns)
            Issue.record("separated data were fitted")
        } catch {
            guard case .separation(let report) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(error.category == .separation)
            #expect(report.kind == .complete)
            #expect(report.perfectlyPredictedRows == c.target.count)
            #expect(report.featureNames.contains("score"))
            #expect(report.interceptDiverges == (c.directions[0] != 0))
            #expect(error.description.contains("perfect separation"))
            #expect(error.description.contains("'score'"))
            #expect(error.description.contains("--firth") && error.description.contains("--l2"))
        }
    }

    @Test func quasiCompleteSeparationNamesTheFeature() throws {
        let all = try Self.fixture()
        for (c, direction) in [(all.quasiComplete, 1), (all.quasiCompleteNegative, -1)] {
            do {
                _ = try LogisticRegression.fit(
                    design: Matrix(rowMajor: c.design), target: c.target, columnNames: c.columns)
                Issue.record("separated data were fitted")
            } catch {
                guard case .separation(let report) = error else {
                    Issue.record("unexpected \(error)")
                    continue
                }
                #expect(report.kind == .quasiComplete)
                #expect(report.features == [.init(column: "flag", direction: direction)])
                #expect(!report.interceptDiverges)
                #expect(report.perfectlyPredictedRows == 8)
                #expect(error.description.hasPrefix("quasi-complete separation by feature 'flag'"))
                #expect(error.description.contains("8 rows are predicted perfectly"))
            }
        }
    }

    @Test func overlappingDataAreFitted() throws {
        let c = try Self.fixture().overlap
        let fit = try LogisticRegression.fit(
            design: Matrix(rowMajor: c.design), target: c.target, columnNames: c.columns)
        #expect(fit.converged)
    }

    /// Quasi-complete separation in 60,000 rows (many segments, several rounds of partial
    /// pricing): the check is exact however the rows are spread, and the separating dummy is named.
    @Test func largeQuasiSeparatedSample() throws {
        var generator = SplitMix64(seed: 7)
        let n = 60_000
        var x = [Double]()
        var dummy = [Double]()
        var target = [Double]()
        for i in 0..<n {
            let value = generator.normal()
            let flag: Double = i % 1000 == 17 ? 1 : 0
            let p = 1 / (1 + exp(-(0.3 + value)))
            x.append(value)
            dummy.append(flag)
            target.append(flag == 1 ? 0 : (generator.uniform() < p ? 1 : 0))
        }
        let design = Matrix(columns: [[Double](repeating: 1, count: n), x, dummy])
        do {
            _ = try LogisticRegression.fit(design: design, target: target, columnNames: ["const", "x", "rare"])
            Issue.record("separated data were fitted")
        } catch {
            guard case .separation(let report) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(report.features == [.init(column: "rare", direction: -1)])
            #expect(report.perfectlyPredictedRows == 60)
        }
    }

    /// Rows of weight 0 impose nothing: a row that would break the separation does not count.
    @Test func zeroWeightRowsDoNotBreakSeparation() throws {
        let c = try Self.fixture().quasiComplete
        var design = c.design
        var target = c.target
        design.append([1, 0.0, 1])  // flag = 1 with a non-event ...
        target.append(0)
        var weights = [Double](repeating: 1, count: c.target.count)
        weights.append(0)  // ... but with weight 0
        #expect(throws: ModelingError.self) {
            try LogisticRegression.fit(
                design: Matrix(rowMajor: design), target: target, weights: weights, columnNames: c.columns)
        }
        weights[weights.count - 1] = 1  // now it counts: no separation
        let fit = try LogisticRegression.fit(
            design: Matrix(rowMajor: design), target: target, weights: weights, columnNames: c.columns)
        #expect(fit.converged)
    }
}

extension SeparationCheckTests {
    /// The pricing heap keeps the `capacity` smallest values, ties by the lower index, whatever
    /// the insertion order.
    @Test func boundedHeapKeepsTheSmallest() {
        let values: [(Double, Int)] = [(-1, 5), (-3, 2), (0.5, 9), (-3, 1), (-2, 7), (-0.5, 3), (-3, 8)]
        for order in [values, values.reversed(), values.sorted { $0.1 < $1.1 }] {
            var heap = BoundedMaxHeap(capacity: 3)
            for (value, index) in order { heap.insert(value, index) }
            #expect(heap.sorted().map(\.index) == [1, 2, 8])
        }
        var small = BoundedMaxHeap(capacity: 10)
        small.insert(2, 0)
        small.insert(1, 1)
        #expect(small.sorted().map(\.value) == [1, 2])
        #expect(BoundedMaxHeap(capacity: 1).sorted().isEmpty)
    }
}

