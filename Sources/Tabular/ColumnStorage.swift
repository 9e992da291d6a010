#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Column arrays written in place by the parsers, and their assembly into a `Dataset`.
///
/// The numeric, code and row-number arrays are created with uninitialized capacity and filled
/// through pointers while each array's initializer closure is running (the closures are nested,
/// one per array), so no value is ever copied from a staging buffer and peak memory is the size of
/// the columns themselves. Pages of capacity that are never written are never touched.
enum ColumnStorage {
    /// The arrays of fixed-size values, after the body has set how many rows they hold.
    struct Arrays {
        var numeric: [[Double]]
        var codes: [[Int32]]
        var rowNumbers: [Int]
    }

    /// Creates `numericCount` `[Double]`, `categoricalCount` `[Int32]` and one `[Int]` array, each
    /// with room for `capacity` rows, calls `body` with pointers to them, and returns them holding
    /// the number of rows `body` returns (rows [0, n) must all have been written).
    static func withOutputs(
        numericCount: Int, categoricalCount: Int, capacity: Int, _ body: (ColumnOutputs) -> Int
    ) -> Arrays {
        let room = max(capacity, 1)
        let numericPointers = UnsafeMutablePointer<UnsafeMutablePointer<Double>>.allocate(capacity: max(numericCount, 1))
        let codePointers = UnsafeMutablePointer<UnsafeMutablePointer<Int32>>.allocate(capacity: max(categoricalCount, 1))
        defer {
            numericPointers.deallocate()
            codePointers.deallocate()
        }
        var numeric: [[Double]] = []
        var codes: [[Int32]] = []
        var rowNumbers: [Int] = []
        let depth = numericCount + categoricalCount
        withStack(forDepth: depth) {
            _ = nest(numericCount, capacity: room, pointers: numericPointers, arrays: &numeric) {
                nest(categoricalCount, capacity: room, pointers: codePointers, arrays: &codes) {
                    var count = 0
                    rowNumbers = [Int](unsafeUninitializedCapacity: room) { buffer, initialized in
                        count = body(ColumnOutputs(
                            numeric: numericPointers, codes: codePointers, rowNumbers: buffer.baseAddress!,
                            capacity: capacity))
                        precondition(count <= capacity, "more rows than capacity")
                        initialized = count
                    }
                    return count
                }
            }
        }
        numeric.reverse()
        codes.reverse()
        return Arrays(numeric: numeric, codes: codes, rowNumbers: rowNumbers)
    }

    /// Runs `body` where the stack can hold `depth` nested array initializers: on the current
    /// thread for up to `maximumDepthInPlace` (a few hundred KB at most), otherwise on a new thread
    /// whose stack is sized for the depth (measured: about 0.8 KB per level in debug builds, less
    /// in release; a thread of the cooperative pool may have as little as 512 KB).
    private static func withStack(forDepth depth: Int, _ body: () -> Void) {
        if depth <= maximumDepthInPlace { return body() }
        runOnNewThread(stackBytes: (1 << 20) + depth * 4096, body)
    }

    static let maximumDepthInPlace = 256

    /// Runs `body` on a new POSIX thread with a stack of `stackBytes` and waits for it.
    private static func runOnNewThread(stackBytes: Int, _ body: () -> Void) {
        withoutActuallyEscaping(body) { escapable in
            final class Context {
                let body: () -> Void
                init(_ body: @escaping () -> Void) { self.body = body }
            }
            let context = Unmanaged.passRetained(Context(escapable)).toOpaque()
            var attributes = pthread_attr_t()
            pthread_attr_init(&attributes)
            defer { pthread_attr_destroy(&attributes) }
            pthread_attr_setstacksize(&attributes, stackBytes)
            var thread = pthread_t()
            let status = pthread_create(&thread, &attributes, { pointer in
                Unmanaged<Context>.fromOpaque(pointer!).takeRetainedValue().body()
                return nil
            }, context)
            precondition(status == 0, "cannot start a thread (error \(status))")
            pthread_join(thread, nil)
        }
    }

    /// Recursively opens `remaining` arrays; `arrays` receives them innermost first.
    private static func nest<T>(
        _ remaining: Int, capacity: Int, pointers: UnsafeMutablePointer<UnsafeMutablePointer<T>>,
        arrays: inout [[T]], _ body: () -> Int
    ) -> Int {
        if remaining == 0 { return body() }
        var count = 0
        let array = [T](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            pointers[0] = buffer.baseAddress!
            count = nest(remaining - 1, capacity: capacity, pointers: pointers + 1, arrays: &arrays, body)
            initialized = count
        }
        arrays.append(array)
        return count
    }

    /// Assembles the dataset of a finished run.
    static func dataset(
        plan: ParsePlan, arrays: Arrays, levels: [[String]], texts: [[String]], missingCounts: [Int]
    ) -> Dataset {
        var columns: [Column?] = Array(repeating: nil, count: plan.schema.fields.count)
        for (slot, index) in plan.numericColumns.enumerated() {
            columns[index] = .numeric(NumericColumn(
                name: plan.schema.fields[index].name, values: arrays.numeric[slot], missingCount: missingCounts[index]))
        }
        for (slot, index) in plan.categoricalColumns.enumerated() {
            columns[index] = .categorical(CategoricalColumn(
                name: plan.schema.fields[index].name, codes: arrays.codes[slot], levels: levels[slot],
                missingCount: missingCounts[index]))
        }
        for (slot, index) in plan.textColumns.enumerated() {
            columns[index] = .text(TextColumn(
                name: plan.schema.fields[index].name, values: texts[slot], missingCount: missingCounts[index]))
        }
        return Dataset(file: plan.file, columns: columns.map { $0! }, rowNumbers: arrays.rowNumbers)
    }
}
