import Foundation
import Modeling
import TestSupport
import Testing

@testable import CreditCLI

/// The model files in models/ are what credo writes today: retraining with the command in
/// models/README.md gives the same bytes.
///
/// The bytes depend on floating-point results being the same on this machine type (OpenBLAS
/// kernels are chosen per CPU); a byte mismatch on another CPU with equal values to ~1e-12 would
/// show in `retrainedModelHasTheSameNumbers` passing while this test fails.
@Suite struct TrainModelsDirectoryTests {
    static let root = TestPaths.repositoryRoot
    static let epoch = "1767225600"

    static func retrain(in folder: TemporaryFolder) throws -> (CredoRun, Data) {
        let out = folder.url.appendingPathComponent("german_credit_logit.json").path
        let run = try runCredo(
            [
                "train", "--data", "datasets/german_credit/german_credit.csv", "--target", "class", "--bad-value", "2",
                "--out", out,
            ], environment: ["SOURCE_DATE_EPOCH": epoch], currentDirectory: root)
        return (run, try Data(contentsOf: URL(fileURLWithPath: out)))
    }

    @Test func germanCreditModelIsReproducedByteForByte() throws {
        let folder = try TemporaryFolder()
        let (run, bytes) = try Self.retrain(in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let committed = try Data(contentsOf: Self.root.appendingPathComponent("models/german_credit_logit.json"))
        #expect(bytes == committed)
    }

    @Test func retrainedModelHasTheSameNumbers() throws {
        let folder = try TemporaryFolder()
        let (_, bytes) = try Self.retrain(in: folder)
        let retrained = try ModelFile.decode(Array(bytes), file: "retrained")
        let committed = try ModelFile.load(
            path: Self.root.appendingPathComponent("models/german_credit_logit.json").path)
        #expect(retrained.designColumns == committed.designColumns)
        for (a, b) in zip(retrained.coefficients, committed.coefficients) {
            #expect(a.estimate.isApproximatelyEqual(to: b.estimate, relativeTolerance: 1e-12), "\(a.name)")
            #expect(a.stdError.isApproximatelyEqual(to: b.stdError, relativeTolerance: 1e-12), "\(a.name)")
        }
        #expect(committed.lineage.createdAt == "2026-01-01T00:00:00Z")
        #expect(committed.coefficients.count == 49)
    }

    @Test func readmeGivesTheCommand() throws {
        let readme = try String(
            contentsOf: Self.root.appendingPathComponent("models/README.md"), encoding: .utf8)
        #expect(
            readme.contains(
                "SOURCE_DATE_EPOCH=\(Self.epoch) credo train --data datasets/german_credit/german_credit.csv "
                    + "--target class --bad-value 2 --out models/german_credit_logit.json"))
    }
}
