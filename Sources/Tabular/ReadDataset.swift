#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole CSV file into a columnar dataset.
///
/// The header, schema and value rules are those of `CSVReader` (the same sample gives the same
/// kinds; the dataset equals the concatenation of a `CSVReader`'s chunks). A regular file is
/// mapped into memory and parsed by up to `options.maxThreads` threads, each over a part of the
/// file that starts after a LF; each part's values are written straight into the final column
/// arrays at offsets known from counting the LFs of every part, so peak memory is about the size
/// of the columns. A part boundary that falls inside a quoted field is detected (the previous
/// part does not end exactly there) and the rest of the file is then read sequentially, so the
/// result never depends on the split. Standard input (`-`) and other streams are read in chunks.
///
/// - Parameters:
///   - path: the file, or `-` for standard input.
///   - request: the columns to read and any kinds to force.
///   - options: CSV dialect, missing tokens, inference sample, bad-row policy, threads.
/// - Throws: `TabularError.noSuchFile`/`.unreadable` (exit 66), `.data` for an empty file, a bad
///   header, an unknown column, or a bad row under `.strict` (65), `.io` (74).
/// - Complexity: O(file size), in parallel over the parts.
public func readDataset(
    path: String, request: ColumnRequest = .all, options: CSVOptions = CSVOptions()
) throws(TabularError) -> ReadResult {
    try readDataset(path: path, request: request, options: options, tuning: ReadTuning())
}

/// Sizes that steer the whole-file reader; tests shrink them to force many parts and windows.
struct ReadTuning: Sendable {
    /// Parts smaller than this are not worth a thread.
    var minimumPartBytes = 4 << 20
    /// The span parsed between releases of mapped pages.
    var windowBytes = 8 << 20
    /// The streaming reader's buffer, for standard input and other streams.
    var streamBufferBytes = 1 << 20
}

/// `readDataset(path:request:options:)` with explicit tuning.
func readDataset(
    path: String, request: ColumnRequest, options: CSVOptions, tuning: ReadTuning
) throws(TabularError) -> ReadResult {
    let input = try InputFile(path: path)
    guard !input.isStandardInput, let size = input.regularFileSize else {
        return try readDatasetByChunks(input: input, request: request, options: options, bufferSize: tuning.streamBufferBytes)
    }
    if size == 0 { throw .data(Diagnostic(file: input.displayName, problem: .emptyFile)) }
    let mapping = try MappedFile(input: input, size: size)
    return try WholeFileRead(mapping: mapping, file: input.displayName, request: request, options: options, tuning: tuning).run()
}

/// Reads a stream by chunks and concatenates them.
private func readDatasetByChunks(
    input: InputFile, request: ColumnRequest, options: CSVOptions, bufferSize: Int
) throws(TabularError) -> ReadResult {
    let reader = try CSVReader(input: input, request: request, options: options, bufferSize: bufferSize)
    let fields = reader.schema.fields
    var numeric: [[Double]] = Array(repeating: [], count: fields.count)
    var codes: [[Int32]] = Array(repeating: [], count: fields.count)
    var levels: [[String]] = Array(repeating: [], count: fields.count)
    var texts: [[String]] = Array(repeating: [], count: fields.count)
    var missing = Array(repeating: 0, count: fields.count)
    var rowNumbers: [Int] = []
    var diagnostics: [Diagnostic] = []
    var skipped = 0
    while let chunk = try reader.nextChunk(maxRows: 1 << 16) {
        rowNumbers.append(contentsOf: chunk.rows.rowNumbers)
        for (index, column) in chunk.rows.columns.enumerated() {
            missing[index] += column.missingCount
            switch column {
            case .numeric(let values): numeric[index].append(contentsOf: values.values)
            case .categorical(let values):
                codes[index].append(contentsOf: values.codes)
                levels[index] = values.levels
            case .text(let values): texts[index].append(contentsOf: values.values)
            }
        }
        skipped += chunk.skippedRowCount
        diagnostics.append(contentsOf: chunk.diagnostics.prefix(options.diagnosticLimit - diagnostics.count))
    }
    let columns: [Column] = fields.enumerated().map { index, field in
        switch field.kind {
        case .numeric: .numeric(NumericColumn(name: field.name, values: numeric[index], missingCount: missing[index]))
        case .categorical:
            .categorical(CategoricalColumn(name: field.name, codes: codes[index], levels: levels[index], missingCount: missing[index]))
        case .text: .text(TextColumn(name: field.name, values: texts[index], missingCount: missing[index]))
        }
    }
    return ReadResult(
        dataset: Dataset(file: reader.file, columns: columns, rowNumbers: rowNumbers), schema: reader.schema,
        diagnostics: diagnostics, skippedRowCount: skipped)
}

/// One whole-file read of a mapped file.
private struct WholeFileRead: Sendable {
    let mapping: MappedFile
    let file: String
    let request: ColumnRequest
    let options: CSVOptions
    let tuning: ReadTuning

    func run() throws(TabularError) -> ReadResult {
        let base = UnsafePointer(mapping.base)
        var dataEnd = mapping.size
        if base[dataEnd - 1] != ASCII.lineFeed {
            mapping.base[dataEnd] = ASCII.lineFeed
            dataEnd += 1
        }
        let end = base + dataEnd
        var p = base
        if mapping.size >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF { p += 3 }

        let header: [String]
        let headerRow: Int
        switch HeaderReader.read(at: p, end: end, atEndOfData: true, delimiter: options.delimiter, file: file) {
        case .header(let names, let next, let row):
            header = names
            headerRow = row
            p = next
        case .needMoreData:
            preconditionFailure("the whole file is in memory")
        case .failure(let diagnostic):
            throw .data(diagnostic)
        }
        var inference = try SchemaInference(request: request, header: header, options: options, file: file)
        _ = inference.examine(from: p, end: end, atEndOfData: true, dataStart: p)
        let schema = inference.schema()
        let plan = ParsePlan(file: file, header: header, schema: schema, options: options)

        let parts = splitPoints(from: p, to: end)
        let partCount = parts.count - 1
        // An upper bound on the records starting in each part: its LF count (parts start after a LF
        // and the data ends with one, so every record starting in a part ends at one of its LFs,
        // except one that crosses into the next part, which the part does not keep).
        let capacities = SharedSlots(Array(repeating: 0, count: partCount))
        let windowBytes = tuning.windowBytes
        let partStarts = parts.map { UInt(bitPattern: $0) }
        ParallelWork.run(count: partCount, threads: partCount) { part in
            let from = UnsafePointer<UInt8>(bitPattern: partStarts[part])!
            let to = UnsafePointer<UInt8>(bitPattern: partStarts[part + 1])!
            var count = 0
            var window = from
            while window < to {
                let windowEnd = to - window > windowBytes ? window + windowBytes : to
                count += FieldScanner.countLineFeeds(window, windowEnd)
                mapping.release(window, windowEnd)
                window = windowEnd
            }
            capacities[part] = count
        }
        let partCapacities = capacities.values
        var offsets = [0]
        for capacity in partCapacities { offsets.append(offsets.last! + capacity) }
        let total = offsets.last!

        let parsers = (0..<partCount).map { RecordParser(plan: plan, firstRowNumber: $0 == 0 ? headerRow + 1 : 0) }
        var failure: Diagnostic?
        var validParts = 0
        let arrays = ColumnStorage.withOutputs(
            numericCount: plan.numericColumns.count, categoricalCount: plan.categoricalColumns.count, capacity: total
        ) { outputs in
            let tables = (0..<partCount).map { part in
                PartOutputs(outputs, numericCount: plan.numericColumns.count,
                            categoricalCount: plan.categoricalColumns.count, offset: offsets[part],
                            capacity: partCapacities[part])
            }
            defer { tables.forEach { $0.deallocate() } }
            let sharedTables = SharedSlots(tables)
            let stops = SharedSlots([RecordParser.Stop?](repeating: nil, count: partCount))
            let shared = SharedSlots(parsers)
            let endAddress = UInt(bitPattern: end)
            ParallelWork.run(count: partCount, threads: partCount) { part in
                let parser = shared[part]
                parser.beginRun(outputs: sharedTables[part].outputs)
                stops[part] = parseInWindows(
                    parser, from: UnsafePointer<UInt8>(bitPattern: partStarts[part])!,
                    limit: UnsafePointer<UInt8>(bitPattern: partStarts[part + 1])!,
                    end: UnsafePointer<UInt8>(bitPattern: endAddress)!, maxRecords: capacities[part])
            }

            // Parts are valid while each one ended exactly where the next begins.
            let stopList = stops.values.map { $0! }
            validParts = PartMerge.validPartCount(stops: stopList, boundaries: parts)
            let last = validParts - 1
            if case .failed = stopList[last] {
                failure = parsers[last].failure
            } else if last + 1 < partCount {
                // The split fell inside a record: read the rest of the file sequentially.
                guard case .crossedLimit(let resume) = stopList[last] else {
                    preconditionFailure("a part stopped for an unexpected reason: \(stopList[last])")
                }
                let parser = parsers[last]
                parser.retarget(outputs: PartOutputs.widen(tables[last].outputs, to: total - offsets[last]))
                if case .failed = parseInWindows(parser, from: resume, limit: end, end: end, maxRecords: total - offsets[last]) {
                    failure = parser.failure
                }
            }
            if failure != nil {
                // Rows of later parts are numbered from 0 until they are joined.
                if last > 0 { failure?.row? += parsers[0..<last].reduce(0) { $0 + $1.nextRowNumber } }
                return 0
            }
            return PartMerge.join(parsers.prefix(validParts), offsets: offsets, outputs: outputs, plan: plan).rows
        }
        if let failure { throw .data(failure) }

        let (texts, missing, diagnostics, skipped) = PartMerge.collect(
            parsers.prefix(validParts), diagnosticLimit: options.diagnosticLimit)
        let dataset = ColumnStorage.dataset(
            plan: plan, arrays: arrays, levels: parsers[0].dictionaries.map(\.levels), texts: texts, missingCounts: missing)
        return ReadResult(dataset: dataset, schema: schema, diagnostics: diagnostics, skippedRowCount: skipped)
    }

    /// Parses the records starting in [start, limit) in windows of `windowBytes`, releasing the
    /// mapped pages behind each window, so the file's pages do not add to the peak memory. A record
    /// crossing a window's end is read again in the next window (its part's own limit is final).
    private func parseInWindows(
        _ parser: RecordParser, from start: UnsafePointer<UInt8>, limit: UnsafePointer<UInt8>,
        end: UnsafePointer<UInt8>, maxRecords: Int
    ) -> RecordParser.Stop {
        var position = start
        var windowEnd = start
        while true {
            windowEnd = limit - windowEnd > tuning.windowBytes ? windowEnd + tuning.windowBytes : limit
            let stop = parser.parse(from: position, limit: windowEnd, end: end, atEndOfData: true, maxRecords: maxRecords)
            if windowEnd == limit { return stop }
            switch stop {
            case .reachedLimit(let next), .crossedLimit(let next):
                mapping.release(position, next)
                position = next
            default:
                return stop
            }
        }
    }

    /// The part boundaries: the data start, positions just after a LF near equal shares of the
    /// data, and the end.
    private func splitPoints(from start: UnsafePointer<UInt8>, to end: UnsafePointer<UInt8>) -> [UnsafePointer<UInt8>] {
        let bytes = end - start
        let threads = options.maxThreads ?? ParallelWork.processorCount
        let partCount = max(1, min(threads, bytes / tuning.minimumPartBytes))
        return PartMerge.splitAfterLineFeeds(
            from: start, to: end, targets: (1..<partCount).map { bytes / partCount * $0 })
    }
}
