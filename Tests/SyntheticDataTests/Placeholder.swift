import Testing
@testable import SyntheticData

@Test func SyntheticDataBuilds() { #expect(Bool(true)) }
