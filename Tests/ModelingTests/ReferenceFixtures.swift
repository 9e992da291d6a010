import Foundation
import LinearAlgebra
import TestSupport

// The small test-only helpers that turn the shared CSV files into designs, as
// Fixtures/make_logistic_references.py builds them (its JSON fixtures are decoded by TestSupport's
// LogisticReferences).

/// A minimal reader for the shared CSV files (comma-separated, header row, no quoting).
struct SimpleCSV {
    let header: [String]
    let rows: [[String]]

    init(contentsOf url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        var lines = text.split(whereSeparator: \.isNewline).map(String.init)
        header = lines.removeFirst().split(separator: ",").map(String.init)
        rows = lines.filter { !$0.isEmpty }.map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
    }

    func column(_ name: String) -> [String] {
        let j = header.firstIndex(of: name)!
        return rows.map { $0[j] }
    }

    func numbers(_ name: String) -> [Double] { column(name).map { Double($0)! } }
}

/// Designs of the tests, built as the fixture script builds them.
enum TestDesigns {
    /// Spector & Mazzeo: const, gpa, tuce, psi; target grade.
    static func spector() throws -> (design: Matrix, target: [Double], names: [String]) {
        let csv = try SimpleCSV(contentsOf: TestPaths.sharedDataset("spector/spector.csv"))
        let n = csv.rows.count
        let columns = [[Double](repeating: 1, count: n), csv.numbers("gpa"), csv.numbers("tuce"), csv.numbers("psi")]
        return (Matrix(columns: columns), csv.numbers("grade"), ["const", "gpa", "tuce", "psi"])
    }

    /// UCI German credit with every attribute: numeric columns as they are, each categorical
    /// attribute as 0/1 dummies for every level but the lexicographically smallest, named
    /// `attribute=level`; an intercept `const` first. Target: bad = class 2.
    static func germanCredit() throws -> (design: Matrix, target: [Double], names: [String]) {
        let csv = try SimpleCSV(contentsOf: TestPaths.sharedDataset("german_credit/german_credit_uci.csv"))
        let n = csv.rows.count
        var columns: [[Double]] = [[Double](repeating: 1, count: n)]
        var names = ["const"]
        for attribute in csv.header where attribute != "class" {
            let values = csv.column(attribute)
            if values.allSatisfy({ Double($0) != nil }) {
                columns.append(values.map { Double($0)! })
                names.append(attribute)
            } else {
                for level in Set(values).sorted().dropFirst() {
                    columns.append(values.map { $0 == level ? 1 : 0 })
                    names.append("\(attribute)=\(level)")
                }
            }
        }
        let target = csv.column("class").map { $0 == "2" ? 1.0 : 0.0 }
        return (Matrix(columns: columns), target, names)
    }
}
