extension Array where Element == Double {
    /// Makes the array exactly `count` entries long, keeping its capacity (new entries are 0), so
    /// a buffer reused from chunk to chunk is allocated once.
    @inline(__always)
    mutating func resize(to count: Int) {
        if self.count > count {
            removeLast(self.count - count)
        } else if self.count < count {
            append(contentsOf: repeatElement(0, count: count - self.count))
        }
    }
}
