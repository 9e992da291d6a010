import Testing
@testable import Statistics

@Test func StatisticsBuilds() { #expect(Bool(true)) }
