import Foundation
import LinearAlgebra
import TestSupport
import Testing

@testable import Modeling

/// Firth's penalized likelihood against firthmodels (run by make_logistic_references.py with
/// gtol 1e-11: its estimates are within ~1e-12 of the optimum), and the stopping rule.
///
/// Tolerances: estimates, standard errors and log-likelihoods 1e-8 relative (both sides converge
/// to ~1e-10 or better); derived p-values 1e-6.
@Suite struct NewtonIterationsTests {
    static func expectMatches(_ fit: LogisticFit, _ reference: FirthReference, augmented: Bool = false) {
        #expect(fit.method == .firth)
        #expect(fit.converged)
        #expect(
            fit.estimates.isApproximatelyEqual(to: reference.coefficients, relativeTolerance: 1e-8),
            "estimates differ by \(fit.estimates.maxRelativeDifference(to: reference.coefficients))")
        let standardErrors = augmented ? reference.augmentedStandardErrors : reference.standardErrors
        #expect(
            fit.standardErrors.isApproximatelyEqual(to: standardErrors, relativeTolerance: 1e-8),
            "standard errors differ by \(fit.standardErrors.maxRelativeDifference(to: standardErrors))")
        #expect(
            fit.penalizedLogLikelihood.isApproximatelyEqual(
                to: reference.penalizedLogLikelihood, relativeTolerance: 1e-10))
        #expect(fit.logLikelihood.isApproximatelyEqual(to: reference.logLikelihood, relativeTolerance: 1e-8))
        #expect(
            fit.nullLogLikelihood.isApproximatelyEqual(
                to: reference.nullPenalizedLogLikelihood, relativeTolerance: 1e-10))
        #expect(
            fit.likelihoodRatio.statistic.isApproximatelyEqual(to: reference.likelihoodRatio, relativeTolerance: 1e-8))
        #expect(fit.likelihoodRatio.degreesOfFreedom == reference.likelihoodRatioDF)
        #expect(
            fit.likelihoodRatio.pValue.isApproximatelyEqual(
                to: reference.likelihoodRatioPValue, relativeTolerance: 1e-6))
        if !augmented {
            #expect(fit.coefficients.map(\.pValue).isApproximatelyEqual(to: reference.pValues, relativeTolerance: 1e-6))
            #expect(
                fit.coefficients.map(\.zStatistic).isApproximatelyEqual(
                    to: reference.zStatistics, relativeTolerance: 1e-7))
        }
        // the criteria use the penalized log-likelihood (SAS, logistf)
        let k = Double(reference.coefficients.count)
        #expect(
            fit.aic.isApproximatelyEqual(to: -2 * reference.penalizedLogLikelihood + 2 * k, relativeTolerance: 1e-9))
        #expect(
            fit.pseudoR2.mcFadden.isApproximatelyEqual(
                to: 1 - reference.penalizedLogLikelihood / reference.nullPenalizedLogLikelihood, relativeTolerance: 1e-8
            ))
        #expect(fit.deviance.isApproximatelyEqual(to: -2 * reference.logLikelihood, relativeTolerance: 1e-8))
    }

    @Test(.enabled(if: TestPaths.hasSharedDatasets))
    func firthOnSpectorMatchesFirthmodels() throws {
        let (design, target, names) = try TestDesigns.spector()
        let reference = try LogisticReferences.load(SpectorReference.self, "logistic_spector.json").firth
        let fit = try LogisticRegression.fit(
            design: design, target: target, options: LogisticOptions(firth: true), columnNames: names)
        Self.expectMatches(fit, reference)
        let augmented = try LogisticRegression.fit(
            design: design, target: target,
            options: LogisticOptions(firth: true, firthCovariance: .augmentedInformation), columnNames: names)
        Self.expectMatches(augmented, reference, augmented: true)
        #expect(augmented.estimates == fit.estimates)
    }

    @Test func firthOnSeparatedDataMatchesFirthmodels() throws {
        let fixture = try LogisticReferences.load(FirthFixture.self, "logistic_firth.json")
        let design = Matrix(rowMajor: fixture.design)
        let names = fixture.separated.columns
        // maximum likelihood refuses these data ...
        #expect(throws: ModelingError.self) {
            try LogisticRegression.fit(design: design, target: fixture.target, columnNames: names)
        }
        // ... Firth gives finite estimates
        let fit = try LogisticRegression.fit(
            design: design, target: fixture.target, options: LogisticOptions(firth: true), columnNames: names)
        Self.expectMatches(fit, fixture.separated)
        let augmented = try LogisticRegression.fit(
            design: design, target: fixture.target,
            options: LogisticOptions(firth: true, firthCovariance: .augmentedInformation), columnNames: names)
        Self.expectMatches(augmented, fixture.separated, augmented: true)
    }

    @Test func firthWithWeightsAndOffsetMatchesFirthmodels() throws {
        let fixture = try LogisticReferences.load(FirthFixture.self, "logistic_firth.json")
        let fit = try LogisticRegression.fit(
            design: Matrix(rowMajor: fixture.design), target: fixture.target, weights: fixture.frequencyWeights,
            offset: fixture.offset, options: LogisticOptions(firth: true),
            columnNames: fixture.weightedWithOffset.columns)
        Self.expectMatches(fit, fixture.weightedWithOffset)
    }

    /// The L2 penalty keeps separated data finite as well.
    @Test func ridgeOnSeparatedData() throws {
        let fixture = try LogisticReferences.load(FirthFixture.self, "logistic_firth.json")
        let fit = try LogisticRegression.fit(
            design: Matrix(rowMajor: fixture.design), target: fixture.target, options: LogisticOptions(l2: 1),
            columnNames: fixture.separated.columns)
        #expect(fit.converged)
        #expect(fit.estimates.allSatisfy { $0.isFinite && abs($0) < 10 })
        #expect(fit.maxAbsGradient < 1e-6)
    }

    @Test func oneIterationDoesNotConverge() throws {
        let fixture = try LogisticReferences.load(WeightsReference.self, "logistic_weights.json")
        let design = Matrix(rowMajor: fixture.design)
        let names = ["const", "x1", "x2", "x3"]
        do {
            _ = try LogisticRegression.fit(
                design: design, target: fixture.target, options: LogisticOptions(maxIterations: 1), columnNames: names)
            Issue.record("a single iteration cannot meet the stopping rule")
        } catch {
            guard case .didNotConverge(let iterations, let gradient, let change) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(iterations == 1)
            #expect(gradient > 0 && gradient.isFinite)
            #expect(change > 0)
            #expect(error.category == .nonConvergence)
            #expect(error.description.contains("did not converge in 1 iteration"))
            #expect(error.description.contains("max |gradient|"))
        }
        for firth in [false, true] {
            let fit = try LogisticRegression.fit(
                design: design, target: fixture.target,
                options: LogisticOptions(firth: firth, maxIterations: 2, allowNonConvergence: true), columnNames: names)
            #expect(!fit.converged)
            #expect(fit.iterations == 2)
            #expect(fit.estimates.allSatisfy { $0.isFinite })
        }
        #expect(throws: ModelingError.self) {
            try LogisticRegression.fit(
                design: design, target: fixture.target, options: LogisticOptions(firth: true, maxIterations: 1),
                columnNames: names)
        }
    }

    /// Tighter tolerances give the same estimates (the default is already at the optimum).
    @Test func defaultToleranceIsAtTheOptimum() throws {
        let fixture = try LogisticReferences.load(WeightsReference.self, "logistic_weights.json")
        let design = Matrix(rowMajor: fixture.design)
        let names = ["const", "x1", "x2", "x3"]
        let standard = try LogisticRegression.fit(design: design, target: fixture.target, columnNames: names)
        let tight = try LogisticRegression.fit(
            design: design, target: fixture.target,
            options: LogisticOptions(devianceTolerance: 1e-15, gradientTolerance: 1e-13), columnNames: names)
        #expect(standard.estimates.isApproximatelyEqual(to: tight.estimates, relativeTolerance: 1e-12))
        #expect(tight.iterations >= standard.iterations)
        #expect(standard.iterations <= 8)
    }

    @Test func relativeChangeAndGradientSizes() {
        #expect(NewtonIterations.relativeChange(10, from: 10) == 0)
        #expect(NewtonIterations.relativeChange(0, from: 1) == 10)
        #expect(NewtonIterations.rose(1 + 1e-9, from: 1))
        #expect(!NewtonIterations.rose(1 + 1e-14, from: 1))
        #expect(!NewtonIterations.rose(0.5, from: 1))
        let information = Matrix(rowMajor: [[4, 0], [0, 0]])
        let sizes = NewtonIterations.gradientSizes([-2, 1], information: information)
        #expect(sizes.raw == 2)
        #expect(sizes.scaled == .infinity)  // a zero diagonal cannot be standardized
        #expect(
            NewtonIterations.gradientSizes([-2, 0], information: Matrix(rowMajor: [[4, 0], [0, 1]])).scaled == 1)
    }

    /// The loop's bookkeeping: a rise halves the last step (at most `maximumHalvings` times), an
    /// accepted iterate resets the halvings, and stopping reports the last measured sizes.
    @Test func progressHalvesStepsAfterARise() {
        var progress = NewtonIterations.Progress(start: [0, 0], objective: 10)
        #expect(progress.rejects(.nan) && progress.rejects(.infinity))
        #expect(!progress.rejects(50), "no rise is judged before the first iterate")
        let halvedBeforeAnyStep = progress.halveStep()
        #expect(!halvedBeforeAnyStep, "no step to halve yet")
        progress.accept()
        let information = Matrix(rowMajor: [[4, 0], [0, 1]])
        let measured = progress.measure(
            objective: 8, gradient: [-2, 1], information: information, options: LogisticOptions())
        #expect(measured.raw == 2 && measured.change == 2 / 8.1 && !measured.converged)
        progress.advance(by: [2, -4], objective: 8)
        #expect(progress.beta == [2, -4])
        #expect(progress.rejects(9) && !progress.rejects(7))
        var halved = progress.halveStep()
        #expect(halved && progress.beta == [1, -2])
        halved = progress.halveStep()
        #expect(halved && progress.beta == [0.5, -1])
        for _ in 2..<NewtonIterations.maximumHalvings {
            halved = progress.halveStep()
            #expect(halved)
        }
        halved = progress.halveStep()
        #expect(!halved, "the halvings are used up")
        #expect(
            progress.didNotConverge
                == .didNotConverge(iterations: 1, maxAbsGradient: 2, relativeDevianceChange: 2 / 8.1))
        progress.accept()
        halved = progress.halveStep()
        #expect(progress.iterations == 2 && halved, "an accepted iterate resets the halvings")
    }
}
