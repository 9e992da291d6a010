#!/usr/bin/env python3
"""Reference values for quantiles, mid-ranks and running moments.

Writes descriptive.json next to this script:
- quantiles: numpy.quantile / numpy.nanquantile for every method Credo implements;
- midRanks: scipy.stats.rankdata(method='average'); for data with NaN, the non-NaN values are ranked
  by rankdata and the NaNs share the last ranks (Credo's documented policy);
- moments: mean, unbiased variance, min, max from exactly rounded sums (math.fsum), cross-checked
  against numpy (mean, var(ddof=1), cov(fweights=...)).
NaN is written as null (JSON has no NaN); infinities are covered by hand-written tests.

Run:  python3 make_descriptive.py
"""
import json
import math
import os

import numpy as np
import scipy.stats as st

HERE = os.path.dirname(os.path.abspath(__file__))
rng = np.random.default_rng(20240601)


def encode(values):
    return [None if (isinstance(v, float) and math.isnan(v)) else float(v) for v in values]


datasets = {
    "normal1000": rng.normal(size=1000).tolist(),
    "integersWithTies": rng.integers(0, 20, size=500).astype(float).tolist(),
    "single": [3.5],
    "two": [2.0, -1.0],
    "five": [5.0, 1.0, 4.0, 2.0, 3.0],
    "allEqual": [7.0] * 9,
    "withNaN": [3.0, float("nan"), 1.0, 2.0, float("nan"), 5.0, 4.0, 2.0],
    "negativesAndZeros": [-0.0, 1.0, -3.5, 0.0, -3.5, 2.25, -1e-300, 1e300],
    "largeOffset": (1e9 + rng.normal(size=301)).tolist(),
    "skewed": rng.lognormal(size=2001).tolist(),
}
ps = [0.0, 0.001, 0.01, 0.1, 0.25, 1 / 3, 0.5, 0.6, 2 / 3, 0.75, 0.9, 0.99, 0.999, 1.0]
methods = ["linear", "lower", "higher", "nearest", "midpoint"]

quantile_cases = []
for name, data in datasets.items():
    array = np.array(data)
    for method in methods:
        expected = np.nanquantile(array, ps, method=method)
        quantile_cases.append({"data": name, "method": method, "ps": ps, "expected": encode(expected)})

rank_cases = []
for name, data in datasets.items():
    array = np.array(data)
    finite = ~np.isnan(array)
    ranks = np.empty(len(array))
    ranks[finite] = st.rankdata(array[finite], method="average")
    m = int((~finite).sum())
    n = len(array)
    ranks[~finite] = (n - m + 1 + n) / 2
    rank_cases.append({"data": name, "expected": ranks.tolist()})
rank_cases.append({"data": "empty", "expected": []})
datasets["empty"] = []


def moments(x, w=None):
    x = [v for v in x]
    w = [1.0] * len(x) if w is None else w
    total = math.fsum(w)
    mean = math.fsum(wi * xi for wi, xi in zip(w, x)) / total
    m2 = math.fsum(wi * (xi - mean) ** 2 for wi, xi in zip(w, x))
    kept = [xi for xi, wi in zip(x, w) if wi > 0]  # weight 0 means "not added"
    return {"weightSum": total, "mean": mean, "variance": m2 / (total - 1) if total > 1 else None,
            "min": min(kept), "max": max(kept)}


moment_cases = []
for name in ["normal1000", "integersWithTies", "single", "two", "five", "largeOffset", "skewed"]:
    data = datasets[name]
    expected = moments(data)
    if len(data) > 1:
        assert abs(expected["mean"] - np.mean(data)) <= 1e-13 * max(1, abs(expected["mean"]))
        assert abs(expected["variance"] - np.var(data, ddof=1)) <= 1e-9 * expected["variance"]
    moment_cases.append({"data": name, "weights": None, "expected": expected})

weights = rng.integers(0, 5, size=1000).astype(float).tolist()
expected = moments(datasets["normal1000"], weights)
assert abs(expected["variance"] - np.cov(datasets["normal1000"], fweights=np.array(weights, dtype=int))) < 1e-12
moment_cases.append({"data": "normal1000", "weights": weights, "expected": expected})

weights = rng.uniform(0.1, 3.0, size=301).tolist()
moment_cases.append({"data": "largeOffset", "weights": weights,
                     "expected": moments(datasets["largeOffset"], weights)})

out = {"datasets": {k: encode(v) for k, v in datasets.items()}, "quantiles": quantile_cases,
       "midRanks": rank_cases, "moments": moment_cases}
with open(os.path.join(HERE, "descriptive.json"), "w") as handle:
    json.dump(out, handle, indent=0, allow_nan=False)
    handle.write("\n")
print(len(quantile_cases), len(rank_cases), len(moment_cases))
