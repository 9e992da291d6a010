import Modeling
import Tabular

/// `credo inspect` as text: a statsmodels / SAS style summary of a model file.
///
/// ```
///                          Logistic Regression Results
/// ==============================================================================
/// Dep. Variable:        grade (1 = bad)   No. Observations:                   32
/// ...
/// ==============================================================================
///                coef    std err        z   P>|z|     [0.025     0.975]
/// ------------------------------------------------------------------------------
/// const      -13.0213    4.93132   -2.641  0.0083   -22.6866   -3.35613
/// ...
/// ```
/// followed by the features (levels and reference), the variance inflation factors and the
/// lineage (data file, SHA-256, rows, options, version, time).
enum ModelSummaryText {
    /// Width of the header block (two halves of 38 characters and a gap of 2).
    static let width = 78

    static func lines(_ model: ModelFile, file: String) -> [String] {
        var lines = header(model)
        lines += coefficientTable(model)
        lines += featureBlock(model)
        lines += vifBlock(model)
        lines += lineageBlock(model)
        return lines
    }

    // MARK: header

    static func header(_ model: ModelFile) -> [String] {
        let fit = model.fit
        let k = model.coefficients.count
        let method =
            switch fit.method {
            case .firth: "Firth"
            case .irls where fit.l2 > 0: "IRLS + L2"
            case .irls: "MLE (IRLS)"
            }
        let covariance =
            switch model.covariance.type {
            case .model: fit.method == .irls && fit.l2 == 0 ? "nonrobust" : "model"
            case .hc0: "HC0"
            case .hc1: "HC1"
            }
        var left: [(String, String)] = [
            ("Dep. Variable:", model.target.column),
            ("Bad value:", model.target.badValue ?? "1"),
            ("Good value:", model.target.goodValue ?? (model.target.badValue == nil ? "0" : "(other)")),
            ("Weights:", model.weightColumn ?? "none"),
            ("Model:", "Logit"),
            ("Method:", method),
            ("Covariance Type:", covariance),
            ("Converged:", fit.converged ? "True" : "False"),
            ("Iterations:", String(fit.iterations)),
            ("Max |gradient|:", NumberText.significant(fit.maxAbsGradient, 3)),
        ]
        if fit.l2 > 0 { left.append(("L2 lambda:", formatShortest(fit.l2))) }
        var right: [(String, String)] = [
            ("No. Observations:", NumberText.count(fit.nobs)),
            ("Events (bad):", NumberText.count(fit.events)),
            ("Df Residuals:", NumberText.count(fit.nobs - Double(k))),
            ("Df Model:", String(fit.lrDegreesOfFreedom)),
            ("Pseudo R-squ.:", NumberText.fixed(fit.pseudoR2.mcFadden, 6)),
            ("Cox-Snell R-squ.:", NumberText.fixed(fit.pseudoR2.coxSnell, 6)),
            ("Nagelkerke R-squ.:", NumberText.fixed(fit.pseudoR2.nagelkerke, 6)),
            ("Log-Likelihood:", NumberText.fixed(fit.logLikelihood, 6)),
            ("LL-Null:", NumberText.fixed(fit.nullLogLikelihood, 6)),
            ("LLR chi2:", NumberText.fixed(fit.lrChiSquare, 6)),
            ("LLR p-value:", NumberText.significant(fit.lrPValue, 5)),
            ("AIC:", NumberText.fixed(fit.aic, 6)),
            ("BIC:", NumberText.fixed(fit.bic, 6)),
            ("Deviance:", NumberText.fixed(fit.deviance, 6)),
            ("Pearson chi2:", NumberText.fixed(fit.pearsonChiSquare, 6)),
        ]
        if let penalized = fit.penalizedLogLikelihood {
            right.insert(("Penalized LL:", NumberText.fixed(penalized, 6)), at: 8)
        }
        let half = (width - 2) / 2
        func cell(_ pair: (String, String)?) -> String {
            guard let (label, value) = pair else { return String(repeating: " ", count: half) }
            let gap = max(1, half - label.count - value.count)
            return label + String(repeating: " ", count: gap) + value
        }
        let title = "Logistic Regression Results"
        var lines = [String(repeating: " ", count: (width - title.count) / 2) + title]
        lines.append(String(repeating: "=", count: width))
        for index in 0..<max(left.count, right.count) {
            let line =
                cell(index < left.count ? left[index] : nil) + "  " + cell(index < right.count ? right[index] : nil)
            lines.append(String(line.reversed().drop { $0 == " " }.reversed()))
        }
        lines.append(String(repeating: "=", count: width))
        return lines
    }

    // MARK: coefficients

    static func coefficientTable(_ model: ModelFile) -> [String] {
        let level = model.lineage.options.confidenceLevel
        let lower = NumberText.trimmed((1 - level) / 2, 4)
        let upper = NumberText.trimmed(1 - (1 - level) / 2, 4)
        var table = TextTable([
            .init(title: "", alignment: .left), .init(title: "coef", alignment: .right),
            .init(title: "std err", alignment: .right), .init(title: "z", alignment: .right),
            .init(title: "P>|z|", alignment: .right), .init(title: "[\(lower)", alignment: .right),
            .init(title: "\(upper)]", alignment: .right),
        ])
        for c in model.coefficients {
            table.append([
                c.name, NumberText.significant(c.estimate), NumberText.significant(c.stdError),
                NumberText.fixed(c.z, 3), NumberText.pValue(c.pValue), NumberText.significant(c.ciLower),
                NumberText.significant(c.ciUpper),
            ])
        }
        var lines = table.lines(rule: "-")
        lines.append(String(repeating: "=", count: max(width, lines[1].count)))
        return lines
    }

    // MARK: features, VIF, lineage

    static func featureBlock(_ model: ModelFile) -> [String] {
        let categorical = model.features.filter(\.isCategorical)
        guard !categorical.isEmpty else { return [] }
        var lines = ["", "Categorical features (dummies for every level but the reference):"]
        var table = TextTable([
            .init(title: "feature", alignment: .left), .init(title: "levels", alignment: .right),
            .init(title: "reference", alignment: .left),
        ])
        for feature in categorical {
            guard case .categorical(let levels, let reference) = feature.encoding else { continue }
            table.append([feature.name, String(levels.count), reference])
        }
        lines += table.lines().map { "  " + $0 }
        return lines
    }

    static func vifBlock(_ model: ModelFile) -> [String] {
        guard !model.varianceInflation.isEmpty else { return [] }
        var lines = ["", "Variance inflation factors:"]
        var table = TextTable([.init(title: "column", alignment: .left), .init(title: "VIF", alignment: .right)])
        for entry in model.varianceInflation {
            table.append([entry.feature, NumberText.fixed(entry.vif, 4)])
        }
        lines += table.lines().map { "  " + $0 }
        return lines
    }

    static func lineageBlock(_ model: ModelFile) -> [String] {
        let lineage = model.lineage
        let options = lineage.options
        func list(_ names: [String]) -> String { names.isEmpty ? "none" : names.joined(separator: ", ") }
        let references = options.reference.keys.sorted { $0.precedesInByteOrder($1) }.map {
            "\($0)=\(options.reference[$0]!)"
        }
        var settings = [
            "l2 \(formatShortest(options.l2))", "firth \(options.firth ? "yes" : "no")",
            "robust \(options.robust.rawValue)", "max iterations \(options.maxIterations)",
            "strict \(options.strict ? "yes" : "no")",
        ]
        if let id = options.id { settings.append("id \(id)") }
        let pairs: [(String, String)] = [
            ("data file:", lineage.dataFile),
            ("data SHA-256:", lineage.dataSHA256),
            ("rows:", "\(lineage.rowsRead) read, \(lineage.rowsUsed) used, \(lineage.rowsSkipped) skipped"),
            ("features:", list(options.features)),
            ("excluded:", list(options.exclude)),
            ("categorical:", list(options.categorical)),
            ("references:", list(references)),
            ("missing values:", list(model.missingValues ?? CSVOptions.defaultMissingValues) + " (and the empty field)"),
            ("options:", settings.joined(separator: "; ")),
            ("credo version:", lineage.credoVersion),
            ("created at:", lineage.createdAt),
        ]
        return ["", "Lineage:"] + pairs.map { "  " + $0.0.padding(toLength: 16, withPad: " ", startingAt: 0) + $0.1 }
    }
}
