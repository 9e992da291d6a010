/// A seeded pseudo-random generator, xoshiro256** (Blackman & Vigna 2018), whose output depends only
/// on the seed: the same seed gives the same sequence on every platform, build and run.
///
/// The 256-bit state is filled from the 64-bit seed by SplitMix64 (Steele, Lea & Flood 2014), as the
/// authors recommend. The generator passes BigCrush and PractRand, has period `2^256 - 1`, and
/// `jump()` advances it by `2^128` steps for non-overlapping parallel streams (`split(stream:)`).
///
/// It conforms to `RandomNumberGenerator`, so `Double.random(in:using:)` and `shuffle(using:)` work,
/// but the standard library's algorithms behind those may change between Swift versions; for
/// results that must stay reproducible across toolchains use the methods of this type
/// (`nextUniform`, `nextNormal`, `nextBernoulli`, `nextInt(below:)`), whose algorithms are fixed
/// here.
///
/// References: D. Blackman and S. Vigna (2021), "Scrambled linear pseudorandom number generators",
/// *ACM TOMS* 47(4), 36 (preprint 2018; reference code at prng.di.unimi.it); G. L. Steele, D. Lea and
/// C. H. Flood (2014), "Fast splittable pseudorandom number generators", *OOPSLA '14*.
public struct SeededGenerator: RandomNumberGenerator, Sendable, Equatable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    /// A generator whose state is the first four outputs of SplitMix64 started at `seed`.
    public init(seed: UInt64) {
        var splitMix = seed
        func nextSplitMix() -> UInt64 {
            splitMix &+= 0x9E37_79B9_7F4A_7C15
            var z = splitMix
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = nextSplitMix()
        s1 = nextSplitMix()
        s2 = nextSplitMix()
        s3 = nextSplitMix()
        // SplitMix64 is a bijection of its counter, so at most one of four outputs is 0: the state
        // is never all zero.
    }

    /// The next 64 random bits: `rotl(s1 * 5, 7) * 9`, then the xoshiro state transition.
    public mutating func next() -> UInt64 {
        let result = rotateLeft(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotateLeft(s3, 45)
        return result
    }

    /// Advances the generator by `2^128` calls to `next()` (the jump polynomial of the reference
    /// implementation).
    public mutating func jump() {
        let polynomial: [UInt64] = [
            0x180E_C6D3_3CFD_0ABA, 0xD5A6_1266_F0C9_392C, 0xA958_2618_E03F_C9AA, 0x39AB_DC45_29B1_661C,
        ]
        var (t0, t1, t2, t3): (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        for word in polynomial {
            for bit in 0..<64 {
                if word & (1 << UInt64(bit)) != 0 {
                    t0 ^= s0
                    t1 ^= s1
                    t2 ^= s2
                    t3 ^= s3
                }
                _ = next()
            }
        }
        (s0, s1, s2, s3) = (t0, t1, t2, t3)
    }

    /// A copy advanced by `count` jumps of `2^128` steps.
    public func jumped(by count: Int = 1) -> SeededGenerator {
        precondition(count >= 0, "the number of jumps must be non-negative")
        var copy = self
        for _ in 0..<count { copy.jump() }
        return copy
    }

    /// The generator for parallel stream `index` (0, 1, 2, ...): this generator advanced by
    /// `index + 1` jumps, so the streams never overlap each other or this generator for the next
    /// `2^128` draws each. The result depends only on this generator's state and `index`, not on
    /// which thread asks for it.
    ///
    /// - Complexity: `O(index)` jumps of 256 steps each.
    public func split(stream index: Int) -> SeededGenerator {
        precondition(index >= 0, "stream indices are non-negative")
        return jumped(by: index + 1)
    }
}

@inline(__always)
private func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 {
    (x << k) | (x >> (64 - k))
}
