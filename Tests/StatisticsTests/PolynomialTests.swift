import Testing

@testable import Statistics

@Suite struct PolynomialTests {
    @Test func hornerFromTheHighestCoefficient() {
        #expect(polynomial([1, 2, 3], at: 2) == 17)  // 1 + 2*2 + 3*4
        #expect(polynomial([1, 2, 3], at: -1) == 2)
        #expect(polynomial([5], at: 1e300) == 5)
        #expect(polynomial([4, 1], at: 0) == 4)
        // the same operations in the same order as the hand-written loop: ((c2 x + c1) x + c0)
        let c = [0.1, -0.7, 1.0 / 3.0]
        let x = 0.37
        #expect(polynomial(c, at: x).bitPattern == ((c[2] * x + c[1]) * x + c[0]).bitPattern)
    }

    @Test func specialValues() {
        #expect(polynomial([1, 2], at: .nan).isNaN)
        #expect(polynomial([1, 2], at: .infinity) == .infinity)
        #expect(polynomial([1, -2], at: .infinity) == -.infinity)
        #expect(polynomial([.nan, 0], at: 1).isNaN)
    }
}
