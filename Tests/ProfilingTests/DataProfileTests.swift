import Foundation
import Profiling
import Tabular
import Testing
import TestSupport

@Suite struct DataProfileTests {
    static let german = TestPaths.sharedDataset("german_credit/german_credit_uci.csv")

    static func readSmall() throws -> ReadResult {
        try readDataset(
            path: TestPaths.fixture("profile_small.csv", in: "ProfilingTests").path,
            request: ColumnRequest(kinds: ["id": .text, "region": .categorical]))
    }

    @Test func smallFileMatchesPandas() throws {
        let reference = try ProfileReference.load()
        let read = try Self.readSmall()
        let target = BinaryTargetDefinition(column: "bad")
        let defaults = try DataProfile.compute(read: read, target: target, id: "id")
        expectMatches(defaults, reference.small.defaults)
        let narrow = try DataProfile.compute(
            read: read, target: target, id: "id", options: ProfileOptions(topCategoryCount: 3, bucketCount: 4))
        expectMatches(narrow, reference.small.top3buckets4)
    }

    @Test func smallFileSpecialColumns() throws {
        let profile = try DataProfile.compute(read: Self.readSmall(), target: BinaryTargetDefinition(column: "bad"), id: "id")
        let empty = try #require(profile.columns.first { $0.name == "empty" })
        #expect(empty.kind == .numeric && empty.missingCount == 39 && empty.distinctCount == 0)
        #expect(empty.numeric?.mean.isNaN == true && empty.numeric?.standardDeviation.isNaN == true)
        #expect(empty.badRates?.rows.map(\.group) == [.missing], "an all-missing column has only the missing group")
        #expect(empty.badRates?.informationValue == 0, "one group: WoE 0, IV 0")
        let constant = try #require(profile.columns.first { $0.name == "constant" })
        #expect(constant.numeric?.standardDeviation == 0 && constant.numeric?.mean == 5)
        #expect(constant.distinctCount == 1 && constant.badRates?.rows.count == 1)
        let id = try #require(profile.columns.first { $0.name == "id" })
        #expect(id.role == .id && id.badRates == nil && id.missingCount == 1)
        #expect(profile.duplicateIds?.examples.first == DuplicateReport.Pair(row: 27, firstRow: 5, value: "C004"))
        #expect(!profile.columns.contains { $0.name == "bad" }, "the target is not profiled")
    }

    @Test(.enabled(if: TestPaths.hasSharedDatasets))
    func germanCreditMatchesPandas() throws {
        let reference = try ProfileReference.load()
        let read = try readDataset(path: Self.german.path)
        let profile = try DataProfile.compute(
            read: read, target: BinaryTargetDefinition(column: "class", badValue: "2"))
        expectMatches(profile, reference.german)
    }

    @Test(.enabled(if: TestPaths.hasSharedDatasets))
    func germanCreditAcceptanceFacts() throws {
        let read = try readDataset(path: Self.german.path)
        let profile = try DataProfile.compute(read: read, target: BinaryTargetDefinition(column: "class", badValue: "2"))
        #expect(profile.target?.badRate == 0.3)
        #expect(profile.target?.badCount == 300 && profile.target?.goodCount == 700)
        let status = try #require(profile.columns.first { $0.name == "status_of_existing_checking_account" })
        let a11 = try #require(status.badRates?.rows.first { $0.group == .category("A11") })
        #expect(a11.badCount == 135 && a11.count == 274)
        #expect(profile.columns.count == 20 && profile.columnCount == 21)
    }

    @Test(.enabled(if: TestPaths.hasSharedDatasets))
    func sameProfileWhateverTheThreads() throws {
        let read = try readDataset(path: Self.german.path)
        let target = BinaryTargetDefinition(column: "class", badValue: "2")
        let one = try DataProfile.compute(read: read, target: target, options: ProfileOptions(maxThreads: 1))
        let many = try DataProfile.compute(read: read, target: target, options: ProfileOptions(maxThreads: 7))
        #expect(one == many)
    }

    @Test func emptyDataset() throws {
        let dataset = Dataset(
            file: "empty.csv",
            columns: [
                .numeric(NumericColumn(name: "x", values: [])),
                .categorical(CategoricalColumn(name: "c", codes: [], levels: [])),
                .text(TextColumn(name: "t", values: [])),
                .numeric(NumericColumn(name: "y", values: [])),
            ])
        let profile = try DataProfile.compute(
            dataset: dataset, target: BinaryTargetDefinition(column: "y", badValue: "1"), id: "t")
        #expect(profile.rowCount == 0 && profile.columns.count == 3)
        #expect(profile.duplicateRows.count == 0 && profile.duplicateIds?.count == 0)
        #expect(profile.target?.badCount == 0 && profile.target?.badRate.isNaN == true)
        for column in profile.columns {
            #expect(column.rowCount == 0 && column.missingCount == 0 && column.distinctCount == 0)
            #expect(column.missingShare.isNaN)
        }
        let x = profile.columns[0]
        #expect(x.numeric?.minimum.isNaN == true && x.numeric?.quantiles.allSatisfy { $0.value.isNaN } == true)
        #expect(x.badRates?.rows.isEmpty == true && x.badRates?.informationValue.isNaN == true)
        #expect(profile.columns[1].categories?.top.isEmpty == true)
    }

    @Test func oneRow() throws {
        let dataset = Dataset(columns: [
            .numeric(NumericColumn(name: "x", values: [2.5])),
            .categorical(CategoricalColumn(name: "c", codes: [0], levels: ["a"])),
            .numeric(NumericColumn(name: "y", values: [1])),
        ])
        let profile = try DataProfile.compute(dataset: dataset, target: BinaryTargetDefinition(column: "y"))
        let x = try #require(profile.columns[0].numeric)
        #expect(x.minimum == 2.5 && x.maximum == 2.5 && x.mean == 2.5)
        #expect(x.standardDeviation.isNaN, "n - 1 = 0")
        #expect(x.quantiles.allSatisfy { $0.value == 2.5 })
        #expect(profile.columns[1].categories?.top == [.init(value: "a", count: 1, share: 1)])
        #expect(profile.target?.badRate == 1)
        #expect(profile.columns[0].badRates?.informationValue.isNaN == true, "no goods: WoE and IV undefined")
    }

    @Test func nanAndInfinityAndSignedZero() throws {
        let values = [0.0, -0.0, .nan, .infinity, 3, -.infinity, .nan]
        let profile = try DataProfile.compute(dataset: Dataset(columns: [.numeric(NumericColumn(name: "x", values: values))]))
        let column = profile.columns[0]
        #expect(column.missingCount == 2 && column.distinctCount == 4, "-0 and 0 are one value")
        let numeric = try #require(column.numeric)
        #expect(numeric.zeroCount == 2)
        #expect(numeric.minimum == -.infinity && numeric.maximum == .infinity)
        #expect(numeric.mean.isNaN && numeric.standardDeviation.isNaN, "inf - inf")
        #expect(profile.duplicateRows.count == 2, "-0 repeats 0, and NaN repeats NaN")
    }

    @Test func duplicateRowsAreListedInRowOrder() throws {
        let dataset = Dataset(
            columns: [
                .numeric(NumericColumn(name: "x", values: [1, 2, 1, 1, 2, 3])),
                .text(TextColumn(name: "t", values: ["a", "b", "a", "a", "c", "NA"])),
            ], rowNumbers: [2, 3, 5, 6, 7, 8])
        let profile = try DataProfile.compute(dataset: dataset, options: ProfileOptions(exampleLimit: 1))
        #expect(profile.duplicateRows.count == 2)
        #expect(profile.duplicateRows.examples == [.init(row: 5, firstRow: 2)], "spreadsheet rows, limited to 1")
        let t = profile.columns[1]
        #expect(t.missingCount == 1 && t.distinctCount == 3)
        #expect(t.categories?.top.map(\.value) == ["a", "b", "c"])
    }

    @Test func columnsOptionSelectsAndOrders() throws {
        let dataset = Dataset(columns: [
            .numeric(NumericColumn(name: "a", values: [1, 1])),
            .numeric(NumericColumn(name: "b", values: [2, 2])),
            .numeric(NumericColumn(name: "y", values: [0, 1])),
        ])
        let profile = try DataProfile.compute(
            dataset: dataset, target: BinaryTargetDefinition(column: "y"), options: ProfileOptions(columns: ["b", "y", "a"]))
        #expect(profile.columns.map(\.name) == ["b", "a"], "the target is never profiled")
        #expect(profile.duplicateRows.count == 0, "duplicates are over every column, the target included")
    }

    @Test func unknownColumnsAreDataErrors() throws {
        let dataset = Dataset(file: "f.csv", columns: [.numeric(NumericColumn(name: "income", values: [1]))])
        for (target, id, columns) in [("incme", nil, nil), (nil, "idd", nil), (nil, nil, ["x"])] as [(String?, String?, [String]?)] {
            #expect {
                try DataProfile.compute(
                    dataset: dataset, target: target.map { BinaryTargetDefinition(column: $0) }, id: id,
                    options: ProfileOptions(columns: columns))
            } throws: { error in
                guard case TabularError.data(let diagnostic) = error, case .unknownColumn = diagnostic.problem else { return false }
                return diagnostic.file == "f.csv"
            }
        }
    }

    @Test func invalidTargetValuesAreCountedAndListed() throws {
        let dataset = Dataset(
            file: "f.csv",
            columns: [
                .numeric(NumericColumn(name: "x", values: [1, 2, 3, 4])),
                .numeric(NumericColumn(name: "y", values: [0, 1, 7, .nan])),
            ])
        let profile = try DataProfile.compute(dataset: dataset, target: BinaryTargetDefinition(column: "y"))
        let target = try #require(profile.target)
        #expect(target.invalidCount == 1 && target.missingCount == 1 && target.badRate == 0.5)
        #expect(target.invalidRows.first?.row == 4 && target.invalidRows.first?.value == "7")
        let table = try #require(profile.columns[0].badRates)
        #expect(table.rows.reduce(0) { $0 + $1.count } == 2, "unlabelled rows are left out")
    }
}
