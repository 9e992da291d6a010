import Foundation
import Testing

@testable import CreditCLI

@Suite struct SystemCallsTests {
    @Test func errorDescriptionsAreLowerCase() {
        #expect(systemErrorDescription(ENOENT) == "no such file or directory")
        #expect(systemErrorDescription(ENOSPC) == "no space left on device")
        #expect(systemErrorDescription(EPIPE) == "broken pipe")
    }

    @Test func unknownErrorNumberStillDescribes() {
        #expect(!systemErrorDescription(99_999).isEmpty)
    }
}
