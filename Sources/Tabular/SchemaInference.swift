/// Resolves a `ColumnRequest` against a header, and infers the kinds the request leaves open
/// from a sample of the first records.
///
/// Inference rule, per column, over the first `CSVOptions.inferenceSampleRows` non-blank records
/// that start within the first `inferenceSampleBytes` bytes of data (at least one record; records
/// with the wrong number of fields are not examined):
/// - numeric, when every sampled value that is not missing (after trimming spaces and tabs) is a
///   decimal number — including a column with no values at all in the sample;
/// - otherwise categorical, when the sample holds at most `maxInferredLevels` distinct values and,
///   once it holds 20 or more values, at most half as many distinct values as values;
/// - otherwise text (ids, free text).
///
/// The sample is the same whatever the reader's buffer size or chunk size, so every reader of a
/// file infers the same kinds. When every selected column's kind is declared, nothing is sampled.
struct SchemaInference {
    /// A selected column: where it is in the file, and its declared kind if any.
    struct Selection {
        var name: String
        var position: Int
        var declared: ColumnKind?
    }

    private struct Evidence {
        var values = 0
        var allNumbers = true
        var distinct = Set<UInt64>()
    }

    let selections: [Selection]
    private let options: CSVOptions
    private let missing: MissingTokens
    private let scanner: FieldScanner
    private let fieldCount: Int
    private var evidence: [Evidence]
    private var records = 0
    private var fields: [ScannedField] = []
    private var scratch: [UInt8] = []

    /// Resolves `request` against `header`; throws for unknown or repeated names.
    init(request: ColumnRequest, header: [String], options: CSVOptions, file: String) throws(TabularError) {
        var positionByName: [String: Int] = [:]
        for (position, name) in header.enumerated() { positionByName[name] = position }
        func unknown(_ name: String) -> TabularError {
            .data(Diagnostic(
                file: file, column: name,
                problem: .unknownColumn(suggestion: closestName(to: name, among: header), available: header)))
        }
        for name in request.kinds.keys.sorted() where positionByName[name] == nil { throw unknown(name) }
        let names = request.columns ?? header
        var seen = Set<String>()
        var selections: [Selection] = []
        for name in names {
            guard let position = positionByName[name] else { throw unknown(name) }
            guard seen.insert(name).inserted else {
                throw .data(Diagnostic(file: file, column: name, problem: .duplicateRequestedColumn))
            }
            selections.append(Selection(name: name, position: position, declared: request.kinds[name]))
        }
        self.selections = selections
        self.options = options
        self.missing = MissingTokens(options.missingTokens)
        self.scanner = FieldScanner(delimiter: options.delimiter)
        self.fieldCount = header.count
        self.evidence = Array(repeating: Evidence(), count: selections.count)
    }

    /// Whether the sample is complete before the data ends.
    private var hasEnoughRecords: Bool { records >= options.inferenceSampleRows }

    /// Examines the records of [start, end) (`end[-1]` is a LF) from `p`, where the data begins
    /// at `dataStart`. Returns where it stopped and whether the sample is complete; when it is not,
    /// call again from that position with more data.
    mutating func examine(
        from p: UnsafePointer<UInt8>, end: UnsafePointer<UInt8>, atEndOfData: Bool, dataStart: UnsafePointer<UInt8>
    ) -> (next: UnsafePointer<UInt8>, complete: Bool) {
        var p = p
        // Nothing to infer: no sample is needed (and the streaming buffer stays small).
        if selections.allSatisfy({ $0.declared != nil }) { return (p, true) }
        while true {
            if hasEnoughRecords || (records > 0 && p - dataStart >= options.inferenceSampleBytes) { return (p, true) }
            if p >= end { return (p, atEndOfData) }
            switch scanner.record(at: p, end: end, into: &fields) {
            case .blank(let next):
                p = next
            case .unterminated:
                return (p, atEndOfData)
            case .record(let next):
                records += 1
                if fields.count == fieldCount && !fields.contains(where: \.hasTextAfterQuote) { observe() }
                p = next
            }
        }
    }

    private mutating func observe() {
        for (index, selection) in selections.enumerated() where selection.declared == nil {
            let field = fields[selection.position]
            let maxLevels = options.maxInferredLevels
            FieldScanner.withContent(of: field, scratch: &scratch) { start, count in
                if !missing.matches(start, count) {
                    evidence[index].values += 1
                    if evidence[index].distinct.count <= maxLevels {
                        evidence[index].distinct.insert(LevelDictionary.hash(start, count))
                    }
                }
                guard evidence[index].allNumbers else { return }
                let (from, to) = DecimalNumber.trimmed(start, start + count)
                if from == to || missing.matches(from, to - from) { return }
                if case .notANumber = DecimalNumber.parse(from, count: to - from) { evidence[index].allNumbers = false }
            }
        }
    }

    /// The schema: declared kinds as given, the others inferred from the records examined.
    func schema() -> Schema {
        Schema(fields: selections.enumerated().map { index, selection in
            Schema.Field(
                name: selection.name, kind: selection.declared ?? inferredKind(evidence[index]),
                position: selection.position, isDeclared: selection.declared != nil)
        })
    }

    private func inferredKind(_ evidence: Evidence) -> ColumnKind {
        if evidence.allNumbers { return .numeric }
        let distinct = evidence.distinct.count
        if distinct > options.maxInferredLevels { return .text }
        if evidence.values >= 20 && distinct * 2 > evidence.values { return .text }
        return .categorical
    }
}
