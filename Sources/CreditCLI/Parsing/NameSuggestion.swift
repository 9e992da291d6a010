/// Finding the known name a mistyped one was probably meant to be ("did you mean '--target'?").
enum NameSuggestion {
    /// The candidate closest to `input`, or nil when none is close.
    ///
    /// A candidate that `input` begins (at least 3 letters past any dashes) wins, the shortest
    /// first (`--max` -> `--max-iterations`). Otherwise the candidate at the smallest edit
    /// distance (``editDistance(_:_:)``), if that distance is at most a third of the input's
    /// letters (at least 1, at most 3). Ties go to the earlier candidate. A one-letter input gets no
    /// suggestion by distance: every other letter would be as close.
    static func closest(to input: String, among candidates: [String]) -> String? {
        let core = input.drop(while: { $0 == "-" })
        let others = candidates.filter { $0 != input }
        if core.count >= 3 {
            let extended = others.filter { $0.drop(while: { $0 == "-" }).hasPrefix(core) }
            if let shortest = extended.min(by: { $0.count < $1.count }) { return shortest }
        }
        guard core.count >= 2 else { return nil }
        let threshold = min(3, max(1, core.count / 3))
        var best: (candidate: String, distance: Int)?
        for candidate in others {
            let distance = editDistance(input, candidate)
            if distance <= threshold, distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// The optimal-string-alignment distance: the fewest insertions, deletions, substitutions and
    /// transpositions of adjacent characters turning `a` into `b` (each substring edited once).
    ///
    /// Reference: F. J. Damerau, "A technique for computer detection and correction of spelling
    /// errors", Communications of the ACM 7(3), 1964.
    /// - Complexity: O(mn) time, O(n) memory for lengths m and n.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var distance = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    distance = min(distance, previousPrevious[j - 2] + 1)
                }
                current[j] = distance
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
