import Foundation
import Tabular
import TestSupport
import Testing

@testable import Modeling

/// The fixture written by Fixtures/make_scoring.py: a model file, a CSV portfolio, and each row's
/// linear predictor and PD computed by hand with numpy (or the problem that stops it).
struct ScoringFixture: Decodable {
    struct Expected: Decodable {
        let row: Int
        let id: String
        /// `repr` of the linear predictor (`inf`/`-inf` allowed).
        let eta: String?
        let pd: Double?
        /// `missing`, `unseen` or `notFinite`.
        let problem: String?
        let column: String?
    }

    let csv: String
    let expectedError: [Expected]
    let expectedReference: [Expected]

    /// The model file's bytes (the fixture's `model` member, re-serialized).
    let modelBytes: [UInt8]

    private enum CodingKeys: String, CodingKey { case csv, expectedError, expectedReference }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        csv = try container.decode(String.self, forKey: .csv)
        expectedError = try container.decode([Expected].self, forKey: .expectedError)
        expectedReference = try container.decode([Expected].self, forKey: .expectedReference)
        modelBytes = []
    }

    private init(other: ScoringFixture, modelBytes: [UInt8]) {
        csv = other.csv
        expectedError = other.expectedError
        expectedReference = other.expectedReference
        self.modelBytes = modelBytes
    }

    static let shared: ScoringFixture = {
        let url = TestPaths.fixture("scoring.json", in: "ModelingTests")
        let data = try! Data(contentsOf: url)
        let fixture = try! JSONDecoder().decode(ScoringFixture.self, from: data)
        let object = try! JSONSerialization.jsonObject(with: data) as! [String: Any]
        let model = try! JSONSerialization.data(withJSONObject: object["model"]!)
        return ScoringFixture(other: fixture, modelBytes: Array(model))
    }()

    func model() throws -> ModelFile {
        try ModelFile.decode(modelBytes, file: "scoring-model.json")
    }

    /// The fixture's CSV in a fresh temporary file.
    func csvFile() throws -> (folder: URL, path: String) {
        let folder = try TestPaths.temporaryDirectory("scoring")
        let path = folder.appendingPathComponent("portfolio.csv").path
        try Data(csv.utf8).write(to: URL(fileURLWithPath: path))
        return (folder, path)
    }
}

/// Reads `path` in chunks of `chunkRows` as the scorer needs it and scores every chunk.
func scoreInChunks(
    _ path: String, scorer: CompiledScorer, chunkRows: Int
) throws -> (probabilities: [Double], rows: [Int], outcome: ChunkScorer.Outcome) {
    let request = ColumnRequest(
        columns: scorer.inputs.map(\.name), kinds: Dictionary(uniqueKeysWithValues: scorer.inputs.map { ($0.name, $0.kind) }))
    let reader = try CSVReader(path: path, request: request)
    var chunkScorer = ChunkScorer(scorer)
    var probabilities: [Double] = []
    var rows: [Int] = []
    var outcome = ChunkScorer.Outcome(problems: [], unseenLevelRows: 0)
    var buffer: [Double] = []
    while let chunk = try reader.nextChunk(maxRows: chunkRows) {
        let part = chunkScorer.score(chunk.rows, into: &buffer)
        probabilities += buffer
        rows += chunk.rows.rowNumbers
        outcome.problems += part.problems
        outcome.unseenLevelRows += part.unseenLevelRows
    }
    return (probabilities, rows, outcome)
}

@Suite struct ScorerTests {
    /// Every scorable row's PD equals numpy's hand computation to 1e-15 relative (the linear
    /// predictor is the same sum in the same order, so it is bit-identical; the PD goes through
    /// `exp`, where numpy's and glibc's implementations may differ in the last ulp, 2.2e-16).
    @Test(arguments: [DesignEncoder.UnseenLevelPolicy.error, .reference])
    func probabilitiesMatchNumpy(policy: DesignEncoder.UnseenLevelPolicy) throws {
        let fixture = ScoringFixture.shared
        let scorer = CompiledScorer(model: try fixture.model(), unseenLevels: policy)
        let (folder, path) = try fixture.csvFile()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try scoreInChunks(path, scorer: scorer, chunkRows: 1000)
        let expected = policy == .error ? fixture.expectedError : fixture.expectedReference
        #expect(result.rows == expected.map(\.row))
        var problems = result.outcome.problems[...]
        for (index, row) in expected.enumerated() {
            let pd = result.probabilities[index]
            if let expectedPD = row.pd {
                #expect(
                    pd.isApproximatelyEqual(to: expectedPD, relativeTolerance: 1e-15), "row \(row.row) (\(row.id))")
            } else {
                #expect(pd.isNaN, "row \(row.row) (\(row.id)) cannot be scored")
                let next = problems.popFirst()
                let problem = try #require(next)
                #expect(problem.row == row.row)
                switch (row.problem, problem) {
                case ("missing", .missingValue(_, _, let column)): #expect(column == row.column)
                case ("unseen", .unseenLevel(_, _, let column, _, _)): #expect(column == row.column)
                case ("notFinite", .linearPredictorNotFinite): break
                default: Issue.record("row \(row.row): expected \(row.problem ?? "-"), found \(problem)")
                }
            }
        }
        #expect(problems.isEmpty)
        #expect(result.outcome.unseenLevelRows == (policy == .reference ? 2 : 0))
    }

    /// The linear predictor itself is bit-identical to numpy's sequential sum in design order.
    @Test func linearPredictorIsBitIdenticalToTheDesignOrderSum() throws {
        let fixture = ScoringFixture.shared
        let scorer = CompiledScorer(model: try fixture.model())
        let header = fixture.csv.split(separator: "\n")[0].split(separator: ",").map(String.init)
        for (line, expected) in zip(fixture.csv.split(separator: "\n").dropFirst(), fixture.expectedError) {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let values = Dictionary(uniqueKeysWithValues: zip(header, fields))
            let eta = scorer.linearPredictor(values: values)
            if let text = expected.eta {
                let expectedEta = try #require(Double(text))
                let found = try #require(eta, "row \(expected.row)")
                #expect(found.bitPattern == expectedEta.bitPattern, "row \(expected.row): \(found) vs \(text)")
            } else if expected.problem != "notFinite" {
                #expect(eta == nil, "row \(expected.row)")
            } else {
                #expect(eta?.isNaN == true)
            }
        }
    }

    /// A row scored alone, in chunks of 7, or in one batch gets the same bits.
    @Test func chunkSizeDoesNotChangeTheBits() throws {
        let fixture = ScoringFixture.shared
        let scorer = CompiledScorer(model: try fixture.model())
        let (folder, path) = try fixture.csvFile()
        defer { try? FileManager.default.removeItem(at: folder) }
        let whole = try scoreInChunks(path, scorer: scorer, chunkRows: 100_000)
        for size in [1, 7, 64] {
            let chunked = try scoreInChunks(path, scorer: scorer, chunkRows: size)
            #expect(chunked.probabilities.map(\.bitPattern) == whole.probabilities.map(\.bitPattern), "chunks of \(size)")
            #expect(chunked.outcome == whole.outcome)
        }
    }

    @Test func inputsAreTheFeaturesInDesignOrder() throws {
        let scorer = CompiledScorer(model: try ScoringFixture.shared.model())
        #expect(scorer.inputs.map(\.name) == ["income", "region", "age", "grade", "ratio", "leverage"])
        #expect(scorer.inputs.map(\.kind) == [.numeric, .categorical, .numeric, .categorical, .numeric, .numeric])
        #expect(scorer.intercept == -1.2345678901234567)
    }

    /// An intercept-only model gives every row logistic(const); no rows give no probabilities.
    @Test func interceptOnlyAndEmpty() throws {
        let model = try ScoringFixture.shared.model()
        var empty = model
        empty.features = []
        empty.designColumns = ["const"]
        empty.coefficients = [model.coefficients[0]]
        let scorer = CompiledScorer(model: empty)
        var chunkScorer = ChunkScorer(scorer)
        var probabilities: [Double] = [1, 2, 3]
        let rows = Dataset(columns: [.numeric(NumericColumn(name: "other", values: [1, 2]))])
        let outcome = chunkScorer.score(rows, into: &probabilities)
        let expected = 1 / (1 + exp(1.2345678901234567))
        #expect(probabilities.count == 2)
        #expect(probabilities.allSatisfy { $0.isApproximatelyEqual(to: expected, relativeTolerance: 1e-15) })
        #expect(outcome.problems.isEmpty)
        let none = chunkScorer.score(Dataset(columns: [.numeric(NumericColumn(name: "other", values: []))]), into: &probabilities)
        #expect(probabilities.isEmpty)
        #expect(none.problems.isEmpty)
    }

    /// Levels the reader meets in later chunks are mapped when they appear; codes keep their
    /// meaning (the table grows with the dictionary).
    @Test func dictionaryGrowingAcrossChunks() throws {
        let scorer = CompiledScorer(model: try ScoringFixture.shared.model(), unseenLevels: .error)
        var chunkScorer = ChunkScorer(scorer)
        func rows(_ regions: [Int32], levels: [String]) -> Dataset {
            let n = regions.count
            return Dataset(file: "f.csv", columns: [
                .numeric(NumericColumn(name: "income", values: Array(repeating: 10, count: n))),
                .categorical(CategoricalColumn(name: "region", codes: regions, levels: levels)),
                .numeric(NumericColumn(name: "age", values: Array(repeating: 30, count: n))),
                .categorical(CategoricalColumn(name: "grade", codes: Array(repeating: 0, count: n), levels: ["B"])),
                .numeric(NumericColumn(name: "ratio", values: Array(repeating: 0, count: n))),
                .numeric(NumericColumn(name: "leverage", values: Array(repeating: 0, count: n))),
            ])
        }
        var first: [Double] = []
        _ = chunkScorer.score(rows([0, 0], levels: ["south"]), into: &first)
        var second: [Double] = []
        let outcome = chunkScorer.score(rows([1, 0, 2, -1], levels: ["south", "north", "mars"]), into: &second)
        #expect(second[1].bitPattern == first[0].bitPattern)
        let south = scorer.linearPredictor(values: [
            "income": "10", "region": "south", "age": "30", "grade": "B", "ratio": "0", "leverage": "0",
        ])!
        let north = scorer.linearPredictor(values: [
            "income": "10", "region": "north", "age": "30", "grade": "B", "ratio": "0", "leverage": "0",
        ])!
        #expect(first[0].isApproximatelyEqual(to: 1 / (1 + exp(-south)), relativeTolerance: 1e-15))
        #expect(second[0].isApproximatelyEqual(to: 1 / (1 + exp(-north)), relativeTolerance: 1e-15))
        #expect(second[2].isNaN && second[3].isNaN)
        #expect(outcome.problems == [
            .unseenLevel(file: "f.csv", row: 4, column: "region", value: "mars", knownLevels: ["east", "north", "south"]),
            .missingValue(file: "f.csv", row: 5, column: "region"),
        ])
    }

    /// Scores all of `rows` in one chunk: the linear predictors, the PDs and what was found.
    static func scoreAll(_ scorer: CompiledScorer, _ rows: Dataset) -> (
        eta: [Double], probabilities: [Double], outcome: ChunkScorer.Outcome
    ) {
        var chunkScorer = ChunkScorer(scorer)
        var probabilities: [Double] = []
        let outcome = chunkScorer.score(rows, into: &probabilities)
        return (chunkScorer.linearPredictors, probabilities, outcome)
    }

    /// Feature by feature on a hand-made dataset: a numeric term, a level's effect, the reference
    /// level adding 0; a missing level and an unseen one stop their rows under `.error`, and under
    /// `.reference` the unseen level scores as the reference and is counted.
    @Test func linearPredictorAndProblems() throws {
        let dataset = DesignEncoderTests.dataset()
        let b = [0.5, 0.25, -1, 2]
        let result = Self.scoreAll(CompiledScorer(features: DesignEncoderTests.features, coefficients: b), dataset)
        #expect(result.eta[0] == 0.5 + 2.5 - 1)
        #expect(result.eta[1] == 0.5 + 5 + 2)
        #expect(result.eta[2].isNaN && result.eta[4].isNaN)
        #expect(result.eta[3] == 0.5 + 10)
        #expect(
            result.outcome.problems == [
                .missingValue(file: "d.csv", row: 4, column: "housing"),
                .unseenLevel(file: "d.csv", row: 6, column: "housing", value: "castle", knownLevels: ["free", "own", "rent"]),
            ])
        #expect(result.outcome.unseenLevelRows == 0)
        let lenient = Self.scoreAll(
            CompiledScorer(features: DesignEncoderTests.features, coefficients: b, unseenLevels: .reference), dataset)
        #expect(lenient.eta[4] == 0.5 + 12.5)
        #expect(lenient.outcome.problems == [.missingValue(file: "d.csv", row: 4, column: "housing")])
        #expect(lenient.outcome.unseenLevelRows == 1)
    }

    /// A numeric missing value stops the row even when its coefficient is 0 (NaN * 0 is NaN).
    @Test func missingNumericWithZeroCoefficient() throws {
        let result = Self.scoreAll(
            CompiledScorer(features: [.numeric("gap")], coefficients: [1, 0]), DesignEncoderTests.dataset())
        #expect(result.eta[1].isNaN)
        #expect(result.outcome.problems == [.missingValue(file: "d.csv", row: 3, column: "gap")])
    }

    /// No rows give no linear predictors; without features every row gets the intercept.
    @Test func emptyRowsAndNoFeatures() throws {
        let empty = Dataset(file: "e.csv", columns: [.numeric(NumericColumn(name: "x", values: []))])
        #expect(Self.scoreAll(CompiledScorer(features: [.numeric("x")], coefficients: [1, 2]), empty).eta.isEmpty)
        let interceptOnly = CompiledScorer(features: [], coefficients: [-2])
        #expect(Self.scoreAll(interceptOnly, DesignEncoderTests.dataset()).eta == [-2, -2, -2, -2, -2])
    }

    /// PD at the extremes of eta: no overflow, and the small tail keeps its relative accuracy.
    @Test func extremesOfTheLinearPredictor() throws {
        let fixture = ScoringFixture.shared
        let byID = Dictionary(uniqueKeysWithValues: fixture.expectedError.map { ($0.id, $0) })
        #expect(byID["X-700"]?.pd == 9.85967654375977e-305)
        #expect(byID["X40"]?.pd == 1)
        #expect(byID["SMALL"]?.pd == 0)
        #expect(byID["INF"]?.eta == "inf")
        #expect(byID["INF"]?.pd == 1)
    }
}
