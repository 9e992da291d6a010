import Testing
@testable import CreditCLI

@Test func CreditCLIBuilds() { #expect(Bool(true)) }
