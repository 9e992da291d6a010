import Tabular

/// The sum of every non-missing value of every numeric column: a cheap fingerprint of what a
/// reader produced (benchmarks print it so that no read can be skipped as unused).
///
/// Each column is summed in four interleaved partial sums, the columns in parallel, and the column
/// sums are added in column order, so the result does not depend on the threads.
///
/// - Complexity: O(rows × numeric columns).
public func numericChecksum(of dataset: Dataset, maxThreads: Int? = nil) -> Double {
    let numeric = dataset.columns.compactMap(\.numeric)
    let sums = SharedSlots<Double?>(count: numeric.count)
    let threads = maxThreads ?? ParallelWork.processorCount
    ParallelWork.run(count: numeric.count, threads: threads) { item in
        sums[item] = numeric[item].values.withUnsafeBufferPointer { values in
            var lanes = (0.0, 0.0, 0.0, 0.0)
            var index = 0
            while index + 4 <= values.count {
                let (a, b, c, d) = (values[index], values[index + 1], values[index + 2], values[index + 3])
                lanes.0 += a.isNaN ? 0 : a
                lanes.1 += b.isNaN ? 0 : b
                lanes.2 += c.isNaN ? 0 : c
                lanes.3 += d.isNaN ? 0 : d
                index += 4
            }
            while index < values.count {
                if !values[index].isNaN { lanes.0 += values[index] }
                index += 1
            }
            return (lanes.0 + lanes.1) + (lanes.2 + lanes.3)
        }
    }
    return (0..<numeric.count).reduce(0.0) { $0 + sums[$1]! }
}
