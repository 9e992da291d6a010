import Foundation
import Testing

@testable import Modeling

@Suite struct ModelingErrorTests {
    @Test func categoriesMapToTheExitCodesOfDevelopersMd() {
        let data: [ModelingError] = [
            .noObservations, .invalidTarget(row: 0, value: 2), .invalidWeight(row: 0, value: -1),
            .nonFiniteOffset(row: 0, value: .nan), .nonFiniteValue(row: 0, column: "x", value: .nan),
            .extremeValue(row: 0, column: "x", value: 1e200), .singleClass(value: 1, count: 3),
        ]
        #expect(data.allSatisfy { $0.category == .data })
        #expect(ModelingError.constantColumn(column: "x", value: 1).category == .collinearity)
        #expect(ModelingError.collinearColumns([]).category == .collinearity)
        #expect(
            ModelingError.didNotConverge(iterations: 3, maxAbsGradient: 1, relativeDevianceChange: 1).category
                == .nonConvergence)
        let report = SeparationReport(kind: .complete, features: [], interceptDiverges: true, perfectlyPredictedRows: 3)
        #expect(ModelingError.separation(report).category == .separation)
    }

    @Test func messagesNameRowsColumnsAndValues() {
        #expect(
            ModelingError.invalidTarget(row: 1040, value: 2).description == "design row 1041: target 2 is not 0 or 1")
        #expect(
            ModelingError.nonFiniteValue(row: 0, column: "income", value: .nan).description
                == "design row 1, column 'income': nan is not a finite number")
        #expect(
            ModelingError.invalidWeight(row: 4, value: -0.5).description
                == "design row 5: weight -0.5 is not a finite number >= 0")
        #expect(
            ModelingError.constantColumn(column: "flag", value: 0).description
                == "column 'flag' is constant (every value is 0); drop it (the intercept is the one column of ones)")
        let notConverged = ModelingError.didNotConverge(
            iterations: 25, maxAbsGradient: 0.00123456789, relativeDevianceChange: 2e-7)
        #expect(
            notConverged.description.hasPrefix(
                "estimation did not converge in 25 iterations (last max |gradient| 0.00123457, relative deviance change 2e-07)"
            ))
    }

    @Test func separationMessages() {
        let one = SeparationReport(
            kind: .quasiComplete, features: [.init(column: "flag", direction: 1)], interceptDiverges: false,
            perfectlyPredictedRows: 1)
        #expect(
            one.description.hasPrefix(
                "quasi-complete separation by feature 'flag' (+infinity): 1 row is predicted perfectly"))
        #expect(one.featureNames == ["flag"])
        let two = SeparationReport(
            kind: .complete, features: [.init(column: "a", direction: -1), .init(column: "b", direction: 1)],
            interceptDiverges: true, perfectlyPredictedRows: 30)
        #expect(two.description.hasPrefix("perfect separation by features 'a' (-infinity), 'b' (+infinity): 30 rows"))
        let none = SeparationReport(kind: .complete, features: [], interceptDiverges: true, perfectlyPredictedRows: 2)
        #expect(none.description.hasPrefix("perfect separation by the intercept"))
    }

    @Test func shortNumbers() {
        #expect(shortNumber(3) == "3")
        #expect(shortNumber(-0.5) == "-0.5")
        #expect(shortNumber(1 / 3) == "0.333333")
        #expect(shortNumber(1.5e-9) == "1.5e-09")
        #expect(shortNumber(.nan) == "nan")
        #expect(shortNumber(-.infinity) == "-inf")
        #expect(shortNumber(1e300) == "1e+300")
    }

    @Test func reportsAreCodable() throws {
        let aliasing = Aliasing(
            column: "c", combination: [.init(column: "a", coefficient: 1), .init(column: "b", coefficient: -2.5)])
        #expect(aliasing.description == "column 'c' is a linear combination of 'a', 'b' (c = 1 * a - 2.5 * b)")
        let decoded = try JSONDecoder().decode(Aliasing.self, from: JSONEncoder().encode(aliasing))
        #expect(decoded == aliasing)
        let report = SeparationReport(
            kind: .quasiComplete, features: [.init(column: "x", direction: -1)], interceptDiverges: false,
            perfectlyPredictedRows: 4)
        #expect(try JSONDecoder().decode(SeparationReport.self, from: JSONEncoder().encode(report)) == report)
    }
}
