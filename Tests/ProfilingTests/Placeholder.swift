import Testing
@testable import Profiling

@Test func ProfilingBuilds() { #expect(Bool(true)) }
