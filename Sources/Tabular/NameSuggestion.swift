/// The name among `candidates` closest to `name`, to suggest after a typo, or nil when none is
/// close.
///
/// Distance is the Levenshtein edit distance between lower-cased names; a candidate is close when
/// the distance is at most max(1, length / 3) of the longer name. Ties go to the earlier
/// candidate, so the suggestion is deterministic.
///
/// Reference: V. I. Levenshtein (1966), "Binary codes capable of correcting deletions, insertions,
/// and reversals".
/// - Complexity: O(n * m) per candidate for names of lengths n and m.
public func closestName(to name: String, among candidates: [String]) -> String? {
    let target = Array(name.lowercased())
    var best: (name: String, distance: Int)?
    for candidate in candidates {
        let other = Array(candidate.lowercased())
        let distance = editDistance(target, other)
        let allowed = max(1, max(target.count, other.count) / 3)
        guard distance <= allowed else { continue }
        if best == nil || distance < best!.distance { best = (candidate, distance) }
    }
    return best?.name
}

/// Levenshtein distance by the two-row dynamic programme.
func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
            current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
