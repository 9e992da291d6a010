import Dispatch
import Synchronization
import Testing

@testable import CreditCLI

@Suite struct ProgressTests {
    /// A clock the test moves by hand, and everything written.
    final class FakeTerminal: Sendable {
        let time = Mutex(Duration.zero)
        let written = Mutex([String]())

        func factory(minimumInterval: Duration = .milliseconds(100), initialDelay: Duration = .seconds(2))
            -> ProgressFactory
        {
            ProgressFactory(
                write: { text in self.written.withLock { $0.append(text) } },
                now: { self.time.withLock { $0 } },
                minimumInterval: minimumInterval, initialDelay: initialDelay)
        }

        func advanceClock(to time: Duration) {
            self.time.withLock { $0 = time }
        }

        var output: [String] { written.withLock { $0 } }
    }

    @Test func silentProgressWritesNothingAndCountsNothing() {
        let progress = ProgressFactory.silent.start("Scoring", total: 10)
        progress.advance(by: 5)
        progress.update(completed: 7)
        progress.finish()
        #expect(!progress.isEnabled)
        #expect(progress.completed == 0)
    }

    @Test func nothingIsDrawnBeforeTheInitialDelay() {
        let terminal = FakeTerminal()
        let progress = terminal.factory().start("Scoring", total: 100)
        terminal.advanceClock(to: .milliseconds(1999))
        progress.advance(by: 10)
        #expect(terminal.output.isEmpty)
        progress.finish()
        #expect(terminal.output.isEmpty, "finishing erases only a line that was drawn")
        #expect(progress.completed == 10)
    }

    @Test func drawsInPlaceAtMostOncePerInterval() {
        let terminal = FakeTerminal()
        let progress = terminal.factory().start("Scoring", total: 100)
        terminal.advanceClock(to: .seconds(2))
        progress.advance(by: 30)
        terminal.advanceClock(to: .milliseconds(2099))
        progress.advance(by: 10)
        terminal.advanceClock(to: .milliseconds(2100))
        progress.advance(by: 10)
        progress.finish()
        progress.advance(by: 1)
        #expect(
            terminal.output == [
                "\rScoring: 30% (30 of 100 rows, 2 s)\u{1B}[K",
                "\rScoring: 50% (50 of 100 rows, 2 s)\u{1B}[K",
                "\r\u{1B}[K",
            ])
    }

    @Test func manyUpdatesDrawAboutTenTimesASecond() {
        let terminal = FakeTerminal()
        let progress = terminal.factory(initialDelay: .zero).start("Reading")
        for millisecond in 0..<3000 {
            terminal.advanceClock(to: .milliseconds(millisecond))
            progress.advance()
        }
        #expect(terminal.output.count == 30)
        #expect(terminal.output.last == "\rReading: 2901 rows (2 s)\u{1B}[K")
    }

    @Test func releasingAnUnfinishedProgressErasesItsLine() {
        let terminal = FakeTerminal()
        do {
            let progress = terminal.factory(initialDelay: .zero).start("Fitting", total: 4, unit: "iterations")
            progress.update(completed: 1)
        }
        #expect(terminal.output == ["\rFitting: 25% (1 of 4 iterations, 0 s)\u{1B}[K", "\r\u{1B}[K"])
    }

    @Test func concurrentAdvancesAllCount() {
        let terminal = FakeTerminal()
        let progress = terminal.factory(initialDelay: .zero).start("Scoring")
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for _ in 0..<1000 { progress.advance() }
        }
        #expect(progress.completed == 8000)
        #expect(terminal.output.count == 1, "the clock never moved, so only the first update drew")
    }

    @Test func lineTexts() {
        #expect(
            Progress.line(label: "Scoring", completed: 450, total: 1000, unit: "rows", elapsed: .milliseconds(12_900))
                == "Scoring: 45% (450 of 1000 rows, 12 s)")
        #expect(
            Progress.line(label: "Reading", completed: 7, total: nil, unit: "MB", elapsed: .zero)
                == "Reading: 7 MB (0 s)")
        #expect(
            Progress.line(label: "X", completed: 0, total: 0, unit: "rows", elapsed: .zero)
                == "X: 100% (0 of 0 rows, 0 s)")
        #expect(
            Progress.line(label: "X", completed: 12, total: 10, unit: "rows", elapsed: .zero)
                == "X: 100% (12 of 10 rows, 0 s)")
        #expect(
            Progress.line(label: "X", completed: -1, total: 10, unit: "rows", elapsed: .zero)
                == "X: 0% (-1 of 10 rows, 0 s)")
    }

    @Test func standardErrorFactoryDrawsOnlyOnATerminal() {
        #expect(ProgressFactory.standardError().isEnabled == systemIsTerminal(2))
    }
}
