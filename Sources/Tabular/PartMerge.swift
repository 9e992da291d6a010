#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Joining the runs of parsers that read consecutive parts of the same data in parallel.
///
/// Part `k` is read by its own parser into the shared column arrays from row `offsets[k]` on, its
/// rows numbered from 0 (part 0's parser numbers them from its true row). Parts are valid while
/// each ended exactly where the next begins; the valid ones are then joined: rows moved down to
/// close the gaps (blank lines, bad rows and quoted line feeds leave a part's capacity unused),
/// renumbered, and their categorical codes rewritten as codes of part 0's dictionaries. The result
/// is what one parser reading all the parts in order would have produced.
enum PartMerge {
    /// Splits [start, end) at the first LF at or after each target offset (in ascending order),
    /// returning the part boundaries: `start`, one position just after a LF per target that has
    /// one, and `end`. Targets that fall at or before the previous boundary are dropped, so
    /// parts are never empty.
    static func splitAfterLineFeeds(
        from start: UnsafePointer<UInt8>, to end: UnsafePointer<UInt8>, targets: [Int]
    ) -> [UnsafePointer<UInt8>] {
        var points = [start]
        for offset in targets {
            let target = start + offset
            guard target > points.last!, target < end,
                let found = memchr(target, Int32(ASCII.lineFeed), end - target)
            else { continue }
            let split = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) + 1
            if split < end && split > points.last! { points.append(split) }
        }
        points.append(end)
        return points
    }

    /// How many parts, from the first, are valid: part 0 always; part `k + 1` when part `k` is
    /// valid and stopped with `.reachedLimit` exactly at `boundaries[k + 1]`.
    static func validPartCount(stops: [RecordParser.Stop], boundaries: [UnsafePointer<UInt8>]) -> Int {
        var valid = 1
        while valid < stops.count, case .reachedLimit(let q) = stops[valid - 1], q == boundaries[valid] {
            valid += 1
        }
        return valid
    }

    /// Joins the runs of `parsers[1..<count]` to that of `parsers[0]` in `outputs` (part `k`
    /// wrote from row `offsets[k]`): moves their rows down, adds the row-number base to their rows
    /// and diagnostics, and remaps their codes into `parsers[0]`'s dictionaries.
    /// - Returns: the rows of all `count` parts, and the row number after the last part's data.
    static func join(
        _ parsers: ArraySlice<RecordParser>, offsets: [Int], outputs: ColumnOutputs, plan: ParsePlan
    ) -> (rows: Int, nextRowNumber: Int) {
        let first = parsers[parsers.startIndex]
        var rowsSoFar = first.rows
        var rowNumberBase = first.nextRowNumber
        for (part, parser) in zip(parsers.indices, parsers).dropFirst() {
            let count = parser.rows
            let source = offsets[part - parsers.startIndex]
            if source != rowsSoFar {
                for slot in 0..<plan.numericColumns.count {
                    (outputs.numeric[slot] + rowsSoFar).update(from: outputs.numeric[slot] + source, count: count)
                }
                for slot in 0..<plan.categoricalColumns.count {
                    (outputs.codes[slot] + rowsSoFar).update(from: outputs.codes[slot] + source, count: count)
                }
                (outputs.rowNumbers + rowsSoFar).update(from: outputs.rowNumbers + source, count: count)
            }
            let rowNumbers = outputs.rowNumbers + rowsSoFar
            for row in 0..<count { rowNumbers[row] += rowNumberBase }
            for index in parser.diagnostics.indices { parser.diagnostics[index].row? += rowNumberBase }
            for slot in 0..<plan.categoricalColumns.count {
                remap(codes: outputs.codes[slot] + rowsSoFar, count: count, from: parser.dictionaries[slot],
                      into: first.dictionaries[slot])
            }
            rowNumberBase += parser.nextRowNumber
            rowsSoFar += count
        }
        return (rowsSoFar, rowNumberBase)
    }

    /// The texts, missing counts, diagnostics (at most `diagnosticLimit`) and bad-row count of
    /// the joined runs, in part order; the parsers' texts are moved out.
    static func collect(
        _ parsers: ArraySlice<RecordParser>, diagnosticLimit: Int
    ) -> (texts: [[String]], missingCounts: [Int], diagnostics: [Diagnostic], skipped: Int) {
        let first = parsers[parsers.startIndex]
        var texts = first.texts
        var missing = first.missingCounts
        var diagnostics: [Diagnostic] = []
        var skipped = 0
        for (index, parser) in parsers.enumerated() {
            if index > 0 {
                for slot in texts.indices { texts[slot].append(contentsOf: parser.texts[slot]) }
                for column in missing.indices { missing[column] += parser.missingCounts[column] }
            }
            for slot in parser.texts.indices { parser.texts[slot] = [] }
            diagnostics.append(contentsOf: parser.diagnostics.prefix(diagnosticLimit - diagnostics.count))
            skipped += parser.badRowCount
        }
        return (texts, missing, diagnostics, skipped)
    }

    /// Rewrites codes of `dictionary` as codes of `target`, adding its levels to `target` in order
    /// (which keeps the order of first appearance across the data).
    static func remap(codes: UnsafeMutablePointer<Int32>, count: Int, from dictionary: LevelDictionary, into target: LevelDictionary) {
        var mapping: [Int32] = []
        mapping.reserveCapacity(dictionary.levels.count)
        var identity = true
        for (code, level) in dictionary.levels.enumerated() {
            var spelling = level
            let mapped = spelling.withUTF8 { bytes in
                target.insert(bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!, bytes.count, string: level).code
            }
            identity = identity && mapped == Int32(code)
            mapping.append(mapped)
        }
        if identity { return }
        for row in 0..<count where codes[row] >= 0 { codes[row] = mapping[Int(codes[row])] }
    }
}

/// Pointer tables for one part: the column pointers advanced to the part's first row.
struct PartOutputs {
    let outputs: ColumnOutputs

    init(_ whole: ColumnOutputs, numericCount: Int, categoricalCount: Int, offset: Int, capacity: Int) {
        let numeric = UnsafeMutablePointer<UnsafeMutablePointer<Double>>.allocate(capacity: max(numericCount, 1))
        for slot in 0..<numericCount { numeric[slot] = whole.numeric[slot] + offset }
        let codes = UnsafeMutablePointer<UnsafeMutablePointer<Int32>>.allocate(capacity: max(categoricalCount, 1))
        for slot in 0..<categoricalCount { codes[slot] = whole.codes[slot] + offset }
        outputs = ColumnOutputs(numeric: numeric, codes: codes, rowNumbers: whole.rowNumbers + offset, capacity: capacity)
    }

    static func widen(_ outputs: ColumnOutputs, to capacity: Int) -> ColumnOutputs {
        var widened = outputs
        widened.capacity = capacity
        return widened
    }

    func deallocate() {
        outputs.numeric.deallocate()
        outputs.codes.deallocate()
    }
}
