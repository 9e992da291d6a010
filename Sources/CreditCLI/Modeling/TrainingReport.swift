import Modeling
import Tabular

/// The text `credo train` prints: a short summary of the fit on standard output, the rows it
/// skipped as warnings on standard error.
enum TrainingReport {
    /// Models with at most this many coefficients are shown whole; larger ones by their largest |z|.
    static let wholeTableLimit = 20
    /// How many coefficients a large model shows.
    static let topCount = 10
    /// How many of the reader's bad rows are listed.
    static let listedBadRows = 5

    /// The summary on standard output.
    static func summary(_ outcome: TrainingOutcome, modelPath: String) -> [String] {
        let model = outcome.model
        let fit = model.fit
        let lineage = model.lineage
        var lines = ["Trained a logistic regression of \(targetDescription(model.target)) on \(lineage.dataFile)"]
        lines.append(
            "  rows:       \(lineage.rowsRead) read, \(lineage.rowsUsed) used, \(lineage.rowsSkipped) skipped")
        let weighted = model.weightColumn.map { " (weighted by '\($0)')" } ?? ""
        lines.append(
            "  events:     \(NumberText.count(fit.events)) bad of \(NumberText.count(fit.nobs))"
                + " (\(NumberText.percent(fit.events, of: fit.nobs)))\(weighted)")
        let convergence =
            fit.converged
            ? "converged in \(fit.iterations) iteration\(fit.iterations == 1 ? "" : "s")"
            : "NOT converged after \(fit.iterations) iterations"
        lines.append("  method:     \(methodDescription(fit)); \(convergence)")
        lines.append(
            "  fit:        log-likelihood \(NumberText.fixed(fit.logLikelihood, 6)) (null "
                + "\(NumberText.fixed(fit.nullLogLikelihood, 6))); LR chi2 \(NumberText.fixed(fit.lrChiSquare, 4)) "
                + "on \(fit.lrDegreesOfFreedom) df, p \(NumberText.pValue(fit.lrPValue))")
        lines.append(
            "              AIC \(NumberText.fixed(fit.aic, 6)), BIC \(NumberText.fixed(fit.bic, 6)), McFadden R2 "
                + NumberText.fixed(fit.pseudoR2.mcFadden, 6))
        if model.covariance.type != .model {
            lines.append("  std errors: robust (\(model.covariance.type.rawValue.uppercased()))")
        }
        lines.append("  model:      \(modelPath) (\(model.coefficients.count) coefficients)")
        lines.append("")

        let shown: [ModelFile.Coefficient]
        if model.coefficients.count <= wholeTableLimit {
            lines.append("Coefficients:")
            shown = model.coefficients
        } else {
            lines.append(
                "Coefficients (\(topCount) of \(model.coefficients.count), largest |z| first; all: credo inspect "
                    + "\(modelPath)):")
            shown = Array(
                model.coefficients.enumerated().sorted { a, b in
                    abs(a.element.z) != abs(b.element.z) ? abs(a.element.z) > abs(b.element.z) : a.offset < b.offset
                }.prefix(topCount).map(\.element))
        }
        var table = TextTable([
            .init(title: "", alignment: .left), .init(title: "coef", alignment: .right),
            .init(title: "std err", alignment: .right), .init(title: "z", alignment: .right),
            .init(title: "P>|z|", alignment: .right),
        ])
        for coefficient in shown {
            table.append([
                coefficient.name, NumberText.significant(coefficient.estimate),
                NumberText.significant(coefficient.stdError), NumberText.fixed(coefficient.z, 3),
                NumberText.pValue(coefficient.pValue),
            ])
        }
        lines += table.lines()
        return lines
    }

    /// The warnings on standard error: bad rows the reader skipped, rows the design left out.
    static func warnings(_ outcome: TrainingOutcome) -> [String] {
        var lines: [String] = []
        if outcome.badRowCount > 0 {
            lines.append(
                "Warning: \(outcome.badRowCount) bad row\(outcome.badRowCount == 1 ? "" : "s") skipped while reading:")
            for diagnostic in outcome.badRows.prefix(listedBadRows) { lines.append("  \(diagnostic)") }
            if outcome.badRowCount > listedBadRows {
                lines.append("  ... and \(outcome.badRowCount - listedBadRows) more")
            }
        }
        let exclusions = outcome.exclusions
        if exclusions.rowsExcluded > 0 {
            let rows = exclusions.rowsExcluded
            lines.append(
                "Warning: \(rows) row\(rows == 1 ? "" : "s") with a missing or invalid value skipped: "
                    + exclusions.counts.map(\.description).joined(separator: "; "))
        }
        return lines
    }

    /// `'class' (bad = '2', good = '1')` or `'default' (1 = bad, 0 = good)`.
    static func targetDescription(_ target: BinaryTargetDefinition) -> String {
        guard let bad = target.badValue else { return "'\(target.column)' (1 = bad, 0 = good)" }
        let good = target.goodValue.map { ", good = '\($0)'" } ?? ""
        return "'\(target.column)' (bad = '\(bad)'\(good))"
    }

    /// `maximum likelihood (IRLS)`, `L2-penalized maximum likelihood (IRLS, lambda 0.5)`, `Firth's
    /// penalized likelihood`.
    static func methodDescription(_ fit: ModelFile.FitStatistics) -> String {
        switch fit.method {
        case .firth: "Firth's penalized likelihood"
        case .irls where fit.l2 > 0: "L2-penalized maximum likelihood (IRLS, lambda \(formatShortest(fit.l2)))"
        case .irls: "maximum likelihood (IRLS)"
        }
    }
}
