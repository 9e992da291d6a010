import Testing
@testable import Modeling

@Test func ModelingBuilds() { #expect(Bool(true)) }
