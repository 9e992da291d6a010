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
/// show in `retrainedModelHasTheSameNumbers` passing while the byte test fails.
@Suite struct TrainModelsDirectoryTests {
    static let root = TestPaths.repositoryRoot
    static let epoch = "1767225600"

    /// A committed model and the `credo train` arguments that made it (after `train`, before `--out`).
    struct CommittedModel: Sendable, CustomTestStringConvertible {
        let file: String
        let arguments: [String]
        let coefficientCount: Int
        var testDescription: String { file }
        /// The command as models/README.md gives it.
        var command: String {
            "SOURCE_DATE_EPOCH=\(TrainModelsDirectoryTests.epoch) credo train "
                + (arguments + ["--out", "models/\(file)"]).joined(separator: " ")
        }
    }

    static let models = [
        CommittedModel(
            file: "german_credit_logit.json",
            arguments: ["--data", "datasets/german_credit/german_credit.csv", "--target", "class", "--bad-value", "2"],
            coefficientCount: 49),
        // The main job's model (scripts/demo.sh, step 2).
        CommittedModel(
            file: "synthetic_development_logit.json",
            arguments: ["--data", "datasets/synthetic/development.csv", "--target", "default", "--id", "id"],
            coefficientCount: 17),
    ]

    static func retrain(_ model: CommittedModel, in folder: TemporaryFolder) throws -> (CredoRun, Data) {
        let out = folder.url.appendingPathComponent(model.file).path
        let run = try runCredo(
            ["train"] + model.arguments + ["--out", out], environment: ["SOURCE_DATE_EPOCH": epoch],
            currentDirectory: root)
        return (run, try Data(contentsOf: URL(fileURLWithPath: out)))
    }

    @Test(arguments: models) func modelIsReproducedByteForByte(_ model: CommittedModel) throws {
        let folder = try TemporaryFolder()
        let (run, bytes) = try Self.retrain(model, in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let committed = try Data(contentsOf: Self.root.appendingPathComponent("models/\(model.file)"))
        #expect(bytes == committed)
    }

    @Test(arguments: models) func retrainedModelHasTheSameNumbers(_ model: CommittedModel) throws {
        let folder = try TemporaryFolder()
        let (_, bytes) = try Self.retrain(model, in: folder)
        let retrained = try ModelFile.decode(Array(bytes), file: "retrained")
        let committed = try ModelFile.load(path: Self.root.appendingPathComponent("models/\(model.file)").path)
        #expect(retrained.designColumns == committed.designColumns)
        for (a, b) in zip(retrained.coefficients, committed.coefficients) {
            #expect(a.estimate.isApproximatelyEqual(to: b.estimate, relativeTolerance: 1e-12), "\(a.name)")
            #expect(a.stdError.isApproximatelyEqual(to: b.stdError, relativeTolerance: 1e-12), "\(a.name)")
        }
        #expect(committed.lineage.createdAt == "2026-01-01T00:00:00Z")
        #expect(committed.coefficients.count == model.coefficientCount)
    }

    @Test(arguments: models) func readmeGivesTheCommand(_ model: CommittedModel) throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("models/README.md"), encoding: .utf8)
        #expect(readme.contains(model.command))
    }
}
