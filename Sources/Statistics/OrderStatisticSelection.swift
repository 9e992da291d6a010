/// Rearranges `values` so that, for every rank `r` in `ranks` (sorted, distinct, in
/// `0..<values.count`), `values[r]` is the `r`-th smallest value and everything before it is no
/// larger and everything after no smaller.
///
/// Multi-quickselect (Hoare's FIND, generalised to several ranks) with median-of-three pivots and a
/// three-way partition (Dijkstra's "Dutch national flag"), so runs of equal values — common in
/// credit data — cost one pass; a range that keeps partitioning badly is sorted instead (the
/// introselect safeguard of Musser 1997). Values must not contain NaN.
///
/// - Complexity: `O(n log k)` expected for `k` ranks; `O(n log n)` worst case.
///
/// References: C. A. R. Hoare (1961), "Algorithm 65: FIND", *CACM* 4(7), 321-322; D. R. Musser (1997),
/// "Introspective sorting and selection algorithms", *Software: Practice and Experience* 27(8).
func selectOrderStatistics(_ values: inout [Double], ranks: [Int]) {
    guard !ranks.isEmpty, values.count > 1 else { return }
    var depthBudget = 2 * (Int.bitWidth - values.count.leadingZeroBitCount) + 4
    values.withUnsafeMutableBufferPointer { buffer in
        select(buffer, lower: 0, upper: buffer.count - 1, ranks: ranks[...], depthBudget: &depthBudget)
    }
}

private func select(
    _ a: UnsafeMutableBufferPointer<Double>, lower: Int, upper: Int, ranks: ArraySlice<Int>,
    depthBudget: inout Int
) {
    var lo = lower
    var hi = upper
    var pending = ranks
    while !pending.isEmpty {
        if hi - lo < 24 {
            insertionSort(a, lo, hi)
            return
        }
        if depthBudget <= 0 {
            let sorted = a[lo...hi].sorted()
            for (offset, value) in sorted.enumerated() { a[lo + offset] = value }
            return
        }
        depthBudget -= 1
        let pivot = medianOfThree(a[lo], a[lo + (hi - lo) / 2], a[hi])
        // Three-way partition: [lo, lt) < pivot, [lt, gt] == pivot, (gt, hi] > pivot.
        var lt = lo
        var i = lo
        var gt = hi
        while i <= gt {
            let value = a[i]
            if value < pivot {
                a.swapAt(lt, i)
                lt += 1
                i += 1
            } else if value > pivot {
                a.swapAt(i, gt)
                gt -= 1
            } else {
                i += 1
            }
        }
        let left = pending.prefix(while: { $0 < lt })
        let right = pending.drop(while: { $0 <= gt })
        if !left.isEmpty {
            if right.isEmpty {
                hi = lt - 1
                pending = left
                continue
            }
            select(a, lower: lo, upper: lt - 1, ranks: left, depthBudget: &depthBudget)
        }
        lo = gt + 1
        pending = right
    }
}

private func medianOfThree(_ a: Double, _ b: Double, _ c: Double) -> Double {
    if a < b {
        if b < c { return b }
        return a < c ? c : a
    }
    if a < c { return a }
    return b < c ? c : b
}

private func insertionSort(_ a: UnsafeMutableBufferPointer<Double>, _ lo: Int, _ hi: Int) {
    guard hi > lo else { return }
    for i in (lo + 1)...hi {
        let value = a[i]
        var j = i - 1
        while j >= lo && a[j] > value {
            a[j + 1] = a[j]
            j -= 1
        }
        a[j + 1] = value
    }
}
