import Dispatch

/// A streaming CSV reader: reads the header and infers the schema when created, then hands out
/// the rows in chunks, with memory bounded by the chunk size and a reused read buffer.
///
/// ```swift
/// let reader = try CSVReader(path: "portfolio.csv", request: ColumnRequest(columns: ["id", "income"],
///                                                                          kinds: ["id": .text]))
/// while let chunk = try reader.nextChunk(maxRows: 4096) {
///     // chunk.rows.columns[0] is `id`, [1] is `income`; chunk.diagnostics lists skipped rows
/// }
/// ```
/// The path `-` reads standard input. Input is read with `read(2)` into one buffer that is
/// reused (and grows only when a single record, or the inference sample, does not fit); records
/// may straddle reads. Categorical codes are stable across chunks (one dictionary per column
/// for the whole file), so concatenating the chunks gives exactly what `readDataset` gives.
///
/// With more than one thread (`CSVOptions.maxThreads`, by default one per processor), each chunk
/// after the first is parsed in parts on the threads at once (`ChunkInParts`); the rows, row
/// numbers, codes, diagnostics and errors are exactly those of one thread, only the chunk
/// boundaries may differ.
///
/// Not thread-safe: use one reader from one thread at a time (with `readAhead`, the reader itself
/// hands each chunk's parsing to other threads, strictly between calls).
public final class CSVReader {
    /// The file's name for messages: the path, or `<stdin>`.
    public let file: String
    /// Every name in the header, in file order.
    public let header: [String]
    /// The columns each chunk holds, with their kinds.
    public let schema: Schema
    /// The options the reader was created with.
    public let options: CSVOptions

    private let stream: StreamBuffer
    private let plan: ParsePlan
    private let parser: RecordParser
    private var finished = false
    /// Parses each chunk in parts on several threads (nil with one thread).
    let parts: ChunkInParts?
    /// The bytes per record of the last chunk that held records, for sizing the parts (the last
    /// chunk rather than the whole file so far, so that a change of record size along the file is
    /// followed at once).
    private var bytesPerRecord: Double?

    /// Opens `path`, reads its header and resolves the requested columns' kinds.
    ///
    /// A kind not declared in `request.kinds` is inferred from the first
    /// `options.inferenceSampleRows` records (within `options.inferenceSampleBytes`): numeric when
    /// every value that is not missing is a number (also when the sample holds no value at all);
    /// otherwise categorical when the sample holds few distinct values, text when it holds many
    /// (see `CSVOptions.maxInferredLevels`). Every reader of a file infers the same kinds.
    /// - Parameters:
    ///   - path: the file, or `-` for standard input.
    ///   - request: the columns to read (in the order the chunks hold them) and forced kinds.
    ///   - options: CSV dialect, missing tokens, inference sample, bad-row policy.
    ///   - readAhead: parse the next chunk on another thread while the caller processes the
    ///     current one (see `nextChunk(maxRows:)`).
    /// - Throws: `TabularError.noSuchFile` / `.unreadable` when the file cannot be opened,
    ///   `.data` for an empty file, a bad header, or an unknown requested column, `.io` on a
    ///   read error.
    public convenience init(
        path: String, request: ColumnRequest = .all, options: CSVOptions = CSVOptions(), readAhead: Bool = false
    ) throws(TabularError) {
        try self.init(
            input: InputFile(path: path), request: request, options: options, bufferSize: 1 << 20, readAhead: readAhead)
    }

    /// As the public initializer, with the read buffer's initial size (tests use tiny buffers to
    /// make records straddle reads).
    convenience init(
        path: String, request: ColumnRequest, options: CSVOptions, bufferSize: Int, readAhead: Bool = false
    ) throws(TabularError) {
        try self.init(
            input: InputFile(path: path), request: request, options: options, bufferSize: bufferSize, readAhead: readAhead)
    }

    /// As the public initializer, over an input already open.
    init(
        input: InputFile, request: ColumnRequest, options: CSVOptions, bufferSize: Int, readAhead: Bool = false
    ) throws(TabularError) {
        let stream = StreamBuffer(input: input, capacity: bufferSize)
        let file = stream.input.displayName
        try stream.skipByteOrderMark()

        // The header.
        var header: [String] = []
        var headerRow = 1
        readHeader: while true {
            let region = stream.parseRegion()
            switch HeaderReader.read(
                at: stream.base + stream.start, end: stream.base + region.end, atEndOfData: region.atEndOfData,
                delimiter: options.delimiter, file: file)
            {
            case .header(let names, let next, let row):
                header = names
                headerRow = row
                stream.start = next - UnsafePointer(stream.base)
                break readHeader
            case .needMoreData:
                try stream.fill()
            case .failure(let diagnostic):
                throw .data(diagnostic)
            }
        }

        // The schema, from a sample that stays in the buffer (nothing is consumed).
        var inference = try SchemaInference(request: request, header: header, options: options, file: file)
        var examined = 0
        while true {
            let region = stream.parseRegion()
            let dataStart = UnsafePointer(stream.base + stream.start)
            let step = inference.examine(
                from: dataStart + examined, end: stream.base + region.end, atEndOfData: region.atEndOfData,
                dataStart: dataStart)
            examined = step.next - dataStart
            if step.complete { break }
            try stream.fill()
        }
        let schema = inference.schema()
        let plan = ParsePlan(file: file, header: header, schema: schema, options: options)
        self.file = file
        self.header = header
        self.schema = schema
        self.options = options
        self.stream = stream
        self.plan = plan
        self.parser = RecordParser(plan: plan, firstRowNumber: headerRow + 1)
        self.readAhead = readAhead
        let threads = options.maxThreads ?? ParallelWork.processorCount
        self.parts = threads >= 2 ? ChunkInParts(plan: plan, threads: threads) : nil
    }

    deinit {
        // A chunk being read ahead uses this reader's buffer and parser: let it finish first.
        _ = pending?.wait()
    }

    /// The read buffer's current size in bytes (for tests of bounded memory).
    var bufferCapacity: Int { stream.capacity }

    /// The next rows: at most `maxRows` records (good or bad) are read into one chunk. Returns nil
    /// once the input is exhausted. A chunk may hold fewer rows (the end of the file, bad rows
    /// skipped, or a chunk read in parts, which aims a little short of `maxRows`), even none but
    /// diagnostics.
    ///
    /// With `readAhead`, the chunk after the returned one is parsed on another thread while the
    /// caller works (with the same `maxRows`); the chunks, diagnostics and errors are exactly
    /// those of reading without it, each delivered by the call that would have produced it.
    /// - Throws: `TabularError.data` for a bad row under `BadRowPolicy.strict`, `.io` on a read error.
    public func nextChunk(maxRows: Int) throws(TabularError) -> Chunk? {
        precondition(maxRows >= 1, "a chunk holds at least one row")
        guard readAhead else { return try readNext(maxRows: maxRows) }
        let result: Result<Chunk?, TabularError>
        if let pending {
            result = pending.wait()
            self.pending = nil
        } else {
            result = Result { () throws(TabularError) in try readNext(maxRows: maxRows) }
        }
        if case .success(.some) = result, !finished {
            let reader = UncheckedReference(self)
            let work = PendingChunk()
            pending = work
            DispatchQueue.global().async {
                work.finish(Result { () throws(TabularError) in try reader.value.readNext(maxRows: maxRows) })
            }
        }
        return try result.get()
    }

    /// Whether chunks are parsed one ahead on another thread.
    public let readAhead: Bool
    private var pending: PendingChunk?

    /// The next rows, as `nextChunk(maxRows:)` reads them, while `work` runs on the same threads:
    /// the reader's parts and the work items are taken by the threads as they come free, so
    /// neither waits for the other (a batch scorer formats the previous chunk's output this way).
    /// `work` has run, exactly once, when the call returns or throws.
    /// - Precondition: the reader does not read ahead.
    public func nextChunk(maxRows: Int, alongside work: ConcurrentWork) throws(TabularError) -> Chunk? {
        precondition(maxRows >= 1, "a chunk holds at least one row")
        precondition(!readAhead, "work alongside a read-ahead reader would run on too many threads")
        return try readNext(maxRows: maxRows, alongside: work)
    }

    /// Reads one chunk: in parts on several threads when that helps (once the size of a record is
    /// known from a first chunk), otherwise on the calling thread; runs `alongside` either way.
    private func readNext(maxRows: Int, alongside: ConcurrentWork = .none) throws(TabularError) -> Chunk? {
        var ranAlongside = false
        defer { if !ranAlongside { alongside.run(threads: parts?.threads ?? 1) } }
        if finished { return nil }
        let before = stream.position
        var chunk: Chunk?
        if let parts, let bytesPerRecord {
            let outcome = try parts.read(
                stream: stream, parser: parser, maxRows: maxRows, bytesPerRecord: bytesPerRecord, alongside: alongside)
            ranAlongside = true
            switch outcome {
            case .chunk(let read, let consumedTo, let atEnd):
                stream.start = consumedTo
                finished = atEnd
                chunk = read.rowCount == 0 && read.skippedRowCount == 0 && atEnd ? nil : read
            case .failed(let failure):
                finished = true
                throw .data(failure)
            case .readSequentially(let ran):
                ranAlongside = ran
                chunk = try readChunk(maxRows: maxRows)
            }
        } else {
            chunk = try readChunk(maxRows: maxRows)
        }
        let records = chunk.map { $0.rowCount + $0.skippedRowCount } ?? 0
        if records > 0 { bytesPerRecord = Double(stream.position - before) / Double(records) }
        return chunk
    }

    /// Reads one chunk on the calling thread.
    private func readChunk(maxRows: Int) throws(TabularError) -> Chunk? {
        if finished { return nil }
        var failure: TabularError?
        let arrays = ColumnStorage.withOutputs(
            numericCount: plan.numericColumns.count, categoricalCount: plan.categoricalColumns.count, capacity: maxRows
        ) { outputs in
            parser.beginRun(outputs: outputs)
            do throws(TabularError) {
                try readRecords(maxRows: maxRows)
            } catch {
                failure = error
            }
            return parser.rows
        }
        if let failure {
            finished = true
            throw failure
        }
        if arrays.rowNumbers.isEmpty && parser.badRowCount == 0 && finished { return nil }
        var texts: [[String]] = []
        for slot in parser.texts.indices {
            texts.append(parser.texts[slot])
            parser.texts[slot] = []
        }
        let rows = ColumnStorage.dataset(
            plan: plan, arrays: arrays, levels: parser.dictionaries.map(\.levels), texts: texts,
            missingCounts: parser.missingCounts)
        return Chunk(rows: rows, diagnostics: parser.diagnostics, skippedRowCount: parser.badRowCount)
    }

    /// Parses records into the current run until it holds `maxRows` records (rows and bad rows)
    /// or the input ends.
    private func readRecords(maxRows: Int) throws(TabularError) {
        while true {
            let region = stream.parseRegion()
            let base = UnsafePointer(stream.base)
            let stop = parser.parse(
                from: base + stream.start, limit: base + region.end, end: base + region.end,
                atEndOfData: region.atEndOfData, maxRecords: maxRows)
            switch stop {
            case .full(let p):
                stream.start = p - base
                return
            case .reachedLimit(let p):
                stream.start = p - base
                if region.atEndOfData {
                    finished = true
                    return
                }
                try stream.fill()
            case .incomplete(let p):
                stream.start = p - base
                if region.end - stream.start > options.maxRecordBytes {
                    finished = true
                    parser.reportRunawayQuote()
                    if let failure = parser.failure { throw .data(failure) }
                    return
                }
                try stream.fill()
            case .crossedLimit:
                preconditionFailure("the streaming reader's limit is the end of its region")
            case .endOfData:
                finished = true
                return
            case .failed:
                finished = true
                throw .data(parser.failure!)
            }
        }
    }
}

/// A chunk being read on another thread, and the signal that it is done.
private final class PendingChunk: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<Chunk?, TabularError>?

    /// Called once, by the reading thread.
    func finish(_ result: Result<Chunk?, TabularError>) {
        self.result = result
        done.signal()
    }

    /// Touched only by the thread that waits.
    private var received = false

    /// Waits for the result (the semaphore orders its write before this read); may be called again.
    func wait() -> Result<Chunk?, TabularError> {
        if !received {
            done.wait()
            received = true
        }
        return result!
    }
}

/// A reference handed to the read-ahead thread. The reader is not `Sendable`; it is safe here
/// because the caller's thread does not touch the reader's state until it has waited for the
/// read-ahead to finish.
private struct UncheckedReference<T: AnyObject>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
