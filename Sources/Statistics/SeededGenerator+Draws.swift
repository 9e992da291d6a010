extension SeededGenerator {
    /// A uniform double in the open interval `(0, 1)` with 53 random bits.
    ///
    /// The top 53 bits `k` of `next()` give `k / 2^53`; `k = 0` is rejected and redrawn, so the result
    /// is one of `1/2^53, 2/2^53, ..., 1 - 1/2^53`, each equally likely, symmetric about ½ and never 0
    /// or 1 (safe for `log`, `Normal.quantile`, inverse-cdf sampling).
    public mutating func nextUniform() -> Double {
        while true {
            let k = next() >> 11
            if k != 0 { return Double(k) * 0x1p-53 }
        }
    }

    /// A standard normal draw by inversion: `Φ⁻¹(U)` with `U = nextUniform()` and `Φ⁻¹` from AS 241
    /// (`Normal.quantile`).
    ///
    /// Inversion uses one uniform per draw, so the `n`-th normal comes from the `n`-th uniform and
    /// streams stay aligned; its tails are cut at `|z| ≈ 8.1` (`U >= 2^-53`), a probability of
    /// `1e-16`. The uniforms are bit-identical everywhere; the normals go through `log` and `sqrt`
    /// of the platform's math library: `sqrt` is exact by IEEE 754, while `log` is within an ulp on
    /// glibc and Apple platforms but not guaranteed bit-identical between them, so a normal draw may
    /// differ in its last bit across platforms (never across runs on one platform).
    ///
    /// Reference: L. Devroye (1986), *Non-Uniform Random Variate Generation*, §II.2 (inversion);
    /// M. J. Wichura (1988), AS 241.
    public mutating func nextNormal() -> Double {
        Normal.quantile(nextUniform())
    }

    /// `true` with probability `p`: `nextUniform() < p`.
    /// - Parameter p: a probability in `[0, 1]` (precondition); 0 is never true, 1 always.
    public mutating func nextBernoulli(_ p: Double) -> Bool {
        precondition(p >= 0 && p <= 1, "a Bernoulli probability must lie in [0, 1]")
        return nextUniform() < p
    }

    /// A uniform integer in `0..<bound`, without modulo bias, by Lemire's multiply-and-reject method
    /// (fixed here, so it does not change with the standard library).
    ///
    /// Reference: D. Lemire (2019), "Fast random integer generation in an interval", *ACM TOMACS*
    /// 29(1), 3.
    public mutating func nextInt(below bound: Int) -> Int {
        precondition(bound > 0, "the bound must be positive")
        let range = UInt64(bound)
        var product = next().multipliedFullWidth(by: range)
        if product.low < range {
            let threshold = (0 &- range) % range
            while product.low < threshold {
                product = next().multipliedFullWidth(by: range)
            }
        }
        return Int(product.high)
    }
}
