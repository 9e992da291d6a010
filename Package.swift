// swift-tools-version:6.0
//
// Credo: a statistical credit-scoring and analytics engine.
// Dependencies point downward only:
//   credo -> CreditCLI -> Profiling / Modeling / SyntheticData -> Statistics / Tabular
//         -> LinearAlgebra -> CBLAS / CLAPACKE (C)
// Only LinearAlgebra imports the C modules.
import PackageDescription

let package = Package(
    name: "Credo",
    products: [
        .executable(name: "credo", targets: ["credo"]),
        .library(name: "CreditCLI", targets: ["CreditCLI"]),
        .library(name: "Modeling", targets: ["Modeling"]),
    ],
    targets: [
        // System libraries (Debian: libopenblas-dev, liblapack-dev, liblapacke-dev).
        .systemLibrary(
            name: "CBLAS",
            pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev"])]
        ),
        .systemLibrary(
            name: "CLAPACKE",
            pkgConfig: "lapacke",
            providers: [.apt(["liblapacke-dev", "liblapack-dev"])]
        ),

        // Numerics.
        .target(name: "LinearAlgebra", dependencies: ["CBLAS", "CLAPACKE"]),
        .target(name: "Statistics", dependencies: ["LinearAlgebra"]),

        // Data.
        .target(name: "Tabular"),

        // Domain.
        .target(name: "Profiling", dependencies: ["Statistics", "Tabular"]),
        .target(name: "Modeling", dependencies: ["LinearAlgebra", "Statistics", "Tabular"]),
        .target(name: "SyntheticData", dependencies: ["LinearAlgebra", "Statistics", "Tabular"]),

        // Command line.
        .target(
            name: "CreditCLI",
            dependencies: ["LinearAlgebra", "Statistics", "Tabular", "Profiling", "Modeling", "SyntheticData"]
        ),
        .executableTarget(name: "credo", dependencies: ["CreditCLI"]),

        // Tests.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "LinearAlgebraTests", dependencies: ["LinearAlgebra", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "StatisticsTests", dependencies: ["Statistics", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "TabularTests", dependencies: ["Tabular", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "ProfilingTests", dependencies: ["Profiling", "Tabular", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "SyntheticDataTests", dependencies: ["SyntheticData", "Modeling", "Tabular", "TestSupport"]),
        .testTarget(name: "ModelingTests", dependencies: ["Modeling", "Tabular", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(
            name: "CreditCLITests",
            dependencies: ["CreditCLI", "Modeling", "Tabular", "Profiling", "SyntheticData", "TestSupport"]
        ),
    ]
)
