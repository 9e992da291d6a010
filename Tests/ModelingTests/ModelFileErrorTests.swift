import Testing

@testable import Modeling

@Suite struct ModelFileErrorTests {
    @Test func categories() {
        #expect(ModelFileError.noSuchFile(path: "m.json").category == .noInput)
        #expect(ModelFileError.unreadable(path: "m.json", reason: "permission denied").category == .noInput)
        let data: [ModelFileError] = [
            .notJSON(file: "m", syntax: JSONSyntaxError(line: 1, column: 1, reason: "x", isTruncated: false)),
            .notAModelFile(file: "m", reason: "r"), .wrongFormat(file: "m", found: "f"),
            .unsupportedSchemaVersion(file: "m", found: 2, supported: [1]),
            .unsupportedKind(file: "m", found: "k", supported: ["logistic-regression"]),
            .missingField(file: "m", path: "a"), .nullField(file: "m", path: "a"),
            .wrongType(file: "m", path: "a", detail: "d"), .invalidValue(file: "m", path: "a", detail: "d"),
            .inconsistent(file: "m", reason: "r"),
        ]
        for error in data { #expect(error.category == .data, "\(error)") }
    }

    @Test func messages() {
        #expect(ModelFileError.noSuchFile(path: "m.json").description == "m.json: no such file")
        #expect(
            ModelFileError.unreadable(path: "m.json", reason: "permission denied").description
                == "m.json: cannot read the file: permission denied")
        #expect(
            ModelFileError.unsupportedSchemaVersion(file: "m.json", found: 3, supported: [1, 2]).description
                == "m.json: unsupported schema version 3 (this credo reads schema versions 1, 2); use the credo that "
                + "wrote it, or a newer one")
        let truncated = JSONSyntaxError(
            line: 9, column: 3, reason: "the text ends inside an array", isTruncated: true)
        #expect(
            ModelFileError.notJSON(file: "m.json", syntax: truncated).description
                == "m.json: the file is truncated or incomplete: line 9, column 3: the text ends inside an array")
        #expect(
            ModelFileError.nullField(file: "m.json", path: "fit.aic").description == "m.json: field 'fit.aic' is null")
    }
}
