/// Reads one chunk of a stream as several parts parsed on parallel threads: the streaming
/// reader's way to use more than one processor while memory stays bounded by the chunk.
///
/// The buffered data is split after LFs into `threads` parts sized from the bytes per record met
/// so far, so that each part holds about `maxRows / threads` records. Part 0 is read by the
/// reader's own parser (its dictionaries are the file's), the others by parsers made for the
/// chunk; the parts are then joined by `PartMerge`. A part
/// boundary inside a quoted field is caught as in `readDataset` (the previous part does not end
/// exactly there): the chunk then ends where the last valid part ended and the next chunk starts
/// from there, so the rows, their numbers, codes and diagnostics never depend on the split.
final class ChunkInParts {
    /// What `read` did.
    enum Outcome {
        /// The chunk, the position after its data, and whether the data ended there.
        case chunk(Chunk, consumedTo: Int, atEnd: Bool)
        /// A bad row under `BadRowPolicy.strict` (its row number final).
        case failed(Diagnostic)
        /// Parts would not help (too little data, or the first record needs the sequential
        /// reader's handling: larger than the buffered data, or an unterminated quote); whether
        /// the work alongside has run.
        case readSequentially(ranAlongside: Bool)
    }

    let plan: ParsePlan
    let threads: Int
    /// Parts smaller than this are not worth a thread: the chunk is read sequentially.
    var minimumPartBytes = 16 << 10
    /// The most one part reads, whatever the record size (bounds the buffer).
    var maximumPartBytes = 8 << 20
    /// Chunks read in parts so far, and how many of them ended early because a part boundary fell
    /// inside a record or a part filled up (for tests).
    private(set) var chunksRead = 0
    private(set) var chunksEndedEarly = 0

    init(plan: ParsePlan, threads: Int) {
        precondition(threads >= 2, "parts need at least two threads")
        self.plan = plan
        self.threads = threads
    }

    /// Reads the next chunk of at most `maxRows` records from the unparsed data of `stream`
    /// (filling it as needed), with `parser` reading the first part.
    /// - Parameter bytesPerRecord: the average record size so far, which sizes the parts.
    /// - Parameter alongside: work items run on the same threads as the parts (see
    ///   `CSVReader.nextChunk(maxRows:alongside:)`); they have run when this returns, unless
    ///   `.readSequentially` says otherwise.
    func read(
        stream: StreamBuffer, parser: RecordParser, maxRows: Int, bytesPerRecord: Double,
        alongside: ConcurrentWork = .none
    ) throws(TabularError) -> Outcome {
        let partCount = min(threads, maxRows)
        guard partCount >= 2 else { return .readSequentially(ranAlongside: false) }
        let partRows = maxRows / partCount
        // Aim a little short of `partRows` records, so that a part rarely fills before its end.
        let wanted = (Double(partRows) * bytesPerRecord * 0.92).rounded(.down)
        let partBytes = Int(min(max(wanted, 1), Double(maximumPartBytes)))
        try stream.fill(toHold: partBytes * partCount)
        let region = stream.parseRegion()
        let base = UnsafePointer(stream.base)
        let start = base + stream.start
        let regionEnd = base + region.end
        let span = min(regionEnd - start, partBytes * partCount)
        guard span / partCount >= minimumPartBytes else { return .readSequentially(ranAlongside: false) }
        // The parts end just after the first LF at or after the span's end (or at the region's end).
        let partsEnd = span == regionEnd - start
            ? regionEnd : PartMerge.splitAfterLineFeeds(from: start, to: regionEnd, targets: [span])[1]
        let boundaries = PartMerge.splitAfterLineFeeds(
            from: start, to: partsEnd, targets: (1..<partCount).map { span / partCount * $0 })
        return parse(
            boundaries: boundaries, regionEnd: regionEnd, atEndOfData: region.atEndOfData, base: base,
            parser: parser, partRows: partRows, alongside: alongside)
    }

    /// Parses the parts between `boundaries` in parallel and joins the valid ones.
    private func parse(
        boundaries: [UnsafePointer<UInt8>], regionEnd: UnsafePointer<UInt8>, atEndOfData: Bool,
        base: UnsafePointer<UInt8>, parser: RecordParser, partRows: Int, alongside: ConcurrentWork
    ) -> Outcome {
        let parts = boundaries.count - 1
        // Parts after the first get new parsers: their dictionaries then list the levels in the
        // order they first appear in the part, which the join keeps.
        let parsers = [parser] + (1..<parts).map { _ in RecordParser(plan: plan, firstRowNumber: 0) }
        var stops: [RecordParser.Stop] = []
        var validParts = 0
        var joined = (rows: 0, nextRowNumber: 0)
        let offsets = (0..<parts).map { $0 * partRows }
        let arrays = ColumnStorage.withOutputs(
            numericCount: plan.numericColumns.count, categoricalCount: plan.categoricalColumns.count,
            capacity: partRows * parts
        ) { outputs in
            let tables = (0..<parts).map { part in
                PartOutputs(outputs, numericCount: plan.numericColumns.count,
                            categoricalCount: plan.categoricalColumns.count, offset: offsets[part], capacity: partRows)
            }
            defer { tables.forEach { $0.deallocate() } }
            let sharedTables = SharedSlots(tables)
            let sharedParsers = SharedSlots(parsers)
            let results = SharedSlots([RecordParser.Stop?](repeating: nil, count: parts))
            let addresses = boundaries.map { UInt(bitPattern: $0) }
            let endAddress = UInt(bitPattern: regionEnd)
            // The parts first, then the work alongside: a thread that finishes early takes the next
            // item, so the threads stay busy until both are done.
            ParallelWork.run(count: parts + alongside.count, threads: threads) { item in
                guard item < parts else { return alongside.body(item - parts) }
                let part = item
                let parser = sharedParsers[part]
                parser.beginRun(outputs: sharedTables[part].outputs)
                results[part] = parser.parse(
                    from: UnsafePointer(bitPattern: addresses[part])!, limit: UnsafePointer(bitPattern: addresses[part + 1])!,
                    end: UnsafePointer(bitPattern: endAddress)!, atEndOfData: atEndOfData, maxRecords: partRows)
            }
            stops = results.values.map { $0! }
            validParts = PartMerge.validPartCount(stops: stops, boundaries: boundaries)
            if case .failed = stops[validParts - 1] { return 0 }
            joined = PartMerge.join(parsers.prefix(validParts), offsets: offsets, outputs: outputs, plan: plan)
            return joined.rows
        }

        let last = validParts - 1
        let consumedTo: Int
        var atEnd = false
        switch stops[last] {
        case .failed:
            var failure = parsers[last].failure!
            if last > 0 { failure.row? += parsers[0..<last].reduce(0) { $0 + $1.nextRowNumber } }
            return .failed(failure)
        case .reachedLimit(let next), .full(let next), .crossedLimit(let next), .incomplete(let next):
            consumedTo = next - base
            atEnd = atEndOfData && next == regionEnd
        case .endOfData:
            consumedTo = regionEnd - base
            atEnd = true
        }
        if last == 0 && consumedTo == boundaries[0] - base && parser.rows == 0 && parser.badRowCount == 0 {
            return .readSequentially(ranAlongside: true)
        }
        parser.nextRowNumber = joined.nextRowNumber
        chunksRead += 1
        if validParts < parts { chunksEndedEarly += 1 }
        let (texts, missing, diagnostics, skipped) = PartMerge.collect(
            parsers.prefix(validParts), diagnosticLimit: plan.options.diagnosticLimit)
        let rows = ColumnStorage.dataset(
            plan: plan, arrays: arrays, levels: parser.dictionaries.map(\.levels), texts: texts, missingCounts: missing)
        return .chunk(Chunk(rows: rows, diagnostics: diagnostics, skippedRowCount: skipped), consumedTo: consumedTo, atEnd: atEnd)
    }
}
