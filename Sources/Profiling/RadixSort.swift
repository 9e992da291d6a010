/// Sorting doubles by their bit patterns: an order-preserving map to unsigned integers and a
/// least-significant-digit radix sort over it.
enum RadixSort {
    /// The key of a double that is not NaN: unsigned integer order equals numeric order
    /// (`-inf < ... < -0 < +0 < ... < +inf`). Flip every bit of a negative number, only the sign
    /// bit of a positive one.
    @inline(__always)
    static func key(_ x: Double) -> UInt64 {
        let bits = x.bitPattern
        return bits & (1 << 63) != 0 ? ~bits : bits | (1 << 63)
    }

    /// The double whose key is `key`.
    @inline(__always)
    static func value(ofKey key: UInt64) -> Double {
        Double(bitPattern: key & (1 << 63) != 0 ? key & ~(1 << 63) : ~key)
    }

    private static let digitBits = 11
    private static let digitCount = 6  // 6 × 11 bits cover 64
    private static let bucketCount = 1 << digitBits

    /// Sorts `keys` increasingly, using `scratch` (at least as long) as the second buffer.
    ///
    /// LSD radix sort with 11-bit digits: one pass builds all six digit histograms, then each
    /// digit whose value is not the same in every key is scattered (stable) from one buffer to the
    /// other. Integer-valued or short-decimal data has many constant low digits, so it needs fewer
    /// passes.
    ///
    /// - Returns: true when the sorted keys ended up in `scratch`, false when in `keys`.
    /// - Complexity: O(n) time (at most 7 passes), the two buffers as memory.
    ///
    /// Reference: D. E. Knuth, *The Art of Computer Programming* vol. 3, 5.2.5 (radix sorting).
    static func sort(_ keys: UnsafeMutableBufferPointer<UInt64>, scratch: UnsafeMutableBufferPointer<UInt64>) -> Bool {
        let n = keys.count
        precondition(scratch.count >= n, "the scratch buffer is too short")
        if n < 512 || n > Int(UInt32.max) {
            var keys = keys
            keys.sort()
            return false
        }
        var histogram = [UInt32](repeating: 0, count: digitCount * bucketCount)
        return histogram.withUnsafeMutableBufferPointer { counts in
            for key in keys {
                var rest = key
                for digit in 0..<digitCount {
                    counts[digit &* bucketCount &+ Int(rest & UInt64(bucketCount - 1))] &+= 1
                    rest >>= UInt64(digitBits)
                }
            }
            var source = keys.baseAddress!
            var target = scratch.baseAddress!
            var inScratch = false
            for digit in 0..<digitCount {
                let offsets = counts.baseAddress! + digit * bucketCount
                var running: UInt32 = 0
                var constant = false
                for bucket in 0..<bucketCount {
                    let count = offsets[bucket]
                    if Int(count) == n { constant = true }
                    offsets[bucket] = running
                    running &+= count
                }
                if constant { continue }
                let shift = UInt64(digit * digitBits)
                for index in 0..<n {
                    let key = source[index]
                    let bucket = Int((key >> shift) & UInt64(bucketCount - 1))
                    target[Int(offsets[bucket])] = key
                    offsets[bucket] &+= 1
                }
                swap(&source, &target)
                inScratch.toggle()
            }
            return inScratch
        }
    }
}
