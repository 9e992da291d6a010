import Testing

@testable import Profiling

@Suite struct ProfileOptionsTests {
    @Test func defaultsAreThoseOfDescribe() {
        let options = ProfileOptions()
        #expect(options.topCategoryCount == 10 && options.bucketCount == 10 && options.exampleLimit == 10)
        #expect(options.columns == nil && options.maxThreads == nil)
        #expect(options.missingTokens == ["", "NA", "NaN", "null"])
        #expect(ProfileOptions.quantileProbabilities == [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99])
    }
}
