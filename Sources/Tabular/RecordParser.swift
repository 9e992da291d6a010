/// Where a parser writes the values of fixed-size kinds: one base pointer per numeric and
/// categorical slot, plus the row numbers, each valid for `capacity` rows.
struct ColumnOutputs {
    var numeric: UnsafeMutablePointer<UnsafeMutablePointer<Double>>
    var codes: UnsafeMutablePointer<UnsafeMutablePointer<Int32>>
    var rowNumbers: UnsafeMutablePointer<Int>
    var capacity: Int
}

/// The record loop: turns the records of a byte region into column values, row numbers and
/// diagnostics. One parser per thread; the streaming reader keeps one for the whole file (its
/// level dictionaries persist across chunks).
///
/// The region handed to `parse` must end with a LF (readers append one to a file that lacks
/// it), so unquoted fields and numbers are scanned without bounds checks.
///
/// A record is written tentatively at index `rows`; it becomes a row when it ends cleanly. A bad
/// record is rolled back (new levels removed, text values dropped, missing counts undone) and
/// reported as a diagnostic, so the output never depends on where bad rows were.
final class RecordParser {
    /// Why `parse` returned.
    enum Stop {
        /// Every record starting before the limit was read; the next one starts here.
        case reachedLimit(UnsafePointer<UInt8>)
        /// `maxRecords` records were read; the next record starts here.
        case full(UnsafePointer<UInt8>)
        /// The record starting here runs past the end of the region (a quoted field is open).
        case incomplete(UnsafePointer<UInt8>)
        /// The record starting here ends beyond the limit; it was not read.
        case crossedLimit(UnsafePointer<UInt8>)
        /// An unterminated quote took the rest of the data (reported as a diagnostic).
        case endOfData
        /// A bad row under `BadRowPolicy.strict`; `failure` holds it.
        case failed
    }

    /// The outcome of reading one field.
    private enum FieldOutcome {
        case ok(terminator: UnsafePointer<UInt8>)
        case bad(terminator: UnsafePointer<UInt8>, problem: Diagnostic.Problem, value: String)
        case unterminated
    }

    let plan: ParsePlan
    private let fieldPlans: UnsafeMutablePointer<ParsePlan.FieldPlan>
    private let fieldCount: Int
    private let scanner: FieldScanner
    private let missing: MissingTokens
    /// The missing tokens that are numbers (`-999`): in a numeric column a field equal to one of
    /// them as a number (`-999.0` too) is missing. Empty by default, so the fast path pays one
    /// predictable branch.
    private let numericMissing: [Double]
    private let strict: Bool
    private let diagnosticLimit: Int
    private let powers: UnsafeMutablePointer<Double>

    /// Per categorical slot.
    let dictionaries: [LevelDictionary]
    /// Per text slot: the values of the rows read so far in this run. (Only this parser touches
    /// it, from one thread at a time: no dynamic exclusivity check is needed per value.)
    @exclusivity(unchecked) var texts: [[String]]
    /// Per schema column: missing values among the rows read so far in this run.
    @exclusivity(unchecked) var missingCounts: [Int]

    private let pendingMissing: UnsafeMutablePointer<Int32>
    // Touched for every field; this parser is used by one thread at a time, so these skip Swift's
    // dynamic exclusivity checks (measured: a quarter of the time on categorical columns).
    @exclusivity(unchecked) private var pendingMissingCount = 0
    @exclusivity(unchecked) private var pendingLevels: [Int] = []
    @exclusivity(unchecked) private var scratch: [UInt8] = []

    /// Where the current run writes (set by `beginRun`).
    private(set) var outputs: ColumnOutputs?
    /// Rows written in this run.
    var rows = 0
    /// The spreadsheet row of the next record.
    var nextRowNumber: Int
    /// Diagnostics of this run (at most `diagnosticLimit`).
    var diagnostics: [Diagnostic] = []
    /// Bad rows skipped in this run.
    var badRowCount = 0
    /// The bad row that stopped a strict read.
    var failure: Diagnostic?

    init(plan: ParsePlan, firstRowNumber: Int) {
        self.plan = plan
        self.fieldCount = plan.fieldCount
        self.fieldPlans = .allocate(capacity: max(1, plan.fieldCount))
        self.fieldPlans.initialize(from: plan.fields, count: plan.fieldCount)
        self.scanner = FieldScanner(delimiter: plan.options.delimiter)
        self.missing = MissingTokens(plan.options.missingTokens)
        self.numericMissing = MissingTokens.numericValues(of: plan.options.missingTokens)
        self.strict = plan.options.badRows == .strict
        self.diagnosticLimit = plan.options.diagnosticLimit
        self.powers = .allocate(capacity: DecimalNumber.exactPowersOfTen.count)
        self.powers.initialize(from: DecimalNumber.exactPowersOfTen, count: DecimalNumber.exactPowersOfTen.count)
        self.dictionaries = plan.categoricalColumns.map { _ in LevelDictionary() }
        self.texts = plan.textColumns.map { _ in [] }
        self.missingCounts = Array(repeating: 0, count: plan.schema.fields.count)
        self.pendingMissing = .allocate(capacity: max(1, plan.fieldCount))
        self.nextRowNumber = firstRowNumber
    }

    deinit {
        fieldPlans.deallocate()
        powers.deallocate()
        pendingMissing.deallocate()
    }

    /// Starts a run writing to `outputs` from index 0: clears the rows, texts, missing counts and
    /// diagnostics of the previous run (dictionaries and row numbering continue).
    func beginRun(outputs: ColumnOutputs) {
        self.outputs = outputs
        rows = 0
        for slot in texts.indices { texts[slot].removeAll(keepingCapacity: false) }
        for column in missingCounts.indices { missingCounts[column] = 0 }
        diagnostics.removeAll()
        badRowCount = 0
        failure = nil
    }

    /// Continues a run at a new output base (the rows already written stay where they are); used
    /// when a parallel read continues sequentially past a part boundary.
    func retarget(outputs: ColumnOutputs) {
        self.outputs = outputs
    }

    /// Reads the records that start in [start, limit), never reading at or beyond `end`
    /// (`end[-1]` is a LF, `limit <= end`), stopping once this run holds `maxRecords` records
    /// (rows plus bad rows; at most the output capacity).
    /// `atEndOfData` says whether bytes after `end` exist: if not, a quote still open at `end` is
    /// an unterminated quote; if so, the record is incomplete.
    func parse(
        from start: UnsafePointer<UInt8>, limit: UnsafePointer<UInt8>, end: UnsafePointer<UInt8>,
        atEndOfData: Bool, maxRecords: Int
    ) -> Stop {
        guard let outputs else { preconditionFailure("parse before beginRun") }
        precondition(maxRecords <= outputs.capacity, "maxRecords exceeds the output capacity")
        precondition(limit <= end && (start >= end || end[-1] == ASCII.lineFeed), "the region must end with a LF")
        let fieldPlans = self.fieldPlans
        let fieldCount = self.fieldCount
        let delimiter = scanner.delimiter
        let numeric = outputs.numeric
        let codes = outputs.codes
        let rowNumbers = outputs.rowNumbers
        let powers = self.powers
        var row = rows
        var rowNumber = nextRowNumber
        var records = rows + badRowCount
        var p = start
        defer {
            rows = row
            nextRowNumber = rowNumber
        }

        while p < limit {
            if records >= maxRecords { return .full(p) }
            let recordStart = p
            let first = p[0]
            if first == ASCII.lineFeed || (first == ASCII.carriageReturn && p[1] == ASCII.lineFeed) {
                p += first == ASCII.lineFeed ? 1 : 2
                rowNumber += 1
                continue
            }
            var fieldIndex = 0
            var badField: (terminator: UnsafePointer<UInt8>, problem: Diagnostic.Problem, value: String?)?
            var unterminated = false
            fields: while true {
                let fieldPlan = fieldPlans[fieldIndex]
                let outcome: FieldOutcome
                switch fieldPlan.action {
                case .numeric:
                    let scan = DecimalNumber.scan(p, powers: powers)
                    let t = scan.end
                    let c = t[0]
                    if scan.status == .exact
                        && (c == delimiter || c == ASCII.lineFeed || (c == ASCII.carriageReturn && t[1] == ASCII.lineFeed))
                    {
                        if numericMissing.isEmpty || !numericMissing.contains(scan.value) {
                            numeric[Int(fieldPlan.slot)][row] = scan.value
                        } else {
                            numeric[Int(fieldPlan.slot)][row] = .nan
                            noteMissing(fieldPlan)
                        }
                        outcome = .ok(terminator: t)
                    } else {
                        outcome = numericFieldSlowly(
                            at: p, scan: scan, end: end, plan: fieldPlan, out: numeric[Int(fieldPlan.slot)], row: row)
                    }
                case .skip:
                    if p[0] != ASCII.quote {
                        outcome = .ok(terminator: scanner.unquotedEnd(from: p))
                    } else if let field = scanner.quotedField(at: p, end: end) {
                        outcome = .ok(terminator: field.terminator)
                    } else {
                        outcome = .unterminated
                    }
                case .categorical:
                    outcome = categoricalField(
                        at: p, end: end, plan: fieldPlan, codes: codes[Int(fieldPlan.slot)], row: row)
                case .text:
                    outcome = textField(at: p, end: end, plan: fieldPlan)
                }
                let terminator: UnsafePointer<UInt8>
                switch outcome {
                case .ok(let t):
                    terminator = t
                case .bad(let t, let problem, let value):
                    badField = (t, problem, value)
                    break fields
                case .unterminated:
                    unterminated = true
                    break fields
                }
                if terminator[0] == delimiter {
                    fieldIndex += 1
                    if fieldIndex == fieldCount {
                        badField = (terminator, .raggedRow(expected: fieldCount, found: fieldCount), nil)
                        fieldIndex -= 1
                        break fields
                    }
                    p = terminator + 1
                } else {
                    p = FieldScanner.afterRecordEnd(terminator)
                    if fieldIndex + 1 != fieldCount {
                        badField = (terminator, .raggedRow(expected: fieldCount, found: fieldIndex + 1), nil)
                    }
                    break fields
                }
            }

            if badField == nil && !unterminated {
                if p > limit {
                    rollBack(row: row)
                    return .crossedLimit(recordStart)
                }
                rowNumbers[row] = rowNumber
                commit()
                row += 1
                rowNumber += 1
                records += 1
                continue
            }

            // A bad record: find where it ends and how many fields it has, then report it.
            rollBack(row: row)
            var next: UnsafePointer<UInt8>? = nil
            var problem = Diagnostic.Problem.unterminatedQuote
            var value: String? = nil
            var column: String? = plan.header[fieldIndex]
            if let bad = badField, !unterminated {
                if case .raggedRow(_, let found) = bad.problem, found < fieldCount {
                    next = p
                    problem = bad.problem
                } else {
                    let rest = restOfRecord(after: bad.terminator, end: end)
                    let found = fieldIndex + 1 + rest.extraFields
                    if let restNext = rest.next {
                        next = restNext
                        if found != fieldCount {
                            problem = .raggedRow(expected: fieldCount, found: found)
                        } else {
                            problem = bad.problem
                            value = bad.value
                        }
                    } else {
                        // The quote opens in field `found` (0-based).
                        column = found < fieldCount ? plan.header[found] : nil
                    }
                }
                if case .raggedRow = problem { column = nil }
            }
            guard let nextRecord = next else {
                // An open quote reaches the end of the region.
                if !atEndOfData { return .incomplete(recordStart) }
                if limit < end { return .crossedLimit(recordStart) }
                let diagnostic = Diagnostic(file: plan.file, row: rowNumber, column: column, problem: .unterminatedQuote)
                p = end
                rowNumber += 1
                report(diagnostic)
                return strict ? .failed : .endOfData
            }
            if nextRecord > limit { return .crossedLimit(recordStart) }
            report(Diagnostic(file: plan.file, row: rowNumber, column: column, value: value, problem: problem))
            p = nextRecord
            rowNumber += 1
            records += 1
            if strict { return .failed }
        }
        return .reachedLimit(p)
    }

    /// Reports an open quote that ran past `CSVOptions.maxRecordBytes` in the record that starts
    /// the unread data; the rest of the input cannot be split into records.
    func reportRunawayQuote() {
        report(Diagnostic(file: plan.file, row: nextRowNumber, problem: .unterminatedQuote))
        nextRowNumber += 1
    }

    /// Records a bad row.
    private func report(_ diagnostic: Diagnostic) {
        badRowCount += 1
        if diagnostics.count < diagnosticLimit { diagnostics.append(diagnostic) }
        if strict && failure == nil { failure = diagnostic }
    }

    /// Makes the tentative record's side effects permanent.
    @inline(__always)
    private func commit() {
        if pendingMissingCount > 0 {
            for k in 0..<pendingMissingCount { missingCounts[Int(pendingMissing[k])] += 1 }
            pendingMissingCount = 0
        }
        if !pendingLevels.isEmpty { pendingLevels.removeAll(keepingCapacity: true) }
    }

    /// Undoes the tentative record at index `row`.
    private func rollBack(row: Int) {
        pendingMissingCount = 0
        while let slot = pendingLevels.popLast() { dictionaries[slot].removeLast() }
        for slot in texts.indices where texts[slot].count > row {
            texts[slot].removeLast(texts[slot].count - row)
        }
    }

    @inline(__always)
    private func noteMissing(_ plan: ParsePlan.FieldPlan) {
        pendingMissing[pendingMissingCount] = plan.column
        pendingMissingCount += 1
    }

    /// Fields after the one ending at `terminator`, to the end of the record: the next record's
    /// start (nil when a quote stays open to `end`) and how many more complete fields there were.
    private func restOfRecord(
        after terminator: UnsafePointer<UInt8>, end: UnsafePointer<UInt8>
    ) -> (next: UnsafePointer<UInt8>?, extraFields: Int) {
        var t = terminator
        var extra = 0
        while t[0] == scanner.delimiter {
            guard let field = scanner.field(at: t + 1, end: end) else { return (nil, extra) }
            extra += 1
            t = field.terminator
        }
        return (FieldScanner.afterRecordEnd(t), extra)
    }

    /// A numeric field the fast path did not take: quoted, padded, missing, long, or bad.
    private func numericFieldSlowly(
        at p: UnsafePointer<UInt8>, scan: DecimalNumber.Scan, end: UnsafePointer<UInt8>,
        plan: ParsePlan.FieldPlan, out: UnsafeMutablePointer<Double>, row: Int
    ) -> FieldOutcome {
        let t = scan.end
        let c = t[0]
        if scan.status == .needsSlowPath
            && (c == scanner.delimiter || c == ASCII.lineFeed || (c == ASCII.carriageReturn && t[1] == ASCII.lineFeed))
        {
            let value = DecimalNumber.slowValue(p, t)
            if value.isInfinite { return .bad(terminator: t, problem: .numberOutOfRange, value: displayText(p, t - p)) }
            if numericMissing.contains(value) {
                out[row] = .nan
                noteMissing(plan)
            } else {
                out[row] = value
            }
            return .ok(terminator: t)
        }
        guard let field = scanner.field(at: p, end: end) else { return .unterminated }
        if field.hasTextAfterQuote {
            return .bad(terminator: field.terminator, problem: .textAfterClosingQuote, value: displayText(p, field.terminator - p))
        }
        let result: (Double, Diagnostic.Problem?) = FieldScanner.withContent(of: field, scratch: &scratch) { start, count in
            let (from, to) = DecimalNumber.trimmed(start, start + count)
            if from == to || missing.matches(from, to - from) { return (.nan, nil) }
            switch DecimalNumber.parse(from, count: to - from) {
            case .number(let value): return (numericMissing.contains(value) ? .nan : value, nil)
            case .notANumber: return (.nan, .notANumber)
            case .outOfRange: return (.nan, .numberOutOfRange)
            }
        }
        if let problem = result.1 {
            let value = FieldScanner.withContent(of: field, scratch: &scratch) { displayText($0, $1) }
            return .bad(terminator: field.terminator, problem: problem, value: value)
        }
        if result.0.isNaN { noteMissing(plan) }
        out[row] = result.0
        return .ok(terminator: field.terminator)
    }

    /// A categorical field: its code (adding a new level when needed).
    @inline(__always)
    private func categoricalField(
        at p: UnsafePointer<UInt8>, end: UnsafePointer<UInt8>, plan: ParsePlan.FieldPlan,
        codes: UnsafeMutablePointer<Int32>, row: Int
    ) -> FieldOutcome {
        guard let field = scanner.field(at: p, end: end) else { return .unterminated }
        if field.hasTextAfterQuote {
            return .bad(terminator: field.terminator, problem: .textAfterClosingQuote, value: displayText(p, field.terminator - p))
        }
        let slot = Int(plan.slot)
        let code: Int32? = FieldScanner.withContent(of: field, scratch: &scratch) { start, count in
            // A missing token is never a level, so only a value not in the dictionary can be one.
            let dictionary = dictionaries[slot]
            if let code = dictionary.code(of: start, count) { return code }
            if missing.matches(start, count) { return -1 }
            guard let string = validatedString(start, count) else { return nil }
            pendingLevels.append(slot)
            return dictionary.insert(start, count, string: string).code
        }
        guard let code else {
            let value = FieldScanner.withContent(of: field, scratch: &scratch) { displayText($0, $1) }
            return .bad(terminator: field.terminator, problem: .invalidUTF8, value: value)
        }
        if code < 0 { noteMissing(plan) }
        codes[row] = code
        return .ok(terminator: field.terminator)
    }

    /// A text field: its string.
    @inline(__always)
    private func textField(at p: UnsafePointer<UInt8>, end: UnsafePointer<UInt8>, plan: ParsePlan.FieldPlan) -> FieldOutcome {
        guard let field = scanner.field(at: p, end: end) else { return .unterminated }
        if field.hasTextAfterQuote {
            return .bad(terminator: field.terminator, problem: .textAfterClosingQuote, value: displayText(p, field.terminator - p))
        }
        let string: String? = FieldScanner.withContent(of: field, scratch: &scratch) { start, count in
            if missing.matches(start, count) { noteMissing(plan) }
            return validatedString(start, count)
        }
        guard let string else {
            let value = FieldScanner.withContent(of: field, scratch: &scratch) { displayText($0, $1) }
            return .bad(terminator: field.terminator, problem: .invalidUTF8, value: value)
        }
        texts[Int(plan.slot)].append(string)
        return .ok(terminator: field.terminator)
    }
}
