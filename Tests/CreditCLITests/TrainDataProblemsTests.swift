import Foundation
import Modeling
import Tabular
import TestSupport
import Testing

@testable import CreditCLI

/// `credo train` on data it cannot (fully) use: the exit status DEVELOPERS.md gives and a message
/// that names the columns and says what to do.
@Suite struct TrainDataProblemsTests {
    typealias Support = TrainTestSupport

    /// Writes `text` to `<folder>/<name>` and returns its path.
    static func write(_ text: String, _ name: String = "data.csv", in folder: TemporaryFolder) throws -> String {
        let url = folder.url.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// 24 rows: a target y, an informative x, a noisy z, a categorical c, and a text column
    /// `name` (24 distinct values: inferred as text).
    static let regular: String = {
        var text = "y,x,z,c,name\n"
        for i in 0..<24 {
            let y = (i * 7 + 3) % 5 < 2 ? 1 : 0
            let x = Double((i * 7) % 11) / 4 + Double(y)
            text += "\(y),\(formatShortest(x)),\((i * 5) % 6 + 1),\(i % 2 == 0 ? "a" : "b"),n\(i)\n"
        }
        return text
    }()

    @Test func separationExits81AndNamesTheFeature() throws {
        let folder = try TemporaryFolder()
        let data = try Self.write("y,x,z\n0,1,5\n0,2,3\n0,3,4\n1,4,2\n1,5,6\n1,6,1\n", in: folder)
        let (run, model) = try Support.train(["--data", data, "--target", "y", "--features", "x"], in: folder.url)
        #expect(run.status == 81)
        #expect(run.stderr.hasPrefix("Error: perfect separation by feature 'x' (+infinity)"), "\(run.stderr)")
        #expect(run.stderr.contains("--firth") && run.stderr.contains("--l2"))
        #expect(model == nil)
        #expect(run.stdout == "")
        // the remedies work
        #expect(
            try Support.train(["--data", data, "--target", "y", "--features", "x", "--firth"], in: folder.url).run
                .status == 0)
        #expect(
            try Support.train(["--data", data, "--target", "y", "--features", "x", "--l2", "1"], in: folder.url).run
                .status == 0)
    }

    @Test func collinearAndConstantColumnsExit82() throws {
        let folder = try TemporaryFolder()
        var duplicated = "y,x,x2,k\n"
        for line in Self.regular.split(separator: "\n").dropFirst() {
            let cells = line.split(separator: ",")
            duplicated += "\(cells[0]),\(cells[1]),\(cells[1]),7\n"
        }
        let data = try Self.write(duplicated, in: folder)
        let collinear = try Support.train(["--data", data, "--target", "y", "--features", "x,x2"], in: folder.url)
        #expect(collinear.run.status == 82)
        #expect(collinear.run.stderr.contains("column 'x2' is a linear combination of 'x'"), "\(collinear.run.stderr)")
        let constant = try Support.train(["--data", data, "--target", "y", "--features", "x,k"], in: folder.url)
        #expect(constant.run.status == 82)
        #expect(constant.run.stderr.contains("column 'k' is constant (every value is 7)"), "\(constant.run.stderr)")
    }

    @Test func oneLevelCategoricalExits82() throws {
        let folder = try TemporaryFolder()
        let data = try Self.write("y,x,c\n0,1,a\n1,2,a\n0,3,a\n1,,b\n", in: folder)
        let run = try Support.train(["--data", data, "--target", "y"], in: folder.url).run
        #expect(run.status == 82)
        #expect(run.stderr.contains("feature 'c' has one level ('a') in the rows used"), "\(run.stderr)")
    }

    /// An id forced to be categorical would give thousands of dummies: refused before any work.
    @Test func anIdAsACategoricalFeatureExits65() throws {
        let folder = try TemporaryFolder()
        var text = "y,x,id\n"
        for i in 0..<1500 { text += "\(i % 3 == 0 ? 1 : 0),\(i % 7),c\(i)\n" }
        let data = try Self.write(text, in: folder)
        let (run, model) = try Support.train(
            ["--data", data, "--target", "y", "--categorical", "id"], in: folder.url)
        #expect(run.status == 65)
        #expect(run.stderr.contains("feature 'id' has 1500 levels in the rows used, more than the 1000"), "\(run.stderr)")
        #expect(run.stderr.contains("--exclude id"))
        #expect(model == nil)
    }

    @Test func oneClassTargetExits65() throws {
        let folder = try TemporaryFolder()
        let data = try Self.write("y,x\n0,1\n0,2\n0,3\n", in: folder)
        let run = try Support.train(["--data", data, "--target", "y"], in: folder.url).run
        #expect(run.status == 65)
        #expect(run.stderr == "Error: the target has one class only (all 3 rows are 0); a model needs both 0 and 1\n")
    }

    @Test func nonConvergenceExits80() throws {
        let folder = try TemporaryFolder()
        let data = try Self.write(Self.regular, in: folder)
        let run = try Support.train(
            ["--data", data, "--target", "y", "--features", "x,z", "--max-iterations", "1"], in: folder.url
        ).run
        #expect(run.status == 80)
        #expect(run.stderr.hasPrefix("Error: estimation did not converge in 1 iteration"), "\(run.stderr)")
    }

    /// A column name the file does not have is a data error (65), like Tabular's unknown columns,
    /// with the closest name suggested.
    @Test func unknownColumnsExit65WithASuggestion() throws {
        let folder = try TemporaryFolder()
        let data = try Self.write(Self.regular, in: folder)
        let feature = try Support.train(["--data", data, "--target", "y", "--features", "x,zz"], in: folder.url).run
        #expect(feature.status == 65)
        #expect(
            feature.stderr
                == "Error: \(data): no column 'zz' (--features); did you mean 'z'? (the file has 'y', 'x', 'z', 'c', "
                + "'name')\n")
        let target = try Support.train(["--data", data, "--target", "Y"], in: folder.url).run
        #expect(target.status == 65 && target.stderr.contains("no column 'Y' (--target); did you mean 'y'?"))
        let excluded = try Support.train(["--data", data, "--target", "y", "--exclude", "nme"], in: folder.url).run
        #expect(excluded.status == 65 && excluded.stderr.contains("no column 'nme' (--exclude); did you mean 'name'?"))
    }

    @Test func textColumnAsFeatureExits65() throws {
        let folder = try TemporaryFolder()
        let data = try Self.write(Self.regular, in: folder)
        let run = try Support.train(["--data", data, "--target", "y"], in: folder.url).run
        #expect(run.status == 65)
        #expect(
            run.stderr
                == "Error: \(data): column 'name' holds text with too many distinct values to be a feature (an id or "
                + "free text?); leave it out with --exclude name, or make it categorical with --categorical name\n")
        let fixed = try Support.train(["--data", data, "--target", "y", "--exclude", "name"], in: folder.url)
        #expect(fixed.run.status == 0, "\(fixed.run.stderr)")
        #expect(try #require(fixed.model).designColumns == ["const", "x", "z", "c=b"])
        let id = try Support.train(["--data", data, "--target", "y", "--id", "name"], in: folder.url)
        #expect(id.run.status == 0 && id.model?.lineage.options.id == "name")
    }

    @Test func categoricalOverridesTheInferredKind() throws {
        let folder = try TemporaryFolder()
        let data = try Self.write(Self.regular, in: folder)
        let (run, model) = try Support.train(
            ["--data", data, "--target", "y", "--features", "x,z", "--categorical", "z", "--reference", "z=3"],
            in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        let m = try #require(model)
        #expect(m.features[1] == .categorical("z", levels: ["1", "2", "3", "4", "5", "6"], reference: "3"))
        #expect(m.designColumns == ["const", "x", "z=1", "z=2", "z=4", "z=5", "z=6"])
        #expect(m.lineage.options.categorical == ["z"])
        let numericReference = try Support.train(
            ["--data", data, "--target", "y", "--features", "x,z", "--reference", "z=3"], in: folder.url
        ).run
        #expect(numericReference.status == 65)
        #expect(numericReference.stderr.contains("feature 'z' is numeric; make it categorical with --categorical z"))
    }

    @Test func usageErrorsExit64() throws {
        let folder = try TemporaryFolder()
        let data = try Self.write(Self.regular, in: folder)
        let cases: [([String], String)] = [
            (["--features", "x", "--exclude", "z"], "--features and --exclude cannot be combined"),
            (["--firth", "--l2", "1"], "--firth and --l2 cannot be combined"),
            (["--good-value", "0"], "--good-value needs --bad-value"),
            (["--l2", "-1"], "--l2 must be >= 0, got -1.0"),
            (["--max-iterations", "0"], "--max-iterations must be >= 1, got 0"),
            (["--features", "x,y"], "'y' is the target column; it cannot be a feature"),
            (["--features", "x,x"], "--features names 'x' twice"),
            (["--features", "x", "--categorical", "c"], "--categorical 'c' is not a feature"),
            (["--reference", "c"], "--reference 'c' is not feature=level"),
            (["--reference", "c=a,c=b"], "--reference names 'c' more than once"),
            (["--weight", "y"], "'y' is given to both --target and --weight"),
            (["--robust", "hc3"], "option '--robust': 'hc3' is not one of hc0, hc1"),
        ]
        for (extra, message) in cases {
            let run = try Support.train(["--data", data, "--target", "y"] + extra, in: folder.url, binary: false).run
            #expect(run.status == 64, "\(extra): \(run.stderr)")
            #expect(run.stderr.contains(message), "\(extra): \(run.stderr)")
            #expect(run.stderr.hasSuffix("See 'credo train --help'.\n"), "\(extra)")
        }
        let stdin = runCredoInProcess(["train", "--data", "-", "--target", "y", "--out", "m.json"])
        #expect(stdin.status == 64 && stdin.stderr.contains("training needs a file"))
    }

    @Test func missingDataFileExits66() throws {
        let folder = try TemporaryFolder()
        let missing = folder.url.appendingPathComponent("nope.csv").path
        let run = try Support.train(["--data", missing, "--target", "y"], in: folder.url).run
        #expect(run.status == 66)
        #expect(run.stderr == "Error: \(missing): no such file\n")
    }

    @Test func unwritableOutputExits73() throws {
        let folder = try TemporaryFolder()
        let data = try Self.write(Self.regular, in: folder)
        let out = folder.url.appendingPathComponent("no/such/dir/m.json").path
        let run = try runCredo(["train", "--data", data, "--target", "y", "--exclude", "name", "--out", out])
        #expect(run.status == 73, "\(run.stderr)")
    }

    @Test func targetCodesNeedBadValue() throws {
        let folder = try TemporaryFolder()
        let data = try Self.write("flag,x\nbad,1\ngood,2\nbad,3\ngood,1\n", in: folder)
        let run = try Support.train(["--data", data, "--target", "flag"], in: folder.url).run
        #expect(run.status == 65)
        #expect(run.stderr.contains("map other codes with --bad-value"), "\(run.stderr)")
        let mapped = try Support.train(["--data", data, "--target", "flag", "--bad-value", "bad"], in: folder.url)
        #expect(mapped.run.status == 0, "\(mapped.run.stderr)")
        #expect(mapped.model?.target == BinaryTargetDefinition(column: "flag", badValue: "bad", goodValue: "good"))
    }

    /// Rows with a missing value, an invalid target or a negative weight are skipped and counted
    /// (exit 0, model written); bad CSV rows too. `--strict` stops at the first one (65).
    @Test func skippedRowsAreReportedAndStrictStops() throws {
        let folder = try TemporaryFolder()
        var text = "y,x,z,w\n"
        for (index, line) in Self.regular.split(separator: "\n").dropFirst().enumerated() {
            let cells = line.split(separator: ",")
            text += "\(cells[0]),\(cells[1]),\(cells[2]),\(index % 3 + 1)\n"
        }
        text += "1,,2,1\n"  // row 26: x missing
        text += "7,1.0,2,1\n"  // row 27: invalid target
        text += "0,1.0,2,-1\n"  // row 28: negative weight
        text += "1,1.0\n"  // row 29: ragged
        text += "NA,NA,3,1\n"  // row 30: target and x missing
        let data = try Self.write(text, in: folder)
        let arguments = ["--data", data, "--target", "y", "--weight", "w"]
        let (run, model) = try Support.train(arguments, in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        let m = try #require(model)
        #expect(m.lineage.rowsRead == 29 && m.lineage.rowsUsed == 24 && m.lineage.rowsSkipped == 5)
        #expect(
            run.stderr == """
                Warning: 1 bad row skipped while reading:
                  \(data): row 29: expected 4 fields, found 2
                Warning: 4 rows with a missing or invalid value skipped: 'y': 1 missing (first at row 30); 'y': 1 \
                not a valid target value (first at row 27); 'w': 1 negative (first at row 28); 'x': 2 missing \
                (first at row 26)

                """)
        #expect(run.stdout.contains("rows:       29 read, 24 used, 5 skipped"))
        let strict = try Support.train(arguments + ["--strict"], in: folder.url)
        #expect(strict.run.status == 65)
        #expect(strict.model == nil)
        #expect(strict.run.stderr == "Error: \(data): row 29: expected 4 fields, found 2\n")
        let withoutRagged = try Self.write(text.replacingOccurrences(of: "1,1.0\n", with: ""), "clean.csv", in: folder)
        let strictMissing = try Support.train(
            ["--data", withoutRagged, "--target", "y", "--weight", "w", "--strict"], in: folder.url
        ).run
        #expect(strictMissing.status == 65)
        #expect(
            strictMissing.stderr
                == "Error: \(withoutRagged): row 26, column 'x': the value is missing (--strict stops at the first "
                + "row that cannot be used)\n")
    }

    @Test func noUsableRowsExit65() throws {
        let folder = try TemporaryFolder()
        let data = try Self.write("y,x\n0,\n1,NA\n", in: folder)
        let run = try Support.train(["--data", data, "--target", "y"], in: folder.url).run
        #expect(run.status == 65)
        #expect(run.stderr.contains("no usable rows: all 2 rows have a missing or invalid value ('x': 2 missing"))
    }
}
