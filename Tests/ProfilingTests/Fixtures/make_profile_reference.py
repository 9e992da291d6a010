#!/usr/bin/env python3
"""Reference values for the Profiling module (credo describe), computed with pandas and numpy.

Writes next to this script:
- profile_small.csv: a small hand-made file with the special cases (NaN tokens, -0 and 0, an
  all-missing column, a constant column, tied category counts, a non-ASCII category, duplicate rows,
  duplicate and missing ids, a missing target);
- profile_reference.json: for profile_small.csv and for the shared German credit file
  (../shared/datasets/german_credit/german_credit_uci.csv, target class, bad = 2), per column:
  missing, distinct, min/max/mean/std (ddof=1), numpy 'linear' quantiles, zeros, the top values
  (count desc, then value in code point order), and the bad-rate table with WoE and IV.

Conventions re-implemented here independently of the Swift code (CONVENTIONS.md):
- WoE_i = ln((good_i/G) / (bad_i/B)); a group with zero goods or zero bads (but rows) gets 0.5 added
  to both counts and G, B are recomputed; IV = sum (good_i/G - bad_i/B) WoE_i.
- numeric buckets: sorted non-missing values x, edges c_k = x[ceil(k n / B)] for k = 1..B-1, repeats
  and edges equal to min(x) dropped; buckets [-inf, c_1), [c_1, c_2), ..., [c_m, inf); missing apart.
- categorical groups: the top N values in ranking order, the other values together, missing apart.
- rows with a missing target are left out of bad-rate tables.
NaN is written as null.

Run:  python3 make_profile_reference.py
"""
import json
import math
import os

import numpy as np
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
GERMAN = os.path.join(os.path.dirname(REPO), "shared", "datasets", "german_credit", "german_credit_uci.csv")
PS = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99]
NA = ["", "NA", "NaN", "null"]


def num(x):
    x = float(x)
    return None if math.isnan(x) else x


def write_small_csv(path):
    rng = np.random.default_rng(20261204)
    regions = ["north"] * 10 + ["south"] * 10 + ["east"] * 5 + ["west"] * 5 + ["北"] * 3 + ["NA", ""] + ["central"] * 2
    rows = []
    for i, region in enumerate(regions):
        income = round(float(rng.normal(3000, 800)), 2)
        rows.append({
            "id": f"C{i + 1:03d}",
            "income": repr(income),
            "empty": "NA",
            "constant": "5",
            "region": region,
            "bad": str(int(rng.random() < (0.5 if region in ("east", "北") else 0.2))),
        })
    # NaN tokens and signed zeros in the numeric column; a tie in income.
    rows[2]["income"] = "NA"
    rows[5]["income"] = "NaN"
    rows[8]["income"] = "null"
    rows[11]["income"] = ""
    rows[14]["income"] = "-0"
    rows[15]["income"] = "0"
    rows[16]["income"] = rows[17]["income"]
    rows[20]["bad"] = ""                 # a missing target
    rows[25]["id"] = "C004"              # a duplicate id
    rows[30]["id"] = ""                  # a missing id
    rows.append(dict(rows[6]))           # a duplicate row (and so a duplicate id)
    rows.append(dict(rows[9]))           # another one
    header = ["id", "income", "empty", "constant", "region", "bad"]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(",".join(header) + "\n")
        for row in rows:
            f.write(",".join(row[h] for h in header) + "\n")


def woe_iv(groups):
    """groups: list of (bad, good). Returns ([woe or None], [smoothed], iv or None)."""
    total_bad = sum(b for b, _ in groups)
    total_good = sum(g for _, g in groups)
    if total_bad == 0 or total_good == 0:
        return [None] * len(groups), [False] * len(groups), None
    smoothed = []
    flags = []
    for b, g in groups:
        if (b == 0) != (g == 0):
            smoothed.append((b + 0.5, g + 0.5))
            flags.append(True)
        else:
            smoothed.append((float(b), float(g)))
            flags.append(False)
    B = sum(b for b, _ in smoothed)
    G = sum(g for _, g in smoothed)
    woes, iv = [], 0.0
    for b, g in smoothed:
        if b == 0:
            woes.append(None)
            continue
        w = math.log((g / G) / (b / B))
        woes.append(w)
        iv += (g / G - b / B) * w
    return woes, flags, iv


def table(groups, labels):
    woes, flags, iv = woe_iv([(b, g) for _, b, g in groups])
    return {
        "informationValue": iv,
        "groups": [
            {"group": name, "bad": b, "good": g, "woe": w, "smoothed": s}
            for (name, b, g), w, s in zip(groups, woes, flags)
        ],
    }


def numeric_profile(x, y, buckets):
    values = x.to_numpy(dtype=float)
    present = values[~np.isnan(values)]
    n = len(present)
    out = {
        "missing": int(np.isnan(values).sum()),
        "distinct": int(pd.Series(present + 0.0).nunique()),
        "min": num(present.min()) if n else None,
        "max": num(present.max()) if n else None,
        "mean": num(present.mean()) if n else None,
        "std": num(present.std(ddof=1)) if n > 1 else None,
        "quantiles": [num(q) for q in np.quantile(present, PS)] if n else [None] * len(PS),
        "zeros": int((present == 0).sum()),
    }
    if y is not None:
        s = np.sort(present)
        edges = []
        for k in range(1, buckets):
            pos = -(-k * n // buckets)
            if pos >= n:
                break
            c = s[pos]
            if c > s[0] and (not edges or c > edges[-1]):
                edges.append(float(c))
        out["edges"] = edges
        lab = y.to_numpy(dtype=float)
        groups = []
        if n:
            bounds = [-math.inf] + edges + [math.inf]
            for lo, hi in zip(bounds[:-1], bounds[1:]):
                inside = (~np.isnan(values)) & (values >= lo) & (values < hi)
                groups.append((f"[{lo}, {hi})", int(((lab == 1) & inside).sum()), int(((lab == 0) & inside).sum())))
        miss = np.isnan(values)
        if miss.any():
            groups.append(("missing", int(((lab == 1) & miss).sum()), int(((lab == 0) & miss).sum())))
        out["badRates"] = table(groups, lab)
    return out


def categorical_profile(x, y, top, rows):
    present = x.dropna()
    counts = present.value_counts()
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))  # code point order = UTF-8 byte order
    listed = ranked[:top]
    out = {
        "missing": int(x.isna().sum()),
        "distinct": int(present.nunique()),
        "top": [{"value": v, "count": int(c), "share": c / rows} for v, c in listed],
        "otherValues": len(ranked) - len(listed),
        "otherRows": int(sum(c for _, c in ranked[top:])),
    }
    if y is not None:
        lab = y.to_numpy(dtype=float)
        groups = []
        for v, _ in listed:
            inside = (x == v).to_numpy()
            groups.append((v, int(((lab == 1) & inside).sum()), int(((lab == 0) & inside).sum())))
        others = [v for v, _ in ranked[top:]]
        if others:
            inside = x.isin(others).to_numpy()
            groups.append(("other", int(((lab == 1) & inside).sum()), int(((lab == 0) & inside).sum())))
        miss = x.isna().to_numpy()
        if miss.any():
            groups.append(("missing", int(((lab == 1) & miss).sum()), int(((lab == 0) & miss).sum())))
        out["badRates"] = table(groups, lab)
    return out


def profile(df, kinds, target, bad_value, good_value, top=10, buckets=10, id_column=None):
    y = None
    result = {"rows": len(df), "columns": {}}
    if target is not None:
        t = df[target]
        y = pd.Series(np.where(t == bad_value, 1.0, np.where(t == good_value, 0.0, np.nan)))
        result["target"] = {"bad": int((y == 1).sum()), "good": int((y == 0).sum()), "missing": int(t.isna().sum()),
                            "badRate": float((y == 1).sum() / y.notna().sum())}
    result["duplicateRows"] = int(df.duplicated().sum())
    keys = [tuple("\0missing" if pd.isna(v) else v for v in row) for row in df.itertuples(index=False)]
    first = {}
    pairs = []
    for i, key in enumerate(keys):
        if key in first:
            pairs.append([i + 2, first[key] + 2])  # spreadsheet rows: the header is row 1
        else:
            first[key] = i
    assert len(pairs) == result["duplicateRows"]
    result["duplicateRowPairs"] = pairs
    if id_column is not None:
        ids = df[id_column].dropna()
        result["duplicateIds"] = int(ids.duplicated().sum())
        result["duplicateIdPairs"] = [[int(i) + 2, int(ids.index[ids == ids[i]][0]) + 2] for i in ids.index[ids.duplicated()]]
        result["missingIds"] = int(df[id_column].isna().sum())
    for name, kind in kinds.items():
        if name == target:
            continue
        yy = None if name == id_column else y
        if kind == "numeric":
            result["columns"][name] = numeric_profile(df[name], yy, buckets)
        else:
            result["columns"][name] = categorical_profile(df[name], yy, top, len(df))
        result["columns"][name]["kind"] = kind
    return result


def main():
    small_path = os.path.join(HERE, "profile_small.csv")
    write_small_csv(small_path)
    small_kinds = {"id": "text", "income": "numeric", "empty": "numeric", "constant": "numeric",
                   "region": "categorical", "bad": "numeric"}
    small = pd.read_csv(small_path, keep_default_na=False, na_values=NA,
                        dtype={"id": str, "region": str, "empty": float}, encoding="utf-8")
    small_small_top = profile(small, small_kinds, "bad", 1.0, 0.0, top=3, buckets=4, id_column="id")
    small_default = profile(small, small_kinds, "bad", 1.0, 0.0, id_column="id")

    german = pd.read_csv(GERMAN)
    german_kinds = {c: ("numeric" if pd.api.types.is_numeric_dtype(german[c]) else "categorical") for c in german.columns}
    german_profile = profile(german, german_kinds, "class", 2, 1)

    reference = {
        "quantileProbabilities": PS,
        "small": {"file": "profile_small.csv", "top3buckets4": small_small_top, "defaults": small_default},
        "german": german_profile,
        "versions": {"numpy": np.__version__, "pandas": pd.__version__},
    }
    with open(os.path.join(HERE, "profile_reference.json"), "w", encoding="utf-8") as f:
        json.dump(reference, f, indent=1, ensure_ascii=False, allow_nan=False)
        f.write("\n")


if __name__ == "__main__":
    main()
