import Foundation
import Testing

@testable import Modeling

@Suite struct LogisticOptionsTests {
    @Test func defaults() {
        let options = LogisticOptions()
        #expect(options.l2 == 0 && !options.firth && options.robust == .none)
        #expect(options.firthCovariance == .fisherInformation)
        #expect(options.maxIterations == 100 && !options.allowNonConvergence)
        #expect(options.devianceTolerance == 1e-10 && options.gradientTolerance == 1e-8)
        #expect(options.collinearityTolerance == 1e-10 && options.confidenceLevel == 0.95)
        #expect(options.threads == nil)
    }

    @Test func codableRoundTrip() throws {
        let options = LogisticOptions(l2: 2.5, robust: .hc1, maxIterations: 7, allowNonConvergence: true, threads: 3)
        let decoded = try JSONDecoder().decode(LogisticOptions.self, from: JSONEncoder().encode(options))
        #expect(decoded == options)
        let firth = LogisticOptions(firth: true, firthCovariance: .augmentedInformation)
        #expect(try JSONDecoder().decode(LogisticOptions.self, from: JSONEncoder().encode(firth)) == firth)
    }
}
