import Foundation

/// Locations and comparisons shared by every test target.
///
/// Fixtures live beside the tests that read them (`Tests/<Target>Tests/Fixtures/`), together with
/// the script that computed their reference values. Real public datasets live outside the
/// repository in `../shared/datasets/`; tests that need them are enabled only where that folder
/// exists, so a machine without it shows them as skipped, not passed.
public enum TestPaths {
    /// The repository's root folder, found from this file's own path.
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // TestSupport
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // root

    /// `Tests/<testTarget>/Fixtures/<name>`.
    public static func fixture(_ name: String, in testTarget: String) -> URL {
        repositoryRoot.appendingPathComponent("Tests").appendingPathComponent(testTarget)
            .appendingPathComponent("Fixtures").appendingPathComponent(name)
    }

    /// `../shared/datasets` relative to the repository root.
    public static let sharedDatasets: URL = repositoryRoot.deletingLastPathComponent()
        .appendingPathComponent("shared").appendingPathComponent("datasets")

    /// True when `../shared/datasets` exists (CI always has it; a user's machine may not).
    public static var hasSharedDatasets: Bool {
        FileManager.default.fileExists(atPath: sharedDatasets.path)
    }

    /// A file inside `../shared/datasets`, e.g. `sharedDataset("spector/spector.csv")`.
    public static func sharedDataset(_ relativePath: String) -> URL {
        sharedDatasets.appendingPathComponent(relativePath)
    }

    /// A fresh, empty temporary folder for one test.
    public static func temporaryDirectory(_ label: String = "credo-test") throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

extension Double {
    /// Whether `self` and `other` agree to a relative tolerance:
    /// `|self - other| <= relativeTolerance * max(|self|, |other|)`, or both are zero, or both NaN,
    /// or they are the same infinity. `absoluteTolerance` (default 0) admits values near zero,
    /// where a relative comparison is meaningless.
    public func isApproximatelyEqual(
        to other: Double, relativeTolerance: Double, absoluteTolerance: Double = 0
    ) -> Bool {
        if self.isNaN || other.isNaN { return self.isNaN && other.isNaN }
        if self.isInfinite || other.isInfinite { return self == other }
        let difference = abs(self - other)
        if difference <= absoluteTolerance { return true }
        return difference <= relativeTolerance * Swift.max(abs(self), abs(other))
    }
}

extension Array where Element == Double {
    /// Whether every entry agrees with `other`'s to `relativeTolerance` (see
    /// `Double.isApproximatelyEqual`), and the counts are equal.
    public func isApproximatelyEqual(
        to other: [Double], relativeTolerance: Double, absoluteTolerance: Double = 0
    ) -> Bool {
        count == other.count
            && zip(self, other).allSatisfy {
                $0.isApproximatelyEqual(
                    to: $1, relativeTolerance: relativeTolerance, absoluteTolerance: absoluteTolerance)
            }
    }

    /// The largest relative difference to `other` (for failure messages).
    public func maxRelativeDifference(to other: [Double]) -> Double {
        zip(self, other).map { abs($0 - $1) / Swift.max(abs($0), abs($1), .leastNormalMagnitude) }.max() ?? 0
    }
}

/// Whether `value` agrees with the printed `text` (a published number): within half a unit of its
/// last printed digit, or within 1e-6 relative where the printed digits go beyond that (published
/// tables often come from fits stopped at ~1e-7).
public func matchesPrinted(_ value: Double, _ text: String) -> Bool {
    let decimals = text.split(separator: ".").dropFirst().first?.count ?? 0
    let printed = Double(text)!
    let tolerance = max(0.5 * pow(10, -Double(decimals)) * (1 + 1e-9), 1e-6 * abs(printed))
    return abs(value - printed) <= tolerance
}

/// Reads a JSON fixture into a decodable value.
public func loadJSONFixture<T: Decodable>(_ type: T.Type, _ name: String, in testTarget: String) throws -> T {
    let data = try Data(contentsOf: TestPaths.fixture(name, in: testTarget))
    return try JSONDecoder().decode(T.self, from: data)
}

/// A small seeded generator for generated test data (SplitMix64; Steele, Lea & Flood 2014), for
/// test targets that do not depend on Statistics' `SeededGenerator`.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    public var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform on [0, 1), 53 random bits.
    public mutating func uniform() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// Standard normal (Box-Muller).
    public mutating func normal() -> Double {
        let u = uniform()
        let v = uniform()
        return (-2 * log(1 - u)).squareRoot() * cos(2 * Double.pi * v)
    }
}
