import Foundation
import Modeling
import Tabular
import TestSupport
import Testing

@testable import CreditCLI

/// `credo train` end to end (the real binary unless noted) against statsmodels, firthmodels and
/// published tables. Tolerances: 1e-6 relative against the fixtures (exact references), half a
/// unit of the last printed digit against published numbers.
@Suite struct TrainCommandTests {
    typealias Support = TrainTestSupport

    // MARK: Spector & Mazzeo (1980)

    @Test(.enabled(if: TestPaths.hasSharedDatasets), arguments: [true, false])
    func spectorMatchesStatsmodelsAndThePublishedTable(binary: Bool) throws {
        let folder = try TemporaryFolder()
        let (run, model) = try Support.train(
            ["--data", Support.spectorPath, "--target", "grade", "--exclude", "obs"], in: folder.url, binary: binary)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr == "")
        let m = try #require(model)
        let reference = try Support.fixture(SpectorReference.self, "logistic_spector.json").fit
        #expect(m.designColumns == ["const", "gpa", "tuce", "psi"])
        #expect(Support.close(m.estimates, reference.coefficients))
        #expect(Support.close(m.coefficients.map(\.stdError), reference.standardErrors))
        #expect(Support.close(m.coefficients.map(\.pValue), reference.pValues))
        let fit = m.fit
        #expect(fit.nobs == 32 && fit.events == 11 && fit.lrDegreesOfFreedom == 3)
        #expect(Support.close(fit.logLikelihood, reference.logLikelihood))
        #expect(Support.close(fit.nullLogLikelihood, reference.nullLogLikelihood))
        #expect(Support.close(fit.lrChiSquare, reference.likelihoodRatio))
        #expect(Support.close(fit.lrPValue, reference.likelihoodRatioPValue))
        #expect(Support.close(fit.aic, reference.aic) && Support.close(fit.bic, reference.bic))
        #expect(Support.close(fit.deviance, reference.deviance))
        #expect(Support.close(fit.pearsonChiSquare, reference.pearsonChiSquare))
        #expect(Support.close(fit.pseudoR2.mcFadden, reference.mcFaddenR2))
        #expect(Support.close(fit.pseudoR2.coxSnell, reference.coxSnellR2))
        #expect(Support.close(fit.pseudoR2.nagelkerke, reference.nagelkerkeR2))
        for entry in m.varianceInflation {
            #expect(Support.close(entry.vif, try #require(reference.vif?[entry.feature])), "\(entry.feature)")
        }
        // the published table (Greene; statsmodels' Logit example), to its printed precision
        let published: [(String, String)] = [
            ("-13.0213459", "4.9313239"), ("2.8261124", "1.2629410"), ("0.0951577", "0.1415542"),
            ("2.3786875", "1.0645642"),
        ]
        for (coefficient, (estimate, se)) in zip(m.coefficients, published) {
            #expect(matchesPrinted(coefficient.estimate, estimate), "\(coefficient.name)")
            #expect(matchesPrinted(coefficient.stdError, se), "\(coefficient.name) SE")
        }
        let statistics: [(Double, String)] = [
            (fit.logLikelihood, "-12.889634"), (fit.nullLogLikelihood, "-20.591730"), (fit.lrChiSquare, "15.4042"),
            (fit.lrPValue, "0.0015019"), (fit.aic, "33.779268"), (fit.bic, "39.642212"),
            (fit.pseudoR2.mcFadden, "0.374038"), (fit.deviance, "25.779268"), (fit.pearsonChiSquare, "27.257117"),
        ]
        for (value, text) in statistics { #expect(matchesPrinted(value, text), "\(text): \(value)") }
        #expect(m.fit.converged && m.fit.method == .irls && m.covariance.type == .model)
    }

    /// Robust standard errors: statsmodels `cov_type="HC0"`, Stata `vce(robust)` (HC1).
    @Test(.enabled(if: TestPaths.hasSharedDatasets))
    func spectorRobustStandardErrors() throws {
        let folder = try TemporaryFolder()
        let reference = try Support.fixture(SpectorReference.self, "logistic_spector.json").fit
        let published = [
            "hc0": ["5.19758541", "1.26754598", "0.11792227", "0.96441921"],
            "hc1": ["5.2807514", "1.2878279", "0.1198091", "0.9798508"],
        ]
        for kind in ["hc0", "hc1"] {
            let (run, model) = try Support.train(
                ["--data", Support.spectorPath, "--target", "grade", "--features", "gpa,tuce,psi", "--robust", kind],
                in: folder.url)
            #expect(run.status == 0, "\(run.stderr)")
            let m = try #require(model)
            let se = m.coefficients.map(\.stdError)
            #expect(Support.close(se, kind == "hc0" ? reference.hc0StandardErrors : reference.hc1StandardErrors))
            for (value, text) in zip(se, published[kind]!) { #expect(matchesPrinted(value, text), "\(kind)") }
            #expect(m.covariance.type.rawValue == kind)
            #expect(m.covariance.matrix[1][1].squareRoot() == se[1])
            #expect(Support.close(m.estimates, reference.coefficients))
            #expect(m.lineage.options.robust.rawValue == kind)
            #expect(run.stdout.contains("std errors: robust (\(kind.uppercased()))"))
        }
    }

    /// Firth's penalized likelihood equals firthmodels (coefficients, SEs from (X'WX)^-1, the
    /// penalized log-likelihoods and their LR statistic).
    @Test(.enabled(if: TestPaths.hasSharedDatasets))
    func firthMatchesFirthmodels() throws {
        let folder = try TemporaryFolder()
        let reference = try Support.fixture(SpectorReference.self, "logistic_spector.json").firth
        let (run, model) = try Support.train(
            ["--data", Support.spectorPath, "--target", "grade", "--exclude", "obs", "--firth"], in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        let m = try #require(model)
        #expect(m.designColumns == reference.columns)
        #expect(Support.close(m.estimates, reference.coefficients))
        #expect(Support.close(m.coefficients.map(\.stdError), reference.standardErrors))
        #expect(Support.close(try #require(m.fit.penalizedLogLikelihood), reference.penalizedLogLikelihood))
        #expect(Support.close(m.fit.logLikelihood, reference.logLikelihood))
        #expect(Support.close(m.fit.nullLogLikelihood, reference.nullPenalizedLogLikelihood))
        #expect(Support.close(m.fit.lrChiSquare, reference.likelihoodRatio))
        #expect(m.fit.method == .firth && m.lineage.options.firth)
        #expect(run.stdout.contains("method:     Firth's penalized likelihood"))
    }

    /// Firth on quasi-separated data (every row with d = 1 is an event), from a CSV holding the
    /// fixture's design exactly.
    @Test func firthOnSeparatedData() throws {
        let folder = try TemporaryFolder()
        let fixture = try Support.fixture(FirthFixture.self, "logistic_firth.json")
        let reference = fixture.separated
        let csv = folder.url.appendingPathComponent("separated.csv")
        try Support.writeCSV(fixture, names: ["x", "d"], to: csv)
        let plain = try Support.train(["--data", csv.path, "--target", "y"], in: folder.url)
        #expect(plain.run.status == 81)
        #expect(plain.run.stderr.contains("'d' (+infinity)") && plain.run.stderr.contains("--firth"))
        let (run, model) = try Support.train(["--data", csv.path, "--target", "y", "--firth"], in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        let m = try #require(model)
        #expect(Support.close(m.estimates, reference.coefficients))
        #expect(Support.close(m.coefficients.map(\.stdError), reference.standardErrors))
        #expect(Support.close(try #require(m.fit.penalizedLogLikelihood), reference.penalizedLogLikelihood))
    }

    /// `--weight`: frequency weights as statsmodels GLM `freq_weights` (equal to expanding rows).
    @Test func frequencyWeights() throws {
        let folder = try TemporaryFolder()
        let fixture = try Support.fixture(WeightsReference.self, "logistic_weights.json")
        let reference = fixture.weighted
        let csv = folder.url.appendingPathComponent("weighted.csv")
        try Support.writeCSV(fixture, names: ["x1", "x2", "x3"], weights: true, to: csv)
        let (run, model) = try Support.train(["--data", csv.path, "--target", "y", "--weight", "w"], in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        let m = try #require(model)
        #expect(m.designColumns == reference.columns)
        #expect(Support.close(m.estimates, reference.coefficients))
        #expect(Support.close(m.coefficients.map(\.stdError), reference.standardErrors))
        #expect(m.fit.nobs == reference.nobs)
        #expect(Support.close(m.fit.logLikelihood, reference.logLikelihood))
        #expect(Support.close(m.fit.bic, reference.bic))
        #expect(m.weightColumn == "w" && m.lineage.options.features == ["x1", "x2", "x3"])
        #expect(run.stdout.contains("(weighted by 'w')"))
    }

    /// `--l2`: the penalized fit of scipy.optimize on the documented objective (= scikit-learn
    /// with C = 1 / lambda).
    @Test func ridgePenalty() throws {
        let folder = try TemporaryFolder()
        let fixture = try Support.fixture(RidgeFixture.self, "logistic_l2.json")
        let reference = fixture.plain
        let csv = folder.url.appendingPathComponent("ridge.csv")
        try Support.writeCSV(fixture, names: ["x1", "x2", "x3", "x4"], to: csv)
        let (run, model) = try Support.train(
            ["--data", csv.path, "--target", "y", "--l2", formatShortest(reference.lambda)], in: folder.url,
            binary: false)
        #expect(run.status == 0, "\(run.stderr)")
        let m = try #require(model)
        #expect(Support.close(m.estimates, reference.coefficients))
        #expect(Support.close(m.coefficients.map(\.stdError), reference.standardErrors))
        #expect(Support.close(m.fit.logLikelihood, reference.logLikelihood))
        #expect(Support.close(try #require(m.fit.penalizedLogLikelihood), reference.penalizedLogLikelihood))
        #expect(m.fit.l2 == reference.lambda && m.lineage.options.l2 == reference.lambda)
    }

    // MARK: German credit

    @Test(.enabled(if: TestPaths.hasSharedDatasets))
    func germanCreditMatchesStatsmodels() throws {
        let folder = try TemporaryFolder()
        let (run, model) = try Support.train(
            ["--data", Support.germanCreditPath, "--target", "class", "--bad-value", "2"], in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        let m = try #require(model)
        let reference = try Support.fixture(FitReference.self, "logistic_german_credit.json")
        #expect(m.coefficients.count == 49)
        #expect(m.designColumns == reference.columns)
        #expect(Support.close(m.estimates, reference.coefficients))
        #expect(Support.close(m.coefficients.map(\.stdError), reference.standardErrors))
        #expect(matchesPrinted(m.fit.logLikelihood, "-447.908893"))
        #expect(matchesPrinted(m.fit.aic, "993.817785"))
        let duration = try #require(m.coefficients.first { $0.name == "duration_in_month" })
        #expect(matchesPrinted(duration.estimate, "0.02786332449"))
        let a14 = try #require(m.coefficients.first { $0.name == "status_of_existing_checking_account=A14" })
        #expect(matchesPrinted(a14.estimate, "-1.711887955"))
        #expect(m.target == BinaryTargetDefinition(column: "class", badValue: "2", goodValue: "1"))
        #expect(m.fit.events == 300 && m.fit.nobs == 1000)
        #expect(
            m.features.first
                == .categorical(
                    "status_of_existing_checking_account", levels: ["A11", "A12", "A13", "A14"], reference: "A11"))
        #expect(run.stdout.contains("Coefficients (10 of 49, largest |z| first"))
    }

    /// `--reference status_of_existing_checking_account=A14` reparametrizes the checking-account
    /// dummies (statsmodels on the same design: logistic_german_credit_a14.json).
    @Test(.enabled(if: TestPaths.hasSharedDatasets))
    func germanCreditWithAnotherReferenceLevel() throws {
        let folder = try TemporaryFolder()
        let (run, model) = try Support.train(
            [
                "--data", Support.germanCreditPath, "--target", "class", "--bad-value", "2", "--reference",
                "status_of_existing_checking_account=A14",
            ], in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        let m = try #require(model)
        let reference = try Support.fixture(FitReference.self, "logistic_german_credit_a14.json")
        #expect(m.designColumns == reference.columns)
        #expect(
            Array(m.designColumns[1...3]) == ["A11", "A12", "A13"].map { "status_of_existing_checking_account=\($0)" })
        #expect(Support.close(m.estimates, reference.coefficients))
        #expect(Support.close(m.coefficients.map(\.stdError), reference.standardErrors))
        #expect(matchesPrinted(m.fit.logLikelihood, "-447.908893"))
        #expect(m.lineage.options.reference == ["status_of_existing_checking_account": "A14"])
        // an unknown level names the levels there are
        let wrong = try Support.train(
            [
                "--data", Support.germanCreditPath, "--target", "class", "--bad-value", "2", "--reference",
                "status_of_existing_checking_account=A15",
            ], in: folder.url)
        #expect(wrong.run.status == 65)
        #expect(wrong.run.stderr.contains("'A15' is not a level of 'status_of_existing_checking_account'"))
        #expect(wrong.run.stderr.contains("'A11', 'A12', 'A13', 'A14'"))
    }

    // MARK: determinism and lineage

    @Test func sameDataSameBytes() throws {
        let folder = try TemporaryFolder()
        let data = TestPaths.repositoryRoot.appendingPathComponent("datasets/german_credit/german_credit.csv").path
        let environment = ["SOURCE_DATE_EPOCH": "1767225600"]
        let arguments = ["--data", data, "--target", "class", "--bad-value", "2"]
        let first = try Support.train(arguments, in: folder.url, environment: environment)
        let bytes = try Data(contentsOf: folder.url.appendingPathComponent("model.json"))
        let second = try Support.train(arguments, in: folder.url, environment: environment)
        #expect(first.run.status == 0 && second.run.status == 0)
        #expect(try Data(contentsOf: folder.url.appendingPathComponent("model.json")) == bytes)
        let lineage = try #require(second.model).lineage
        // python3 -c "import hashlib; print(hashlib.sha256(open('datasets/german_credit/german_credit.csv','rb').read()).hexdigest())"
        #expect(lineage.dataSHA256 == "461734e17253c2399e4a62b4b93a7afb1d88374b5ccfb9e2426aad970fc09d5a")
        #expect(lineage.dataFile == "german_credit.csv")
        #expect(lineage.createdAt == "2026-01-01T00:00:00Z")
        #expect(lineage.credoVersion == CredoVersion.current)
        #expect(lineage.rowsRead == 1000 && lineage.rowsUsed == 1000 && lineage.rowsSkipped == 0)
        #expect(lineage.options.features.count == 20 && lineage.options.exclude.isEmpty)
        #expect(!lineage.options.firth && lineage.options.maxIterations == 100 && lineage.options.robust == .none)
        // without SOURCE_DATE_EPOCH: now, in the same format
        let now = try Support.train(arguments, in: folder.url, binary: false)
        let createdAt = try #require(now.model).lineage.createdAt
        #expect(createdAt.count == 20 && createdAt.hasSuffix("Z") && createdAt.hasPrefix("20"))
    }

    @Test(.enabled(if: TestPaths.hasSharedDatasets))
    func spectorLineage() throws {
        let folder = try TemporaryFolder()
        let (_, model) = try Support.train(
            ["--data", Support.spectorPath, "--target", "grade", "--id", "obs"], in: folder.url,
            environment: ["SOURCE_DATE_EPOCH": "0"])
        let lineage = try #require(model).lineage
        // hashlib.sha256 of ../shared/datasets/spector/spector.csv
        #expect(lineage.dataSHA256 == "f3dd0e7a40fb036a6d2f5d28f15feb552e43e3237ac92635bca55d35a49da4b2")
        #expect(lineage.createdAt == "1970-01-01T00:00:00Z")
        #expect(lineage.options.id == "obs" && lineage.options.features == ["gpa", "tuce", "psi"])
    }

    // MARK: output

    @Test(.enabled(if: TestPaths.hasSharedDatasets))
    func summaryAndTimings() throws {
        let folder = try TemporaryFolder()
        let (run, _) = try Support.train(
            ["--data", Support.spectorPath, "--target", "grade", "--exclude", "obs", "--timings"], in: folder.url)
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "Trained a logistic regression of 'grade' (1 = bad, 0 = good) on spector.csv")
        #expect(lines[1] == "  rows:       32 read, 32 used, 0 skipped")
        #expect(lines[2] == "  events:     11 bad of 32 (34.4%)")
        #expect(lines[3] == "  method:     maximum likelihood (IRLS); converged in 5 iterations")
        #expect(
            lines[4]
                == "  fit:        log-likelihood -12.889634 (null -20.591730); LR chi2 15.4042 on 3 df, p 0.0015")
        #expect(lines[5] == "              AIC 33.779268, BIC 39.642212, McFadden R2 0.374038")
        #expect(lines.contains("Coefficients:"))
        #expect(lines.contains("const   -13.0213   4.93132  -2.641  0.0083"))
        // one stderr line: timings {"read":s,"encode":s,"hashWait":s,"fit":s,"write":s,"hash":s,"total":s}
        let timings = run.stderr.split(separator: "\n")
        #expect(timings.count == 1 && timings[0].hasPrefix("timings {"))
        let object = try JSONSerialization.jsonObject(with: Data(timings[0].dropFirst("timings ".count).utf8))
        let phases = try #require(object as? [String: Double])
        #expect(Set(phases.keys) == ["read", "encode", "hashWait", "fit", "write", "hash", "total"])
        #expect(phases.values.allSatisfy { $0 >= 0 } && phases["total"]! >= phases["fit"]!)
    }

    @Test func helpListsTheOptions() throws {
        let run = runCredoInProcess(["train", "--help"])
        #expect(run.status == 0)
        for option in [
            "--data <file>", "--target <column>", "--bad-value <value>", "--features <column,...>",
            "--exclude <column,...>",
            "--reference <feature=level,...>", "--weight <column>", "--l2 <lambda>", "--firth", "--robust <kind>",
            "--max-iterations <n>", "--strict", "--out <file>",
        ] {
            #expect(run.stdout.contains(option), "\(option)")
        }
        #expect(!run.stdout.contains("--timings"))
    }
}
