import Foundation
import LinearAlgebra
import Modeling
import Tabular

/// What `credo train` was asked to do, as parsed from its command line.
struct TrainingRequest {
    var dataPath: String
    var target: String
    var badValue: String?
    var goodValue: String?
    var features: [String]
    var exclude: [String]
    var id: String?
    var categorical: [String]
    var references: [String]
    var weight: String?
    var l2: Double
    var firth: Bool
    var robust: LogisticOptions.RobustCovariance
    var maxIterations: Int
    var strict: Bool
    /// Values read as missing besides the empty field.
    var missingValues: [String] = CSVOptions.defaultMissingValues
    var outputPath: String

    /// The tokens the data are read with: `missingValues` and the empty field.
    var missingTokens: Set<String> { Set(missingValues).union([""]) }
}

/// Everything a training run produced, for the summaries.
struct TrainingOutcome {
    let model: ModelFile
    /// The reader's bad rows (at most its diagnostic limit) and how many there were.
    let badRows: [Diagnostic]
    let badRowCount: Int
    /// Rows the design left out.
    let exclusions: RowExclusions
    /// Labels of the target column (counts of missing and invalid values).
    let labels: BinaryLabels
    /// The `--timings` line.
    let timings: String
}

/// `credo train` from the data file to the model file: read the header and resolve the columns,
/// read the data (hashing the file on another thread meanwhile), resolve the target, build the
/// design, fit, and write the model file atomically.
struct TrainingPipeline {
    let request: TrainingRequest
    let context: CommandContext

    func run() throws -> TrainingOutcome {
        var clock = PhaseClock()
        guard request.dataPath != "-" else {
            throw ValidationError(
                "--data -: training needs a file (the model records its SHA-256); save the input first")
        }
        let path = context.openablePath(request.dataPath)
        let createdAt = UTCTimestamp.string(from: try context.creationDate())

        // read
        let header = try CSVReader(path: path, request: ColumnRequest(columns: [])).header
        let columns = try TrainingColumns.resolve(
            header: header, file: request.dataPath, target: request.target, weight: request.weight, id: request.id,
            features: request.features, exclude: request.exclude, categorical: request.categorical,
            references: request.references)
        // The file's SHA-256 (for the lineage) is computed on its own thread while the file is
        // parsed on the other processors (one core each is the best split: the hash is the longer
        // of the two; measured on 2 cores, 1M x 50: hash ~1.7 s, parse ~0.5 s on 2 threads).
        let digest = BackgroundDigest(path: path)
        let parsers = max(1, ProcessInfo.processInfo.activeProcessorCount - 1)
        let read = try readDataset(
            path: path, request: columns.request,
            options: CSVOptions(
                missingTokens: request.missingTokens, badRows: request.strict ? .strict : .skip, maxThreads: parsers))
        let dataset = read.dataset
        let definition = BinaryTargetDefinition(
            column: columns.target, badValue: request.badValue, goodValue: request.goodValue)
        let labels = try definition.labels(
            for: dataset.column(named: columns.target)!, rowNumbers: dataset.rowNumbers, file: request.dataPath,
            missingTokens: request.missingTokens)
        if labels.badCount + labels.goodCount == 0, let first = labels.invalidRows.first {
            throw TabularError.data(first)  // no row has a valid target: say what a valid one is
        }
        clock.lap("read")

        // encode
        let design = try TrainingDesign.build(
            dataset: dataset, labels: labels, targetColumn: columns.target, features: columns.features,
            weightColumn: columns.weight, references: columns.references, missingTokens: request.missingTokens)
        if request.strict, let first = design.exclusions.counts.min(by: { $0.firstRow < $1.firstRow }) {
            throw StrictRowError(
                file: request.dataPath, row: first.firstRow, column: first.column,
                problem: Self.problem(first.reason, labels: labels, row: first.firstRow))
        }
        clock.lap("encode")
        // the digest of the file, if its thread is not done yet (it ran alongside read and encode)
        let sha256 = try digest.wait()
        clock.lap("hashWait")

        // fit
        let options = ModelFile.TrainingOptions(
            features: columns.features, exclude: columns.exclude, categorical: columns.categorical,
            reference: columns.references, id: columns.id, l2: request.l2, firth: request.firth,
            robust: request.robust, maxIterations: request.maxIterations, strict: request.strict)
        let fit: LogisticFit
        do {
            fit = try LogisticRegression.fit(
                design: design.design, target: design.target, weights: design.weights,
                options: options.logisticOptions, columnNames: design.columnNames)
        } catch {
            throw LocatedModelingError(error: error, file: request.dataPath, fileRows: design.fileRows)
        }
        clock.lap("fit")

        // write
        let rowsRead = dataset.rowCount + read.skippedRowCount
        let model = ModelFile(
            fit: fit, features: design.features,
            target: BinaryTargetDefinition(
                column: columns.target, badValue: request.badValue,
                goodValue: request.badValue == nil ? request.goodValue : request.goodValue ?? labels.goodLabel),
            weightColumn: columns.weight,
            lineage: ModelFile.Lineage(
                dataFile: URL(fileURLWithPath: request.dataPath).lastPathComponent, dataSHA256: sha256,
                rowsRead: rowsRead, rowsUsed: design.target.count, rowsSkipped: rowsRead - design.target.count,
                options: options, credoVersion: CredoVersion.current, createdAt: createdAt),
            missingValues: request.missingValues)
        try AtomicOutputFile.write(model.encoded(), to: context.openablePath(request.outputPath))
        clock.lap("write")
        return TrainingOutcome(
            model: model, badRows: read.diagnostics, badRowCount: read.skippedRowCount, exclusions: design.exclusions,
            labels: labels, timings: clock.line(extra: [("hash", digest.seconds)]))
    }

    /// What is wrong with the first row an exclusion counts (for `--strict`).
    static func problem(_ reason: RowExclusions.Reason, labels: BinaryLabels, row: Int) -> String {
        switch reason {
        case .missing:
            return "the value is missing"
        case .negativeWeight:
            return "the weight is negative"
        case .invalidTarget:
            return labels.invalidRows.first { $0.row == row }?.message ?? "not a valid target value"
        }
    }
}
