import Modeling

/// `credo inspect --format json`: one object, the fit statistics at the top level, the
/// coefficient table under `coefficients` (numbers in their shortest round-trip form).
///
/// Keys, in order: `kind`, `target`, `weightColumn`, `method`, `l2`, `covarianceType`, `nobs`,
/// `events`, `dfModel`, `dfResidual`, `logLikelihood`, `nullLogLikelihood`,
/// `penalizedLogLikelihood`, `lrChiSquare`, `lrDegreesOfFreedom`, `lrPValue`, `deviance`,
/// `pearsonChiSquare`, `aic`, `bic`, `pseudoR2`, `iterations`, `converged`, `maxAbsGradient`,
/// `coefficients` ({`name`, `estimate`, `stdError`, `z`, `pValue`, `ciLower`, `ciUpper`}),
/// `features`, `varianceInflation`, `lineage` (as in the model file).
enum ModelSummaryJSON {
    static func value(_ model: ModelFile) -> JSONValue {
        let fit = model.fit
        guard case .object(let file) = model.jsonValue else { preconditionFailure("a model is an object") }
        func fromFile(_ key: String) -> JSONValue { file.first { $0.key == key }!.value }
        return .object([
            .init("kind", .string(model.kind.rawValue)),
            .init("target", fromFile("target")),
            .init("weightColumn", .string(orNull: model.weightColumn)),
            .init("method", .string(fit.method.rawValue)),
            .init("l2", .number(fit.l2)),
            .init("covarianceType", .string(model.covariance.type.rawValue)),
            .init("nobs", .number(fit.nobs)),
            .init("events", .number(fit.events)),
            .init("dfModel", .number(fit.lrDegreesOfFreedom)),
            .init("dfResidual", .number(fit.nobs - Double(model.coefficients.count))),
            .init("logLikelihood", .number(fit.logLikelihood)),
            .init("nullLogLikelihood", .number(fit.nullLogLikelihood)),
            .init("penalizedLogLikelihood", fit.penalizedLogLikelihood.map { .number($0) } ?? .null),
            .init("lrChiSquare", .number(fit.lrChiSquare)),
            .init("lrDegreesOfFreedom", .number(fit.lrDegreesOfFreedom)),
            .init("lrPValue", .number(fit.lrPValue)),
            .init("deviance", .number(fit.deviance)),
            .init("pearsonChiSquare", .number(fit.pearsonChiSquare)),
            .init("aic", .number(fit.aic)),
            .init("bic", .number(fit.bic)),
            .init("pseudoR2", fromFile("fit")["pseudoR2"]!),
            .init("iterations", .number(fit.iterations)),
            .init("converged", .bool(fit.converged)),
            .init("maxAbsGradient", .number(fit.maxAbsGradient)),
            .init("coefficients", fromFile("coefficients")),
            .init("features", fromFile("features")),
            .init("varianceInflation", fromFile("varianceInflation")),
            .init("lineage", fromFile("lineage")),
        ])
    }
}
