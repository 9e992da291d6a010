import Tabular

extension ModelFile {
    /// The model file of a logistic fit on the design of `features`.
    ///
    /// - Parameters:
    ///   - fit: the fit; its columns must be `const` followed by the features' design columns.
    ///   - features: the features in design order.
    ///   - target: the target definition (with the good value resolved, where there is one).
    ///   - weightColumn: the frequency-weight column, if the fit used one.
    ///   - lineage: data, options, version and time.
    ///   - missingValues: the values the data were read with as missing (besides the empty field).
    /// - Precondition: `fit.columnNames == ModelFile.designColumns(of: features)`.
    public init(
        fit: LogisticFit, features: [DesignFeature], target: BinaryTargetDefinition, weightColumn: String?,
        lineage: Lineage, missingValues: [String] = CSVOptions.defaultMissingValues
    ) {
        precondition(
            fit.columnNames == Self.designColumns(of: features),
            "ModelFile: the fit's columns are not the design columns of the features")
        let coefficients = fit.coefficients.map {
            Coefficient(
                name: $0.name, estimate: $0.estimate, stdError: $0.standardError, z: $0.zStatistic, pValue: $0.pValue,
                ciLower: $0.confidenceLower, ciUpper: $0.confidenceUpper)
        }
        let matrix = fit.covarianceKind == .model ? fit.modelCovariance : fit.robustCovariance ?? fit.modelCovariance
        let statistics = FitStatistics(
            nobs: fit.observations, events: fit.events, logLikelihood: fit.logLikelihood,
            nullLogLikelihood: fit.nullLogLikelihood, lrChiSquare: fit.likelihoodRatio.statistic,
            lrDegreesOfFreedom: fit.likelihoodRatio.degreesOfFreedom, lrPValue: fit.likelihoodRatio.pValue,
            deviance: fit.deviance, pearsonChiSquare: fit.pearsonChiSquare, aic: fit.aic, bic: fit.bic,
            pseudoR2: fit.pseudoR2, iterations: fit.iterations, converged: fit.converged,
            maxAbsGradient: fit.maxAbsGradient, method: fit.method == .firth ? .firth : .irls, l2: fit.l2,
            penalizedLogLikelihood: fit.method == .maximumLikelihood ? nil : fit.penalizedLogLikelihood)
        self.init(
            target: target, weightColumn: weightColumn, features: features, coefficients: coefficients,
            covariance: Covariance(type: fit.covarianceKind, matrix: matrix), fit: statistics,
            varianceInflation: fit.varianceInflation.map { VarianceInflationEntry(feature: $0.column, vif: $0.factor) },
            lineage: lineage, missingValues: missingValues)
    }
}
