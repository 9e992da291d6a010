import Foundation
import Modeling
import Tabular
import TestSupport
import Testing

@testable import CreditCLI

/// The pieces of the training pipeline: timestamps, timings, the background digest, error
/// messages and exit codes.
@Suite struct TrainingPipelineTests {
    @Test func timestampsAreUTCWholeSeconds() {
        #expect(UTCTimestamp.string(from: Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
        #expect(UTCTimestamp.string(from: Date(timeIntervalSince1970: 1_767_225_600)) == "2026-01-01T00:00:00Z")
        #expect(UTCTimestamp.string(from: Date(timeIntervalSince1970: 951_782_399.9)) == "2000-02-28T23:59:59Z")
        #expect(UTCTimestamp.string(from: Date(timeIntervalSince1970: 951_868_800)) == "2000-03-01T00:00:00Z")
    }

    @Test func timingsLine() throws {
        var clock = PhaseClock()
        clock.lap("read")
        clock.lap("fit")
        let line = clock.line(extra: [("hash", 1.5)])
        #expect(line.hasPrefix("timings {\"read\":0.0"))
        #expect(line.contains(",\"hash\":1.500000,\"total\":"))
        let object = try JSONSerialization.jsonObject(with: Data(line.dropFirst("timings ".count).utf8))
        #expect((object as? [String: Double])?.keys.sorted() == ["fit", "hash", "read", "total"])
    }

    @Test func backgroundDigestEqualsTheDigest() throws {
        let path = TestPaths.repositoryRoot.appendingPathComponent("datasets/german_credit/german_credit.csv").path
        let digest = BackgroundDigest(path: path)
        #expect(try digest.wait() == "461734e17253c2399e4a62b4b93a7afb1d88374b5ccfb9e2426aad970fc09d5a")
        #expect(try digest.wait() == "461734e17253c2399e4a62b4b93a7afb1d88374b5ccfb9e2426aad970fc09d5a")
        #expect(digest.seconds >= 0)
        let missing = BackgroundDigest(path: "/nonexistent/x.csv")
        #expect(throws: TabularError.noSuchFile(path: "/nonexistent/x.csv")) { try missing.wait() }
    }

    @Test func estimationErrorsNameTheFileRow() {
        let extreme = LocatedModelingError(
            error: .extremeValue(row: 1, column: "x", value: 1e200), file: "d.csv", fileRows: [2, 5, 6])
        #expect(
            extreme.message
                == "d.csv: row 5, column 'x': 1e+200 is too large (its square overflows); rescale the column")
        #expect(extreme.exitCode == .dataError)
        let separation = LocatedModelingError(
            error: .singleClass(value: 0, count: 3), file: "d.csv", fileRows: [2, 3, 4])
        #expect(separation.message == ModelingError.singleClass(value: 0, count: 3).description)
        let collinear = LocatedModelingError(error: .constantColumn(column: "k", value: 7), file: "d.csv", fileRows: [])
        #expect(collinear.exitCode == .rankDeficient)
    }

    @Test func strictRowMessage() {
        let error = StrictRowError(file: "d.csv", row: 14, column: "x", problem: "the value is missing")
        #expect(error.exitCode == .dataError)
        #expect(
            error.message
                == "d.csv: row 14, column 'x': the value is missing (--strict stops at the first row that cannot be used)"
        )
        #expect(TrainingPipeline.problem(.negativeWeight, labels: Self.labels(), row: 3) == "the weight is negative")
        #expect(TrainingPipeline.problem(.missing, labels: Self.labels(), row: 3) == "the value is missing")
        #expect(
            TrainingPipeline.problem(.invalidTarget, labels: Self.labels(), row: 3)
                == "'7' is not a valid target value (expected 0 = good or 1 = bad; map other codes with --bad-value)")
    }

    static func labels() -> BinaryLabels {
        let column = Column.numeric(NumericColumn(name: "y", values: [0, 7, 1]))
        return try! BinaryTargetDefinition(column: "y").labels(for: column, rowNumbers: [2, 3, 4], file: "d.csv")
    }

    @Test func libraryErrorsMapToExitCodes() {
        #expect(DesignError.textFeature(file: "f", column: "c").exitCode == .dataError)
        #expect(
            DesignError.singleLevel(file: "f", feature: "c", level: "a", levelsInFile: 1).exitCode == .rankDeficient)
        #expect(ModelFileError.noSuchFile(path: "m").exitCode == .noInput)
        #expect(ModelFileError.missingField(file: "m", path: "a").exitCode == .dataError)
        #expect(ModelFileError.missingField(file: "m", path: "a").message == "m: missing field 'a'")
        #expect(!ModelFileError.missingField(file: "m", path: "a").showsUsageHint)
    }
}
