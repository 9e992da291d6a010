import Testing

@testable import CreditCLI

/// The number formats and the text table of the `train` and `inspect` summaries.
@Suite struct InspectFormattingTests {
    @Test func fixedAndTrimmed() {
        #expect(NumberText.fixed(-12.8896344, 6) == "-12.889634")
        #expect(NumberText.fixed(-0.0000001, 3) == "0.000")
        #expect(NumberText.fixed(.nan, 3) == "nan" && NumberText.fixed(-.infinity, 3) == "-inf")
        #expect(NumberText.trimmed(0.025000000000000022, 4) == "0.025")
        #expect(NumberText.trimmed(0.975, 4) == "0.975" && NumberText.trimmed(2, 4) == "2")
        #expect(NumberText.trimmed(0.05, 4) == "0.05")
    }

    @Test func significantDigits() {
        #expect(NumberText.significant(-13.02134686) == "-13.0213")
        #expect(NumberText.significant(0.0951577) == "0.0951577")
        #expect(NumberText.significant(0.000128275) == "0.000128275")
        #expect(NumberText.significant(4.44377e-05) == "4.44377e-05")
        #expect(NumberText.significant(1234567890.0) == "1.23457e+09")
        #expect(NumberText.significant(0) == "0")
        #expect(NumberText.significant(.infinity) == "inf")
        #expect(NumberText.significant(3.57e-05, 3) == "3.57e-05")
    }

    @Test func pValuesCountsAndShares() {
        #expect(NumberText.pValue(0.0083) == "0.0083")
        #expect(NumberText.pValue(5.7e-43) == "<0.0001")
        #expect(NumberText.pValue(0) == "<0.0001")
        #expect(NumberText.pValue(1) == "1.0000")
        #expect(NumberText.pValue(.nan) == "nan")
        #expect(NumberText.count(1000) == "1000" && NumberText.count(12.5) == "12.5000")
        #expect(NumberText.percent(300, of: 1000) == "30.0%" && NumberText.percent(1, of: 0) == "n/a")
    }

    @Test func tableAlignsColumns() {
        var table = TextTable([
            .init(title: "", alignment: .left), .init(title: "coef", alignment: .right),
            .init(title: "note", alignment: .left),
        ])
        table.append(["const", "-13.0213", ""])
        table.append(["psi", "2.37869", "x"])
        #expect(table.widths == [5, 8, 4])
        #expect(
            table.lines(rule: "-") == [
                "           coef  note",
                "---------------------",
                "const  -13.0213",
                "psi     2.37869  x",
            ])
        #expect(TextTable([.init(title: "a", alignment: .left)]).lines() == ["a"])
    }
}
