import Tabular
import Testing

@testable import CreditCLI

@Suite struct DescribeRenderersTests {
    @Test func readableNumbers() {
        #expect(TextLayout.number(20.903) == "20.903")
        #expect(TextLayout.number(12.058773) == "12.0588")
        #expect(TextLayout.number(1_234_567.89) == "1234568")
        #expect(TextLayout.number(18424) == "18424")
        #expect(TextLayout.number(-0.5) == "-0.5")
        #expect(TextLayout.number(0.000123456) == "0.000123456")
        #expect(TextLayout.number(1.5e-7) == "1.50000e-07")
        #expect(TextLayout.number(.nan) == "-" && TextLayout.number(-.infinity) == "-inf")
        #expect(TextLayout.percent(0.3) == "30.00%" && TextLayout.percent(.nan) == "-")
        #expect(TextLayout.fixed4(-0.81809870) == "-0.8181")
    }

    @Test func tablesAlignByDisplayWidth() {
        #expect(TextLayout.displayWidth("收入") == 4 && TextLayout.displayWidth("abc") == 3)
        let lines = TextLayout.table([["value", "count"], ["收入", "7"], ["x", "1234"]], rightAligned: [1])
        #expect(lines == ["  value  count", "  收入       7", "  x       1234"])
        #expect(TextLayout.clipped("a\nb", to: 10) == "a b")
        #expect(TextLayout.clipped(String(repeating: "x", count: 50), to: 10) == "xxxxxxx...")
    }

    @Test func csvFieldsAreQuotedOnlyWhenNeeded() {
        #expect(DescribeCSVRenderer.line(["a", "b,c", "say \"hi\"", " pad", "客户", "x\ny", ""]) == "a,\"b,c\",\"say \"\"hi\"\"\",\" pad\",客户,\"x\ny\",\n")
        #expect(DescribeCSVRenderer.header.count == 27)
    }

    @Test func quantileKeys() {
        #expect(ProfileQuantileKeys.all == ["p1", "p5", "p25", "p50", "p75", "p95", "p99"])
        #expect(DescribeNames.quantileKey(0.125) == "p12.5")
        #expect(DescribeNames.quantileKey(0.07) == "p7")
    }
}

private enum ProfileQuantileKeys {
    static var all: [String] { [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99].map(DescribeNames.quantileKey) }
}
