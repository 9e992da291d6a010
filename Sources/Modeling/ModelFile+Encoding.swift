import Tabular

extension ModelFile {
    /// The file's bytes: UTF-8 JSON, keys in schema order, 2-space indented, numbers in their
    /// shortest round-trip text, a final newline. The same model always gives the same bytes.
    ///
    /// Write them with Tabular's `AtomicOutputFile.write(_:to:)` so a reader never sees half a file.
    public func encoded() -> [UInt8] { jsonValue.prettyPrinted() }

    /// The model as a JSON value, keys in schema order.
    public var jsonValue: JSONValue {
        .object([
            .init("format", .string(format)),
            .init("schemaVersion", .number(schemaVersion)),
            .init("kind", .string(kind.rawValue)),
            .init("target", Self.json(target)),
            .init("weightColumn", .string(orNull: weightColumn)),
            .init("missingValues", .strings(missingValues ?? CSVOptions.defaultMissingValues)),
            .init("features", .array(features.map(\.jsonValue))),
            .init("designColumns", .strings(designColumns)),
            .init("coefficients", .array(coefficients.map(\.jsonValue))),
            .init("covariance", covariance.jsonValue),
            .init("fit", fit.jsonValue),
            .init("varianceInflation", .array(varianceInflation.map(\.jsonValue))),
            .init("lineage", lineage.jsonValue),
        ])
    }

    static func json(_ target: BinaryTargetDefinition) -> JSONValue {
        .object([
            .init("column", .string(target.column)),
            .init("badValue", .string(orNull: target.badValue)),
            .init("goodValue", .string(orNull: target.goodValue)),
        ])
    }
}

extension ModelFile.Coefficient {
    var jsonValue: JSONValue {
        .object([
            .init("name", .string(name)),
            .init("estimate", .number(estimate)),
            .init("stdError", .number(stdError)),
            .init("z", .number(z)),
            .init("pValue", .number(pValue)),
            .init("ciLower", .number(ciLower)),
            .init("ciUpper", .number(ciUpper)),
        ])
    }
}

extension ModelFile.Covariance {
    var jsonValue: JSONValue {
        .object([
            .init("type", .string(type.rawValue)),
            .init("matrix", .array(matrix.map(JSONValue.numbers))),
        ])
    }
}

extension ModelFile.FitStatistics {
    var jsonValue: JSONValue {
        .object([
            .init("nobs", .number(nobs)),
            .init("events", .number(events)),
            .init("logLikelihood", .number(logLikelihood)),
            .init("nullLogLikelihood", .number(nullLogLikelihood)),
            .init("lrChiSquare", .number(lrChiSquare)),
            .init("lrDegreesOfFreedom", .number(lrDegreesOfFreedom)),
            .init("lrPValue", .number(lrPValue)),
            .init("deviance", .number(deviance)),
            .init("pearsonChiSquare", .number(pearsonChiSquare)),
            .init("aic", .number(aic)),
            .init("bic", .number(bic)),
            .init(
                "pseudoR2",
                .object([
                    .init("mcFadden", .number(pseudoR2.mcFadden)),
                    .init("coxSnell", .number(pseudoR2.coxSnell)),
                    .init("nagelkerke", .number(pseudoR2.nagelkerke)),
                ])),
            .init("iterations", .number(iterations)),
            .init("converged", .bool(converged)),
            .init("maxAbsGradient", .number(maxAbsGradient)),
            .init("method", .string(method.rawValue)),
            .init("l2", .number(l2)),
            .init("penalizedLogLikelihood", penalizedLogLikelihood.map { .number($0) } ?? .null),
        ])
    }
}

extension ModelFile.VarianceInflationEntry {
    var jsonValue: JSONValue {
        .object([.init("feature", .string(feature)), .init("vif", .number(vif))])
    }
}

extension ModelFile.Lineage {
    var jsonValue: JSONValue {
        .object([
            .init("dataFile", .string(dataFile)),
            .init("dataSHA256", .string(dataSHA256)),
            .init("rowsRead", .number(rowsRead)),
            .init("rowsUsed", .number(rowsUsed)),
            .init("rowsSkipped", .number(rowsSkipped)),
            .init("options", options.jsonValue),
            .init("credoVersion", .string(credoVersion)),
            .init("createdAt", .string(createdAt)),
        ])
    }
}

extension ModelFile.TrainingOptions {
    /// The options in a fixed key order; `reference` sorted by feature (byte order).
    var jsonValue: JSONValue {
        let references = reference.keys.sorted { $0.precedesInByteOrder($1) }
        return .object([
            .init("features", .strings(features)),
            .init("exclude", .strings(exclude)),
            .init("categorical", .strings(categorical)),
            .init("reference", .object(references.map { .init($0, .string(reference[$0]!)) })),
            .init("id", .string(orNull: id)),
            .init("l2", .number(l2)),
            .init("firth", .bool(firth)),
            .init("robust", .string(robust.rawValue)),
            .init("maxIterations", .number(maxIterations)),
            .init("strict", .bool(strict)),
            .init("devianceTolerance", .number(devianceTolerance)),
            .init("gradientTolerance", .number(gradientTolerance)),
            .init("collinearityTolerance", .number(collinearityTolerance)),
            .init("confidenceLevel", .number(confidenceLevel)),
        ])
    }
}
