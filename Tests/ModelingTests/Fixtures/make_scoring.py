"""Reference values for the compiled scorer (Tests/ModelingTests/Scor*Tests.swift).

Writes scoring.json: a model file (schema version 1) with numeric and categorical features and
awkward coefficients, a CSV portfolio, and for every data row either the expected linear
predictor and PD, or the problem that stops it being scored. The PD is computed by hand with
numpy, independently of credo:

    eta = b_const + sum over design columns j, in design order, of b_j * x_j
          (x_j the value of a numeric feature, or a 0/1 dummy: 1 when the row's level is j's level)
    PD  = 1 / (1 + exp(-eta))      for eta >= 0
        = exp(eta) / (1 + exp(eta)) for eta < 0

Run: python3 make_scoring.py   (numpy only; deterministic)
"""
import json
import math
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))

FEATURES = [
    ("income", "numeric"),
    ("region", "categorical", ["east", "north", "south"], "east"),
    ("age", "numeric"),
    ("grade", "categorical", ["A", "B", "C", "D"], "A"),
    ("ratio", "numeric"),
    ("leverage", "numeric"),
]
COEFFICIENTS = {
    "const": -1.2345678901234567,
    "income": 0.012345678901234568,
    "region=north": 0.4182736451,
    "region=south": -0.2718281828459045,
    "age": -0.0375,
    "grade=B": 0.5,
    "grade=C": 1.25,
    "grade=D": 2.7500000000000004,
    "ratio": 2.5,
    "leverage": -3.25,
}


def design_columns():
    names = ["const"]
    for f in FEATURES:
        if f[1] == "numeric":
            names.append(f[0])
        else:
            names += [f"{f[0]}={level}" for level in f[2] if level != f[3]]
    return names


def model_file():
    names = design_columns()
    k = len(names)
    features = []
    for f in FEATURES:
        if f[1] == "numeric":
            features.append({"name": f[0], "type": "numeric"})
        else:
            features.append({"name": f[0], "type": "categorical", "levels": f[2], "reference": f[3]})
    return {
        "format": "credo-model", "schemaVersion": 1, "kind": "logistic-regression",
        "target": {"column": "default", "badValue": "1", "goodValue": "0"}, "weightColumn": None,
        "features": features, "designColumns": names,
        "coefficients": [
            {"name": n, "estimate": COEFFICIENTS[n], "stdError": 0.25, "z": COEFFICIENTS[n] / 0.25, "pValue": 0.5,
             "ciLower": COEFFICIENTS[n] - 0.49, "ciUpper": COEFFICIENTS[n] + 0.49} for n in names],
        "covariance": {"type": "model", "matrix": [[0.0625 if i == j else 0.0 for j in range(k)] for i in range(k)]},
        "fit": {"nobs": 1000, "events": 200, "logLikelihood": -450.5, "nullLogLikelihood": -500.4, "lrChiSquare": 99.8,
                "lrDegreesOfFreedom": k - 1, "lrPValue": 1e-18, "deviance": 901.0, "pearsonChiSquare": 990.0,
                "aic": 917.0, "bic": 956.3, "pseudoR2": {"mcFadden": 0.1, "coxSnell": 0.095, "nagelkerke": 0.15},
                "iterations": 6, "converged": True, "maxAbsGradient": 1e-11, "method": "irls", "l2": 0,
                "penalizedLogLikelihood": None},
        "varianceInflation": [{"feature": n, "vif": 1.5} for n in names[1:]],
        "lineage": {"dataFile": "train.csv", "dataSHA256": "0" * 64, "rowsRead": 1000, "rowsUsed": 1000,
                    "rowsSkipped": 0,
                    "options": {"features": [f[0] for f in FEATURES], "exclude": [], "categorical": [],
                                "reference": {}, "id": None, "l2": 0, "firth": False, "robust": "none",
                                "maxIterations": 100, "strict": False, "devianceTolerance": 1e-10,
                                "gradientTolerance": 1e-08, "collinearityTolerance": 1e-10, "confidenceLevel": 0.95},
                    "credoVersion": "0.1.0", "createdAt": "2026-12-04T00:00:00Z"},
    }


def rows():
    """(id, income, region, age, grade, ratio, leverage) as the CSV holds them (text)."""
    rng = np.random.default_rng(20261204)
    out = []
    regions = ["east", "north", "south"]
    grades = ["A", "B", "C", "D"]
    for i in range(60):
        income = repr(float(np.round(rng.lognormal(3.5, 0.8), 2)))
        age = repr(int(rng.integers(18, 90)))
        ratio = repr(float(np.round(rng.uniform(0, 0.4), 3)))
        leverage = repr(float(np.round(rng.uniform(-0.2, 0.3), 4)))
        out.append([f"C{1000 + i}", income, regions[int(rng.integers(0, 3))], age, grades[int(rng.integers(0, 4))],
                    ratio, leverage])
    # Extremes of eta: overflow-free PD at +-40, +-700, +-1e298; exactly 0.
    b0, bi = COEFFICIENTS["const"], COEFFICIENTS["income"]
    for eta_target in (40.0, -40.0, 700.0, -700.0, 0.0):
        income = (eta_target - b0) / bi  # region east, age 0, grade A
        out.append([f"X{eta_target:g}", repr(income), "east", "0", "A", "0", "0"])
    out.append(["BIG", "1e300", "east", "0", "A", "0", "0"])
    out.append(["SMALL", "-1e300", "east", "0", "A", "0", "0"])
    out.append(["TINY", "1e-300", "south", "-1e-300", "D", "5e-324", "-0"])
    out.append(["INF", "0", "east", "0", "A", "1e308", "0"])       # 2.5e308 overflows: eta +inf, PD 1
    # Rows that cannot be scored.
    out.append(["M1", "", "north", "40", "B", "0.1", "0.1"])         # missing numeric
    out.append(["M2", "55.5", "north", "40", "NA", "0.1", "0.1"])    # missing categorical
    out.append(["U1", "55.5", "central", "40", "B", "0.1", "0.1"])   # unseen level
    out.append(["U2", "12", "west", "33", "E", "0.1", "0.1"])        # two unseen levels
    out.append(["UM", "12", "west", "NA", "C", "0.1", "0.1"])        # unseen level, then a missing value
    out.append(["OV", "1", "east", "1", "A", "1e308", "1e308"])      # +inf and -inf terms: eta NaN
    return out


def score(row, unseen_reference):
    """eta and PD by hand, or the problem: ('missing', column) / ('unseen', column) / ('notFinite', None)."""
    values = dict(zip(["income", "region", "age", "grade", "ratio", "leverage"], row[1:]))
    for f in FEATURES:  # design order: the first problem is reported
        text = values[f[0]]
        if text in ("", "NA", "NaN", "null"):
            return ("missing", f[0])
        if f[1] == "categorical" and text not in f[2] and not unseen_reference:
            return ("unseen", f[0])
    with np.errstate(over="ignore", invalid="ignore"):  # +-inf terms are part of the test
        eta = np.float64(COEFFICIENTS["const"])
        for f in FEATURES:
            text = values[f[0]]
            if f[1] == "numeric":
                eta = eta + np.float64(COEFFICIENTS[f[0]]) * np.float64(float(text))
            else:
                for level in f[2]:
                    if level == f[3]:
                        continue
                    dummy = np.float64(1.0 if text == level else 0.0)
                    eta = eta + np.float64(COEFFICIENTS[f"{f[0]}={level}"]) * dummy
        if math.isnan(eta):
            return ("notFinite", None)
        if eta >= 0:
            pd = 1.0 / (1.0 + np.exp(-eta))
        else:
            e = np.exp(eta)
            pd = e / (1.0 + e)
    return (float(eta), float(pd))


def expected(all_rows, unseen_reference):
    result = []
    for number, row in enumerate(all_rows, start=2):
        outcome = score(row, unseen_reference)
        if isinstance(outcome[0], str):
            result.append({"row": number, "id": row[0], "problem": outcome[0], "column": outcome[1]})
        else:
            eta = outcome[0]
            result.append({"row": number, "id": row[0], "eta": repr(eta), "pd": outcome[1]})
    return result


def main():
    all_rows = rows()
    csv = "id,income,region,age,grade,ratio,leverage\n" + "".join(",".join(r) + "\n" for r in all_rows)
    fixture = {
        "model": model_file(),
        "csv": csv,
        "expectedError": expected(all_rows, unseen_reference=False),
        "expectedReference": expected(all_rows, unseen_reference=True),
        "numpy": np.__version__,
    }
    with open(os.path.join(HERE, "scoring.json"), "w") as out:
        json.dump(fixture, out, indent=1)
        out.write("\n")


if __name__ == "__main__":
    main()
