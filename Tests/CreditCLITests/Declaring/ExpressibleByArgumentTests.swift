import Testing

@testable import CreditCLI

@Suite struct ExpressibleByArgumentTests {
    @Test func integers() {
        #expect(Int(argument: "0") == 0)
        #expect(Int(argument: "-12") == -12)
        #expect(Int(argument: "+7") == 7)
        #expect(Int(argument: "9223372036854775807") == Int.max)
        #expect(Int(argument: "9223372036854775808") == nil)
        for bad in ["", "1.0", "1e3", "0x10", "1_000", " 1", "one"] {
            #expect(Int(argument: bad) == nil, "'\(bad)'")
        }
        #expect(Int.expectedValue == "an integer")
    }

    @Test func finiteDecimalNumbers() {
        #expect(Double(argument: "0") == 0)
        #expect(Double(argument: "-0")?.sign == .minus)
        #expect(Double(argument: ".5") == 0.5)
        #expect(Double(argument: "1.") == 1)
        #expect(Double(argument: "1e-6") == 1e-6)
        #expect(Double(argument: "-2.5E3") == -2500)
        #expect(Double(argument: "1.7976931348623157e308") == .greatestFiniteMagnitude)
        #expect(Double(argument: "4.9e-324") == .leastNonzeroMagnitude)
        for bad in ["", "nan", "NaN", "inf", "-inf", "infinity", "1e309", "0x1p3", "1,5", " 1", "e", "."] {
            #expect(Double(argument: bad) == nil, "'\(bad)'")
        }
    }

    @Test func booleans() {
        #expect(Bool(argument: "true") == true)
        #expect(Bool(argument: "false") == false)
        #expect(Bool(argument: "TRUE") == nil)
        #expect(Bool(argument: "1") == nil)
        #expect(Bool.allValueStrings == ["true", "false"])
    }

    @Test func stringsTakeAnything() {
        #expect(String(argument: "") == "")
        #expect(String(argument: "-x,y") == "-x,y")
    }

    @Test func enumerationsListTheirValues() {
        #expect(Shade(argument: "json") == .json)
        #expect(Shade(argument: "JSON") == nil)
        #expect(Shade.allValueStrings == ["text", "json", "csv"])
        #expect(Shade.expectedValue == "one of text, json, csv")
        #expect(Shade.csv.defaultValueDescription == "csv")
    }

    @Test func listConversionSplitsAndRejectsEmptyItems() throws {
        #expect(try Int.convertingList(["1,2", "3"], separator: ",") == [1, 2, 3])
        #expect(try String.convertingList(["a,b"], separator: nil) == ["a,b"])
        #expect(throws: ConversionFailure(value: "1,,2", reason: .emptyListItem)) {
            try Int.convertingList(["1,,2"], separator: ",")
        }
        #expect(throws: ConversionFailure(value: "x")) {
            try Int.convertingList(["1,x"], separator: ",")
        }
    }
}
