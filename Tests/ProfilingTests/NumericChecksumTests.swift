import Tabular
import Testing

@testable import Profiling

@Suite struct NumericChecksumTests {
    @Test func sumsEveryNumericValueSkippingMissing() {
        let dataset = Dataset(columns: [
            .numeric(NumericColumn(name: "a", values: [1, 2, .nan, 4, 5, 6.5])),
            .text(TextColumn(name: "t", values: ["1", "2", "3", "4", "5", "6"])),
            .numeric(NumericColumn(name: "b", values: [-1, .nan, .nan, 0.25, 0, 10])),
        ])
        #expect(numericChecksum(of: dataset) == 18.5 + 9.25)
        #expect(numericChecksum(of: dataset, maxThreads: 1) == numericChecksum(of: dataset, maxThreads: 3))
        #expect(numericChecksum(of: Dataset(columns: [])) == 0)
    }
}
