import Foundation
import Tabular
import TestSupport
import Testing

@testable import SyntheticData

@Suite struct PortfolioCSVTests {
    /// Three blocks and a bit, so several threads share the work.
    static let portfolio = SyntheticPortfolio(
        options: PortfolioOptions(rows: 3 * SyntheticPortfolio.rowsPerBlock + 17, numericFeatures: 6, seed: 99))

    static func bytes(of portfolio: SyntheticPortfolio, threads: Int) -> ([UInt8], PortfolioSummary) {
        var bytes: [UInt8] = []
        let summary = portfolio.writeCSV(threads: threads) { bytes.append(contentsOf: $0) }
        return (bytes, summary)
    }

    @Test func sameOptionsGiveTheSameBytesWhateverTheThreads() {
        let (one, summaryOne) = Self.bytes(of: Self.portfolio, threads: 1)
        for threads in [2, 3, 8] {
            let (other, summary) = Self.bytes(of: Self.portfolio, threads: threads)
            #expect(other == one, "\(threads) threads")
            #expect(summary == summaryOne)
        }
        let again = SyntheticPortfolio(options: Self.portfolio.options)
        #expect(Self.bytes(of: again, threads: 2).0 == one)
        var otherSeed = Self.portfolio.options
        otherSeed.seed = 100
        #expect(Self.bytes(of: SyntheticPortfolio(options: otherSeed), threads: 2).0 != one)
    }

    @Test func shape() {
        let (bytes, summary) = Self.bytes(of: Self.portfolio, threads: 2)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasSuffix("\n"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == Self.portfolio.options.rows + 1)
        #expect(lines[0] == "id,x1,x2,x3,x4,x5,x6,region,segment,channel,default")
        for (index, line) in lines.dropFirst().enumerated() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            #expect(fields.count == 11)
            #expect(fields[0] == "\(index + 1)")
            #expect(fields[10] == "0" || fields[10] == "1")
        }
        #expect(summary.rows == Self.portfolio.options.rows)
        #expect(summary.events == lines.dropFirst().filter { $0.hasSuffix(",1") }.count)
    }

    /// The file read back with Tabular holds exactly the generator's values (bit for bit), levels
    /// and targets, so the truth holds for the file.
    @Test func fileReadsBackAsTheGeneratorsRows() throws {
        let folder = try TestPaths.temporaryDirectory("synth-csv")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("p.csv").path
        let summary = try Self.portfolio.writeCSV(toPath: path, threads: 2)
        let read = try readDataset(path: path, request: ColumnRequest(kinds: ["id": .numeric]))
        #expect(read.skippedRowCount == 0)
        let dataset = read.dataset
        #expect(dataset.rowCount == Self.portfolio.options.rows)

        var expectedProbabilities = 0.0
        var offset = 0
        for block in Self.portfolio.blocks() {
            for (j, feature) in Self.portfolio.numericFeatures.enumerated() {
                let column = try #require(dataset.column(named: feature.name)?.numeric)
                let slice = Array(column.values[offset..<offset + block.rowCount])
                #expect(slice.map(\.bitPattern) == block.numeric[j].map(\.bitPattern), "\(feature.name)")
            }
            for (c, feature) in Self.portfolio.categoricalFeatures.enumerated() {
                let column = try #require(dataset.column(named: feature.name)?.categorical)
                let read = (offset..<offset + block.rowCount).map { column.value(at: $0) }
                #expect(read == block.categorical[c].map { feature.levels[$0] }, "\(feature.name)")
            }
            let ids = try #require(dataset.column(named: "id")?.numeric)
            #expect(Array(ids.values[offset..<offset + block.rowCount]) == (0..<block.rowCount).map { Double(block.firstID + $0) })
            let defaults = try #require(dataset.column(named: "default")?.numeric)
            #expect(Array(defaults.values[offset..<offset + block.rowCount]) == block.defaults.map(Double.init))
            expectedProbabilities += block.probabilities.reduce(0, +)
            offset += block.rowCount
        }
        #expect(summary.events == Self.portfolio.blocks().reduce(0) { $0 + $1.defaults.reduce(0, +) })
        #expect(summary.expectedEvents.isApproximatelyEqual(to: expectedProbabilities, relativeTolerance: 1e-12))
    }

    /// A block drawn on its own equals the same block drawn in sequence; ids run on across blocks.
    @Test func blocksAreRandomlyAccessible() {
        let sequential = Array(Self.portfolio.blocks())
        #expect(sequential.count == 4)
        #expect(sequential.map(\.rowCount) == [4096, 4096, 4096, 17])
        #expect(sequential.map(\.firstID) == [1, 4097, 8193, 12289])
        for index in [0, 2, 3] {
            #expect(Self.portfolio.block(index) == sequential[index])
        }
        #expect(sequential[0] != sequential[1])
    }

    /// The true probability of every row is logistic(eta) with eta from the rounded values.
    @Test func probabilitiesFollowTheModelOnTheRoundedValues() {
        let block = Self.portfolio.block(1)
        let beta = Self.portfolio.trueCoefficients
        for row in 0..<block.rowCount {
            var eta = beta[0]
            for j in 0..<6 { eta += beta[1 + j] * block.numeric[j][row] }
            for (c, feature) in Self.portfolio.categoricalFeatures.enumerated() {
                eta += feature.coefficients[block.categorical[c][row]]
            }
            let p = 1 / (1 + exp(-eta))
            #expect(block.probabilities[row].isApproximatelyEqual(to: p, relativeTolerance: 1e-13))
        }
    }

    @Test func emptyPortfolioIsTheHeaderOnly() {
        let portfolio = SyntheticPortfolio(options: PortfolioOptions(rows: 0, numericFeatures: 2, seed: 1))
        let (bytes, summary) = Self.bytes(of: portfolio, threads: 2)
        #expect(String(decoding: bytes, as: UTF8.self) == "id,x1,x2,region,segment,channel,default\n")
        #expect(summary == PortfolioSummary(rows: 0, events: 0, expectedEvents: 0))
    }

    @Test func oneRowWithoutFeatures() {
        let portfolio = SyntheticPortfolio(
            options: PortfolioOptions(rows: 1, numericFeatures: 0, categoricalFeatures: 0, seed: 1, intercept: 40))
        let (bytes, summary) = Self.bytes(of: portfolio, threads: 1)
        // logistic(40) = 1 / (1 + 4e-18) is 1 in double precision: every uniform draw is below it.
        #expect(String(decoding: bytes, as: UTF8.self) == "id,default\n1,1\n")
        #expect(summary.events == 1)
    }

    @Test func unwritableDestinationLeavesNothing() throws {
        let folder = try TestPaths.temporaryDirectory("synth-csv")
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("no/such/dir/p.csv").path
        #expect(throws: TabularError.self) { try Self.portfolio.writeCSV(toPath: missing) }
        let truthMissing = folder.appendingPathComponent("missing/t.json").path
        let csv = folder.appendingPathComponent("p.csv").path
        #expect(throws: TabularError.self) {
            try Self.portfolio.write(csvPath: csv, truthPath: truthMissing, generator: "test")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
