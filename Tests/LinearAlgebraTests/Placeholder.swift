import Testing
@testable import LinearAlgebra

@Test func LinearAlgebraBuilds() { #expect(Bool(true)) }
