import Testing

@testable import LinearAlgebra

@Suite struct BLASThreadsTests {
    // The only test that changes the process-wide setting; it restores it.
    @Test func setAndRead() {
        let original = BLASThreads.current
        #expect(original >= 1)
        #expect(BLASThreads.processors >= 1)
        BLASThreads.set(1)
        #expect(BLASThreads.current == 1)
        BLASThreads.set(original)
        #expect(BLASThreads.current == original)
    }

    @Test func zeroThreadsIsAProgrammerError() async {
        await #expect(processExitsWith: .failure) {
            BLASThreads.set(0)
        }
    }
}
