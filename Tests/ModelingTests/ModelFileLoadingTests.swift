import Foundation
import TestSupport
import Testing

@testable import Modeling

/// `ModelFile.load(path:)` and `decode(_:file:)`: each way a file can be wrong has its own message,
/// naming the file and the field.
@Suite struct ModelFileLoadingTests {
    static func error(_ text: String) -> ModelFileError? {
        do {
            _ = try ModelFile.decode(Array(text.utf8), file: "model.json")
            return nil
        } catch {
            return error
        }
    }

    static func loadError(path: String) -> ModelFileError? {
        do {
            _ = try ModelFile.load(path: path)
            return nil
        } catch {
            return error
        }
    }

    static func message(_ text: String) -> String { error(text)?.description ?? "<no error>" }

    @Test func loadsAWrittenFile() throws {
        let directory = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("model.json").path
        try Data(ModelFileSamples.small().encoded()).write(to: URL(fileURLWithPath: path))
        #expect(try ModelFile.load(path: path) == ModelFileSamples.small())
    }

    /// `missingValues` came after the first files were written: a file without it reads with the
    /// default tokens (and is written back with them); a model normalises the tokens it is given.
    @Test func missingValuesAreOptionalAndNormalised() throws {
        let text = ModelFileSamples.smallText.replacingOccurrences(of: "  \"missingValues\": [\"NA\", \"NaN\", \"null\"],\n", with: "")
        #expect(text != ModelFileSamples.smallText)
        let model = try ModelFile.decode(Array(text.utf8), file: "old.json")
        #expect(model.missingValues == nil)
        #expect(model.missingTokens == ["", "NA", "NaN", "null"])
        #expect(model.designEncoder.missingTokens == model.missingTokens)
        #expect(String(decoding: model.encoded(), as: UTF8.self) == ModelFileSamples.smallText)

        let sample = ModelFileSamples.small()
        let custom = ModelFile(
            target: sample.target, weightColumn: nil, features: sample.features, coefficients: sample.coefficients,
            covariance: sample.covariance, fit: sample.fit, varianceInflation: sample.varianceInflation,
            lineage: sample.lineage, missingValues: ["-999", "", "NA", "-999", "?"])
        #expect(custom.missingValues == ["-999", "?", "NA"])
        #expect(custom.missingTokens == ["", "-999", "?", "NA"])
        let decoded = try ModelFile.decode(custom.encoded(), file: "m.json")
        #expect(decoded == custom)
        let wrongType = String(decoding: custom.encoded(), as: UTF8.self)
            .replacingOccurrences(of: #""missingValues": ["-999", "?", "NA"]"#, with: #""missingValues": 3"#)
        #expect(Self.message(wrongType).hasPrefix("model.json: field 'missingValues'"), "\(Self.message(wrongType))")
    }

    @Test func missingAndUnreadableFiles() throws {
        let directory = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let missing = directory.appendingPathComponent("nope.json").path
        #expect(throws: ModelFileError.noSuchFile(path: missing)) { try ModelFile.load(path: missing) }
        #expect(ModelFileError.noSuchFile(path: missing).category == .noInput)
        #expect(throws: ModelFileError.unreadable(path: directory.path, reason: "it is a directory")) {
            try ModelFile.load(path: directory.path)
        }
        #expect(ModelFileError.unreadable(path: "x", reason: "y").category == .noInput)
        let empty = directory.appendingPathComponent("empty.json")
        try Data().write(to: empty)
        let error = try #require(Self.loadError(path: empty.path))
        #expect(error.category == .data)
        #expect(error.description.hasPrefix("\(empty.path): the file is truncated or incomplete"))
    }

    @Test func truncatedFile() throws {
        let text = ModelFileSamples.smallText
        for cut in [text.count / 3, text.count / 2, text.count - 3] {
            let error = try #require(Self.error(String(text.prefix(cut))))
            guard case .notJSON(let file, let syntax) = error else {
                Issue.record("\(error)")
                continue
            }
            #expect(file == "model.json" && syntax.isTruncated)
            #expect(error.description.hasPrefix("model.json: the file is truncated or incomplete: line "))
            #expect(error.category == .data)
        }
    }

    @Test func notJSONAtAll() {
        #expect(
            Self.message("format,schemaVersion\ncredo-model,1\n")
                == "model.json: not a credo model file (not valid JSON: line 1, column 2: unexpected 'o'; expected "
                + "'false')")
        #expect(Self.message("[1, 2]") == "model.json: not a credo model file (the JSON is an array, not an object)")
        #expect(Self.message(#"{"a": 1}"#) == "model.json: not a credo model file (it has no 'format' field)")
    }

    @Test func wrongFormat() {
        let text = ModelFileSamples.smallText(
            replacing: #""format": "credo-model""#, with: #""format": "credo-report""#)
        #expect(
            Self.message(text)
                == "model.json: not a credo model file (its format is 'credo-report', expected 'credo-model')")
        #expect(
            Self.message(ModelFileSamples.smallText(replacing: #""format": "credo-model""#, with: #""format": 1"#))
                == "model.json: field 'format': expected a string, found a number")
    }

    @Test func unknownSchemaVersion() {
        let text = ModelFileSamples.smallText(replacing: #""schemaVersion": 1"#, with: #""schemaVersion": 2"#)
        #expect(
            Self.message(text)
                == "model.json: unsupported schema version 2 (this credo reads schema version 1); use the credo "
                + "that wrote it, or a newer one")
        #expect(Self.error(text) == .unsupportedSchemaVersion(file: "model.json", found: 2, supported: [1]))
        let missing = ModelFileSamples.smallText(replacing: "  \"schemaVersion\": 1,\n", with: "")
        #expect(Self.message(missing) == "model.json: missing field 'schemaVersion'")
        let text2 = ModelFileSamples.smallText(replacing: #""schemaVersion": 1"#, with: #""schemaVersion": "1""#)
        #expect(Self.message(text2) == "model.json: field 'schemaVersion': expected a whole number, found a string")
    }

    @Test func unknownKind() {
        let text = ModelFileSamples.smallText(
            replacing: #""kind": "logistic-regression""#, with: #""kind": "gradient-boosting""#)
        #expect(
            Self.message(text)
                == "model.json: unsupported model kind 'gradient-boosting' (this credo knows 'logistic-regression')")
    }

    @Test func missingFieldsAreNamedByPath() {
        let noEstimate = ModelFileSamples.smallText(
            replacing: "\"estimate\": 5e-324,\n", with: "")
        #expect(Self.message(noEstimate) == "model.json: missing field 'coefficients[3].estimate'")
        let noLineage = ModelFileSamples.smallText(replacing: #""createdAt": "2026-01-01T00:00:00Z""#, with: #""x": 1"#)
        #expect(Self.message(noLineage) == "model.json: missing field 'lineage.createdAt'")
        let noLevels = ModelFileSamples.smallText(replacing: #""levels": ["free", "own", "rent"],"#, with: "")
        #expect(Self.message(noLevels) == "model.json: missing field 'features[1].levels'")
        let noMcFadden = ModelFileSamples.smallText(replacing: #""mcFadden": 0.26,"#, with: "")
        #expect(Self.message(noMcFadden) == "model.json: missing field 'fit.pseudoR2.mcFadden'")
    }

    @Test func nullAndWrongTypes() {
        let nullEstimate = ModelFileSamples.smallText(replacing: #""estimate": 5e-324"#, with: #""estimate": null"#)
        #expect(Self.message(nullEstimate) == "model.json: field 'coefficients[3].estimate' is null")
        let textNobs = ModelFileSamples.smallText(replacing: #""nobs": 1000"#, with: #""nobs": "1000""#)
        #expect(Self.message(textNobs) == "model.json: field 'fit.nobs': expected a number, found a string")
        let fractionalIterations = ModelFileSamples.smallText(
            replacing: #""iterations": 6"#, with: #""iterations": 6.5"#)
        #expect(
            Self.message(fractionalIterations)
                == "model.json: field 'fit.iterations': expected a whole number, found a number")
        let badCovariance = ModelFileSamples.smallText(replacing: #""type": "hc1""#, with: #""type": "hc3""#)
        #expect(Self.message(badCovariance) == "model.json: field 'covariance.type': 'hc3' is not allowed here")
        let badFeatureType = ModelFileSamples.smallText(replacing: #""type": "numeric""#, with: #""type": "ordinal""#)
        #expect(Self.message(badFeatureType) == "model.json: field 'features[0].type': 'ordinal' is not allowed here")
        let badReference = ModelFileSamples.smallText(
            replacing: #""reference": "free""#, with: #""reference": "mortgage""#)
        #expect(
            Self.message(badReference)
                == "model.json: field 'features[1].reference': 'mortgage' is not one of the levels")
    }

    @Test func inconsistentFields() {
        let renamed = ModelFileSamples.smallText(
            replacing: #""name": "housing=rent""#, with: #""name": "housing=other""#)
        #expect(
            Self.message(renamed)
                == "model.json: inconsistent model file: coefficients[3] is named 'housing=other', but design column 3 "
                + "is 'housing=rent'")
        let designColumns = ModelFileSamples.smallText(
            replacing: #""designColumns": ["const", "income", "housing=own", "housing=rent"]"#,
            with: #""designColumns": ["const", "income", "housing=own"]"#)
        #expect(
            Self.message(designColumns)
                == "model.json: inconsistent model file: designColumns[3] is nothing, but the features give "
                + "'housing=rent'")
        let matrix = ModelFileSamples.smallText(replacing: "[3e-05, 4e-05, 5e-05, 0.25]", with: "[3e-05, 4e-05, 5e-05]")
        #expect(Self.message(matrix) == "model.json: inconsistent model file: the covariance matrix is not 4 x 4")
        let vif = ModelFileSamples.smallText(replacing: #""feature": "income","#, with: #""feature": "salary","#)
        #expect(
            Self.message(vif)
                == "model.json: inconsistent model file: varianceInflation[0] names 'salary', which is not a design "
                + "column")
        let nonFinite = ModelFileSamples.smallText(replacing: #""estimate": 5e-324"#, with: #""estimate": "NaN""#)
        #expect(Self.message(nonFinite) == "model.json: field 'coefficients[3].estimate': nan is not finite")
        let target = ModelFileSamples.smallText(replacing: #""column": "default""#, with: #""column": "income""#)
        #expect(Self.message(target) == "model.json: inconsistent model file: the target 'income' is also a feature")
    }
}
