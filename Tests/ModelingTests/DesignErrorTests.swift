import Testing

@testable import Modeling

@Suite struct DesignErrorTests {
    @Test func categoriesMapToExitCodeGroups() {
        #expect(DesignError.singleLevel(file: "f", feature: "c", level: "a", levelsInFile: 1).category == .collinearity)
        let dataErrors: [DesignError] = [
            .textFeature(file: "f", column: "c"), .missingColumn(file: "f", column: "c", suggestion: nil),
            .wrongColumnKind(file: "f", column: "c", expected: .numeric, found: .text),
            .unknownReferenceLevel(file: "f", feature: "c", level: "z", levels: ["a"], onlyInSkippedRows: false),
            .referenceForNumericFeature(file: "f", feature: "c"), .reservedName(column: "const"),
            .duplicateDesignColumn(name: "a=b"), .noUsableRows(file: "f", rowsRead: 0, exclusions: []),
            .unusableRow(file: "f", row: 2, column: "c", problem: .missingValue),
        ]
        for error in dataErrors { #expect(error.category == .data, "\(error)") }
    }

    @Test func messages() {
        #expect(
            DesignError.missingColumn(file: "s.csv", column: "incmoe", suggestion: "income").description
                == "s.csv: no column 'incmoe'; did you mean 'income'?")
        #expect(
            DesignError.missingColumn(file: "s.csv", column: "q", suggestion: nil).description == "s.csv: no column 'q'"
        )
        #expect(
            DesignError.wrongColumnKind(file: "s.csv", column: "age", expected: .numeric, found: .categorical)
                .description
                == "s.csv: column 'age' is categorical, but the model uses it as numeric")
        #expect(
            DesignError.unusableRow(file: "s.csv", row: 7, column: "c", problem: .unseenLevel("z")).description
                == "s.csv: row 7, column 'c': 'z' is a level the model was not trained on")
        #expect(
            DesignError.reservedName(column: "const").description
                == "a feature cannot be named 'const': that is the intercept's column; rename the column")
        #expect(
            DesignError.duplicateDesignColumn(name: "a=b").description
                == "two features give the design column 'a=b'; rename one of the columns")
        let many = DesignError.unknownReferenceLevel(
            file: "s.csv", feature: "c", level: "z", levels: (1...25).map { "L\($0)" }, onlyInSkippedRows: false)
        #expect(many.description.hasSuffix("'L19', 'L20' ..."))
        #expect(
            DesignError.referenceForNumericFeature(file: "s.csv", feature: "age").description
                == "s.csv: --reference age=...: feature 'age' is numeric; make it categorical with --categorical age")
    }
}
