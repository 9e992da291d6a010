#!/usr/bin/env python3
"""Reference outputs of SeededGenerator, from an independent Python implementation.

SplitMix64 (Steele, Lea & Flood 2014) fills the state of xoshiro256** (Blackman & Vigna 2018) exactly
as in the authors' reference C code (prng.di.unimi.it); the jump polynomial is theirs too. On top of
the raw 64-bit outputs, the derived draws follow Credo's documented algorithms:
- nextUniform: k = next() >> 11, rejected when 0, returned as k * 2^-53;
- nextNormal: the standard normal quantile of nextUniform(), here solved with mpmath at 40 digits;
- nextBernoulli(p): nextUniform() < p;
- nextInt(below: n): Lemire's multiply-and-reject method.
64-bit integers are written as decimal strings (JSON numbers are doubles).

Run:  python3 make_random.py
"""
import json
import os

import mpmath as mp

HERE = os.path.dirname(os.path.abspath(__file__))
MASK = (1 << 64) - 1


def rotl(x, k):
    return ((x << k) | (x >> (64 - k))) & MASK


class Xoshiro256StarStar:
    JUMP = [0x180EC6D33CFD0ABA, 0xD5A61266F0C9392C, 0xA9582618E03FC9AA, 0x39ABDC4529B1661C]

    def __init__(self, seed):
        state = seed & MASK
        self.s = []
        for _ in range(4):
            state = (state + 0x9E3779B97F4A7C15) & MASK
            z = state
            z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
            z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
            self.s.append(z ^ (z >> 31))

    def next(self):
        s = self.s
        result = (rotl((s[1] * 5) & MASK, 7) * 9) & MASK
        t = (s[1] << 17) & MASK
        s[2] ^= s[0]
        s[3] ^= s[1]
        s[1] ^= s[2]
        s[0] ^= s[3]
        s[2] ^= t
        s[3] = rotl(s[3], 45)
        return result

    def jump(self):
        acc = [0, 0, 0, 0]
        for word in self.JUMP:
            for bit in range(64):
                if word & (1 << bit):
                    acc = [a ^ b for a, b in zip(acc, self.s)]
                self.next()
        self.s = acc

    def uniform(self):
        while True:
            k = self.next() >> 11
            if k != 0:
                return k * 2.0 ** -53

    def normal(self):
        u = self.uniform()
        with mp.workdps(40):
            x = mp.findroot(lambda z: mp.ncdf(z) - mp.mpf(u), mp.sqrt(2) * mp.erfinv(2 * mp.mpf(u) - 1))
            return float(x)

    def int_below(self, n):
        product = self.next() * n
        low = product & MASK
        if low < n:
            threshold = ((1 << 64) - n) % n
            while low < threshold:
                product = self.next() * n
                low = product & MASK
        return product >> 64


def raw(seed, count):
    g = Xoshiro256StarStar(seed)
    return [str(g.next()) for _ in range(count)]


# Known answer published with many independent ports (e.g. the Rust, Go and Zig ports of the
# reference code): seed 0 starts 0x99EC5F36CB75F2B4, 0xBF6E1F784956452A.
_check = Xoshiro256StarStar(0)
assert (_check.next(), _check.next()) == (0x99EC5F36CB75F2B4, 0xBF6E1F784956452A)

out = {"raw": [{"seed": str(seed), "outputs": raw(seed, 20)} for seed in [0, 1, 42, 2 ** 64 - 1]]}

g = Xoshiro256StarStar(42)
g.jump()
once = [str(g.next()) for _ in range(5)]
g = Xoshiro256StarStar(42)
g.jump()
g.jump()
g.jump()
thrice = [str(g.next()) for _ in range(5)]
out["jumped"] = {"seed": "42", "once": once, "thrice": thrice}

g = Xoshiro256StarStar(20240601)
out["uniform"] = {"seed": "20240601", "values": [g.uniform() for _ in range(20)]}
g = Xoshiro256StarStar(20240601)
out["normal"] = {"seed": "20240601", "values": [g.normal() for _ in range(20)]}
g = Xoshiro256StarStar(7)
out["bernoulli"] = {"seed": "7", "p": 0.3, "values": [g.uniform() < 0.3 for _ in range(40)]}
ints = {}
for bound in [1, 10, 1000, 2 ** 40 + 5, 2 ** 63 - 1]:
    g = Xoshiro256StarStar(99)
    ints[str(bound)] = [str(g.int_below(bound)) for _ in range(20)]
out["intBelow"] = {"seed": "99", "values": ints}

with open(os.path.join(HERE, "random.json"), "w") as handle:
    json.dump(out, handle, indent=1)
    handle.write("\n")
print(out["raw"][0]["outputs"][:3])
