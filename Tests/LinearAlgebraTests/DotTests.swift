import Testing

@testable import LinearAlgebra

@Suite struct DotTests {
    @Test func againstExactReference() {
        let f = Fixture["dot"]
        // The reference is the exactly rounded sum; ddot's error is at most
        // 11 eps sum|x_k y_k| (Higham, Accuracy and Stability, 2002, section 3.1), hence the
        // absolute part scaled by sum|x_k y_k|.
        let x = f["x"].doubles
        let y = f["y"].doubles
        let scale = zip(x, y).reduce(0) { $0 + abs($1.0 * $1.1) }
        #expect(
            dot(x, y).isApproximatelyEqual(
                to: f["value"].double, relativeTolerance: 1e-12, absoluteTolerance: 1e-14 * scale))
    }

    @Test func specialValues() {
        #expect(dot([], []) == 0)
        #expect(dot([3], [-2]) == -6)
        #expect(dot([0, 1], [.nan, 2]).isNaN)  // 0 * NaN is NaN: no zero is skipped
        #expect(dot([1, 1], [.infinity, -.infinity]).isNaN)
        #expect(dot([2, 0], [.infinity, 1]) == .infinity)
    }

    @Test func lengthMismatchIsAProgrammerError() async {
        await #expect(processExitsWith: .failure) {
            _ = dot([1, 2], [1])
        }
    }
}
