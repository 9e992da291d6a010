import Foundation
import LinearAlgebra
import Tabular
import TestSupport
import Testing

@testable import Modeling

@Suite struct TrainingDesignTests {
    static func labels(_ dataset: Dataset, _ definition: BinaryTargetDefinition) throws -> BinaryLabels {
        try definition.labels(
            for: dataset.column(named: definition.column)!, rowNumbers: dataset.rowNumbers, file: dataset.file)
    }

    /// A small sample: target y (one missing, one invalid '7'), weight w (one negative), x numeric
    /// (one missing), c categorical.
    static func sample() -> Dataset {
        Dataset(
            file: "s.csv",
            columns: [
                .numeric(NumericColumn(name: "y", values: [0, 1, .nan, 1, 0, 7, 1, 0])),
                .numeric(NumericColumn(name: "w", values: [1, 2, 1, 1, -1, 1, 1, 3])),
                .numeric(NumericColumn(name: "x", values: [0.5, 1.5, 2.5, .nan, 4.5, 5.5, 6.5, 7.5])),
                .categorical(
                    CategoricalColumn(name: "c", codes: [0, 1, 2, 0, 1, 2, 2, 1], levels: ["b", "a", "Z"])),
            ])
    }

    @Test func leavesOutUnusableRowsAndCountsThem() throws {
        let dataset = Self.sample()
        let design = try TrainingDesign.build(
            dataset: dataset, labels: Self.labels(dataset, BinaryTargetDefinition(column: "y")), targetColumn: "y",
            features: ["x", "c"], weightColumn: "w")
        #expect(design.datasetRows == [0, 1, 6, 7])
        #expect(design.fileRows == [2, 3, 8, 9])
        #expect(design.target == [0, 1, 1, 0])
        #expect(design.weights == [1, 2, 1, 3])
        // levels of the rows kept, byte order ("Z" < "a" < "b"); reference the first
        #expect(design.features == [.numeric("x"), .categorical("c", levels: ["Z", "a", "b"], reference: "Z")])
        #expect(design.columnNames == ["const", "x", "c=a", "c=b"])
        #expect(
            design.design == Matrix(rowMajor: [[1, 0.5, 0, 1], [1, 1.5, 1, 0], [1, 6.5, 0, 0], [1, 7.5, 1, 0]]))
        #expect(
            design.exclusions
                == RowExclusions(
                    counts: [
                        .init(column: "y", reason: .missing, rows: 1, firstRow: 4),
                        .init(column: "y", reason: .invalidTarget, rows: 1, firstRow: 7),
                        .init(column: "w", reason: .negativeWeight, rows: 1, firstRow: 6),
                        .init(column: "x", reason: .missing, rows: 1, firstRow: 5),
                    ], rowsExcluded: 4))
        #expect(design.exclusions.counts[1].description == "'y': 1 not a valid target value (first at row 7)")
    }

    @Test func referenceLevelsCanBeChosen() throws {
        let dataset = Self.sample()
        let labels = try Self.labels(dataset, BinaryTargetDefinition(column: "y"))
        let design = try TrainingDesign.build(
            dataset: dataset, labels: labels, targetColumn: "y", features: ["c"], references: ["c": "b"])
        #expect(design.columnNames == ["const", "c=Z", "c=a"])
        #expect(
            throws: DesignError.unknownReferenceLevel(
                file: "s.csv", feature: "c", level: "B", levels: ["Z", "a", "b"], onlyInSkippedRows: false)
        ) {
            try TrainingDesign.build(
                dataset: dataset, labels: labels, targetColumn: "y", features: ["c"], references: ["c": "B"])
        }
        #expect(throws: DesignError.referenceForNumericFeature(file: "s.csv", feature: "x")) {
            try TrainingDesign.build(
                dataset: dataset, labels: labels, targetColumn: "y", features: ["x"], references: ["x": "1"])
        }
    }

    @Test func aFeatureLeftWithOneLevelIsReported() throws {
        let dataset = Dataset(
            file: "o.csv",
            columns: [
                .numeric(NumericColumn(name: "y", values: [0, 1, 0, 1])),
                .numeric(NumericColumn(name: "x", values: [1, 2, .nan, .nan])),
                .categorical(CategoricalColumn(name: "c", codes: [0, 0, 1, 1], levels: ["p", "q"])),
                .categorical(CategoricalColumn(name: "k", codes: [0, 0, 0, 0], levels: ["only"])),
                .categorical(CategoricalColumn(name: "d", codes: [0, 2, 1, 1], levels: ["p", "q", "r"])),
            ])
        let labels = try Self.labels(dataset, BinaryTargetDefinition(column: "y"))
        let error = DesignError.singleLevel(file: "o.csv", feature: "c", level: "p", levelsInFile: 2)
        #expect(throws: error) {
            try TrainingDesign.build(dataset: dataset, labels: labels, targetColumn: "y", features: ["x", "c"])
        }
        #expect(error.category == .collinearity)
        #expect(error.description.contains("the rows with its other levels were skipped"))
        let constant = DesignError.singleLevel(file: "o.csv", feature: "k", level: "only", levelsInFile: 1)
        #expect(throws: constant) {
            try TrainingDesign.build(dataset: dataset, labels: labels, targetColumn: "y", features: ["k"])
        }
        #expect(constant.description.contains("it has no other level in the file"))
        // a reference level seen only in skipped rows
        #expect(
            throws: DesignError.unknownReferenceLevel(
                file: "o.csv", feature: "d", level: "q", levels: ["p", "r"], onlyInSkippedRows: true)
        ) {
            try TrainingDesign.build(
                dataset: dataset, labels: labels, targetColumn: "y", features: ["x", "d"], references: ["d": "q"])
        }
    }

    @Test func refusedFeatures() throws {
        let dataset = Dataset(
            file: "r.csv",
            columns: [
                .numeric(NumericColumn(name: "y", values: [0, 1])),
                .text(TextColumn(name: "name", values: ["ann", "bob"])),
                .numeric(NumericColumn(name: "const", values: [1, 2])),
                .numeric(NumericColumn(name: "a=b", values: [1, 2])),
                .categorical(CategoricalColumn(name: "a", codes: [0, 1], levels: ["a", "b"])),
            ])
        let labels = try Self.labels(dataset, BinaryTargetDefinition(column: "y"))
        let text = DesignError.textFeature(file: "r.csv", column: "name")
        #expect(throws: text) {
            try TrainingDesign.build(dataset: dataset, labels: labels, targetColumn: "y", features: ["name"])
        }
        #expect(text.description.contains("--exclude name") && text.description.contains("--categorical name"))
        #expect(throws: DesignError.reservedName(column: "const")) {
            try TrainingDesign.build(dataset: dataset, labels: labels, targetColumn: "y", features: ["const"])
        }
        #expect(throws: DesignError.duplicateDesignColumn(name: "a=b")) {
            try TrainingDesign.build(dataset: dataset, labels: labels, targetColumn: "y", features: ["a=b", "a"])
        }
    }

    /// A categorical feature may have `maximumLevels` levels in the rows used, not one more.
    @Test func tooManyLevelsAreRefused() throws {
        let limit = TrainingDesign.maximumLevels
        #expect(limit == 1000)
        for levelCount in [limit, limit + 1] {
            let n = 2 * levelCount
            let dataset = Dataset(
                file: "ids.csv",
                columns: [
                    .numeric(NumericColumn(name: "y", values: (0..<n).map { Double($0 % 3 == 0 ? 1 : 0) })),
                    .categorical(CategoricalColumn(
                        name: "id", codes: (0..<n).map { Int32($0 % levelCount) },
                        levels: (0..<levelCount).map { "c\($0)" })),
                ])
            let labels = try Self.labels(dataset, BinaryTargetDefinition(column: "y"))
            if levelCount == limit {
                let design = try TrainingDesign.build(dataset: dataset, labels: labels, targetColumn: "y", features: ["id"])
                #expect(design.columnNames.count == limit)
            } else {
                #expect(throws: DesignError.tooManyLevels(file: "ids.csv", feature: "id", levels: limit + 1, limit: limit)) {
                    try TrainingDesign.build(dataset: dataset, labels: labels, targetColumn: "y", features: ["id"])
                }
            }
        }
        #expect(
            DesignError.tooManyLevels(file: "f.csv", feature: "id", levels: 1001, limit: 1000).description
                == "f.csv: feature 'id' has 1001 levels in the rows used, more than the 1000 a categorical feature "
                + "may have (one design column per level but the reference: an id?); leave it out with --exclude id, "
                + "or group its levels first")
    }

    @Test func noUsableRows() throws {
        let dataset = Dataset(
            file: "n.csv",
            columns: [
                .numeric(NumericColumn(name: "y", values: [0, 1])),
                .numeric(NumericColumn(name: "x", values: [.nan, .nan])),
            ])
        let labels = try Self.labels(dataset, BinaryTargetDefinition(column: "y"))
        let error = DesignError.noUsableRows(
            file: "n.csv", rowsRead: 2, exclusions: [.init(column: "x", reason: .missing, rows: 2, firstRow: 2)])
        #expect(throws: error) {
            try TrainingDesign.build(dataset: dataset, labels: labels, targetColumn: "y", features: ["x"])
        }
        #expect(
            error.description
                == "n.csv: no usable rows: all 2 rows have a missing or invalid value ('x': 2 missing (first at row 2))"
        )
    }

    /// The design of UCI German credit read by Tabular equals the test helper's (the layout of the
    /// statsmodels fixture), entry for entry.
    @Test(.enabled(if: TestPaths.hasSharedDatasets))
    func germanCreditMatchesTheReferenceLayout() throws {
        let path = TestPaths.sharedDataset("german_credit/german_credit_uci.csv").path
        let dataset = try readDataset(path: path).dataset
        let definition = BinaryTargetDefinition(column: "class", badValue: "2")
        let features = dataset.names.filter { $0 != "class" }
        let design = try TrainingDesign.build(
            dataset: dataset, labels: Self.labels(dataset, definition), targetColumn: "class", features: features)
        let reference = try TestDesigns.germanCredit()
        let fixture = try LogisticReferences.load(FitReference.self, "logistic_german_credit.json")
        #expect(design.columnNames == reference.names)
        #expect(design.columnNames == fixture.columns)
        #expect(design.design == reference.design)
        #expect(design.target == reference.target)
        #expect(design.weights == nil && design.exclusions == .none)
    }

    /// The library path of `credo train` on Spector & Mazzeo (1980): Tabular reads the file, the
    /// training design encodes it, the estimator matches the published table.
    @Test(.enabled(if: TestPaths.hasSharedDatasets))
    func spectorThroughTheLibrary() throws {
        let path = TestPaths.sharedDataset("spector/spector.csv").path
        let dataset = try readDataset(path: path).dataset
        let definition = BinaryTargetDefinition(column: "grade")
        let design = try TrainingDesign.build(
            dataset: dataset, labels: Self.labels(dataset, definition), targetColumn: "grade",
            features: ["gpa", "tuce", "psi"])
        let fit = try LogisticRegression.fit(
            design: design.design, target: design.target, columnNames: design.columnNames)
        let reference = try LogisticReferences.load(SpectorReference.self, "logistic_spector.json").fit
        #expect(fit.estimates.isApproximatelyEqual(to: reference.coefficients, relativeTolerance: 1e-6))
        #expect(fit.standardErrors.isApproximatelyEqual(to: reference.standardErrors, relativeTolerance: 1e-6))
        let published = ["-13.0213459", "2.8261124", "0.0951577", "2.3786875"]
        for (estimate, text) in zip(fit.estimates, published) { #expect(matchesPrinted(estimate, text)) }
        #expect(matchesPrinted(fit.logLikelihood, "-12.889634") && matchesPrinted(fit.aic, "33.779268"))
        #expect(matchesPrinted(fit.pearsonChiSquare, "27.257117") && matchesPrinted(fit.deviance, "25.779268"))
    }
}
