import Foundation
import Synchronization
import Testing

@testable import Modeling

@Suite struct RowSegmentsTests {
    @Test(arguments: [0, 1, 4095, 4096, 16_383, 16_384, 50_000, 1_000_000, 10_000_000])
    func segmentsCoverTheRowsInOrder(_ rows: Int) {
        let segments = RowSegments(rows: rows)
        #expect(segments.count == min(8, max(1, rows / (4 * RowSegments.chunkRows))))
        #expect(segments.ranges.first?.lowerBound == 0)
        #expect(segments.ranges.last?.upperBound == rows)
        for (a, b) in zip(segments.ranges, segments.ranges.dropFirst()) {
            #expect(a.upperBound == b.lowerBound)
        }
        // sizes differ by at most one row
        let sizes = segments.ranges.map(\.count)
        #expect((sizes.max() ?? 0) - (sizes.min() ?? 0) <= 1)
        // chunks of a segment cover it, in order, none longer than chunkRows
        for s in 0..<segments.count {
            let chunks = segments.chunks(of: s).map { segments.chunk(startingAt: $0, in: s) }
            #expect(chunks.reduce(0) { $0 + $1.count } == segments.ranges[s].count)
            #expect(chunks.allSatisfy { $0.count <= RowSegments.chunkRows && !$0.isEmpty })
        }
    }

    @Test(arguments: [1, 2, 3, 8, 64])
    func everySegmentIsVisitedOnce(_ threads: Int) {
        let segments = RowSegments(rows: 1_000_000)
        let visits = Mutex([Int](repeating: 0, count: segments.count))
        segments.forEach(threads: threads) { s in visits.withLock { $0[s] += 1 } }
        visits.withLock { #expect($0 == [Int](repeating: 1, count: segments.count)) }
    }
}
