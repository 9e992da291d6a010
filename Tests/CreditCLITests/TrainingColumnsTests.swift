import Tabular
import Testing

@testable import CreditCLI

@Suite struct TrainingColumnsTests {
    static let header = ["id", "age", "income", "region", "y", "w"]

    static func resolve(
        target: String = "y", weight: String? = nil, id: String? = nil, features: [String] = [],
        exclude: [String] = [], categorical: [String] = [], references: [String] = []
    ) throws -> TrainingColumns {
        try TrainingColumns.resolve(
            header: header, file: "d.csv", target: target, weight: weight, id: id, features: features,
            exclude: exclude, categorical: categorical, references: references)
    }

    @Test func defaultFeaturesAreEveryOtherColumnInFileOrder() throws {
        let columns = try Self.resolve(weight: "w", id: "id")
        #expect(columns.features == ["age", "income", "region"])
        #expect(columns.request.columns == ["y", "w", "age", "income", "region"])
        #expect(columns.request.kinds == ["w": .numeric])
        let excluded = try Self.resolve(exclude: ["id", "w", "id"])
        #expect(excluded.features == ["age", "income", "region"] && excluded.exclude == ["id", "w"])
    }

    @Test func givenFeaturesKeepTheirOrder() throws {
        let columns = try Self.resolve(
            features: ["region", "age"], categorical: ["age", "age"], references: ["age=30", "region=north"])
        #expect(columns.features == ["region", "age"])
        #expect(columns.categorical == ["age"])
        #expect(columns.references == ["age": "30", "region": "north"])
        #expect(columns.request.kinds == ["age": .categorical])
        #expect(try Self.resolve(references: ["region=a=b"]).references == ["region": "a=b"])
        #expect(try Self.resolve(references: ["region="]).references == ["region": ""])
    }

    @Test func unknownNamesAreDataErrorsWithASuggestion() throws {
        #expect(
            throws: UnknownColumnError(
                file: "d.csv", option: "--features", column: "incme", suggestion: "income", available: Self.header)
        ) { try Self.resolve(features: ["incme"]) }
        #expect(throws: UnknownColumnError.self) { try Self.resolve(target: "Y") }
        #expect(throws: UnknownColumnError.self) { try Self.resolve(weight: "weight") }
        #expect(throws: UnknownColumnError.self) { try Self.resolve(id: "ID2") }
        #expect(throws: UnknownColumnError.self) { try Self.resolve(categorical: ["zzz"]) }
        #expect(throws: UnknownColumnError.self) { try Self.resolve(references: ["zzz=1"]) }
        let error = UnknownColumnError(
            file: "d.csv", option: "--exclude", column: "x", suggestion: nil, available: (1...35).map { "c\($0)" })
        #expect(error.exitCode == .dataError)
        #expect(error.message.hasPrefix("d.csv: no column 'x' (--exclude) (the file has 'c1', 'c2'"))
        #expect(error.message.hasSuffix("'c30' and 5 more)"))
    }

    @Test func rolesThatCannotBeCombinedAreUsageErrors() {
        #expect(throws: ValidationError("'y' is the target column; it cannot be a feature")) {
            try Self.resolve(features: ["age", "y"])
        }
        #expect(throws: ValidationError("'w' is the weight column; it cannot be a feature")) {
            try Self.resolve(weight: "w", features: ["w"])
        }
        #expect(throws: ValidationError("'id' is given to both --weight and --id")) {
            try Self.resolve(weight: "id", id: "id")
        }
        #expect(throws: ValidationError("--features names 'age' twice")) { try Self.resolve(features: ["age", "age"]) }
        #expect(throws: ValidationError("--categorical 'id' is not a feature")) {
            try Self.resolve(id: "id", categorical: ["id"])
        }
        #expect(throws: ValidationError("--reference 'w' is not a feature")) {
            try Self.resolve(weight: "w", references: ["w=1"])
        }
        #expect(throws: ValidationError("--reference '=x' is not feature=level")) {
            try Self.resolve(references: ["=x"])
        }
        #expect(throws: ValidationError("--reference names 'age' more than once")) {
            try Self.resolve(references: ["age=1", "age=2"])
        }
    }

    @Test func everythingExcludedLeavesTheInterceptOnly() throws {
        let columns = try Self.resolve(exclude: ["id", "age", "income", "region", "w"])
        #expect(columns.features.isEmpty)
        #expect(columns.request.columns == ["y"])
    }
}
