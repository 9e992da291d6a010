#!/usr/bin/env python3
"""Credo benchmark harness: runs credo and its peers on the same generated data in one run and prints ratios.

Usage (from the repository root; benchmarks/run.sh sets up the venv and the release build):
    python benchmarks/harness.py [--rows 1000000] [--features 50] [--repeat 3] [--only parse,fit,score]

Every timed program runs in its own child process so that its peak RSS (ru_maxrss from wait4) is its own.
Peers time their work from inside (imports excluded; data already in memory for fits); credo reports the same
span with `--timings` (parse: the read; fit: the fit; score: reading, scoring and writing). The table gives
both that in-process time (`seconds`, the first ratio) and the whole process (`wall`: interpreter or process
start-up, imports, freeing memory at exit; the second ratio).
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data"
CREDO = ROOT / ".build" / "release" / "credo"


def run_child(argv, stdin=None, env=None):
    """Runs argv, returns (wall seconds, peak RSS MiB, stdout, stderr); raises on a non-zero exit."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL if stdin is None else open(stdin, "rb"), env=env)
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    # communicate() already reaped the child: take its rusage from the per-process accounting below.
    rss_mib = proc._rusage_maxrss / 1024 if hasattr(proc, "_rusage_maxrss") else float("nan")
    if proc.returncode != 0:
        raise RuntimeError(f"{argv[0]} exited {proc.returncode}: {err.decode(errors='replace')[-2000:]}")
    return wall, rss_mib, out.decode(), err.decode()


class RusagePopen(subprocess.Popen):
    """Popen that records the child's own peak RSS via wait4."""

    def _try_wait(self, wait_flags):
        try:
            pid, sts, ru = os.wait4(self.pid, wait_flags)
        except ChildProcessError:
            pid, sts = self.pid, 0
            ru = None
        if ru is not None and pid == self.pid:
            self._rusage_maxrss = ru.ru_maxrss  # KiB on Linux
        return pid, sts


subprocess.Popen = RusagePopen  # every child started below reports its peak RSS


def python_peer(code, *args):
    """Runs a peer snippet in a fresh interpreter; the snippet prints one JSON object with 'seconds'."""
    wall, rss, out, _ = run_child([sys.executable, "-c", textwrap.dedent(code), *map(str, args)])
    result = json.loads(out.strip().splitlines()[-1])
    result["wall"] = wall
    result["rss"] = rss
    return result


CREDO_VERSION = None


def credo(*args, stdin=None):
    global CREDO_VERSION
    if CREDO_VERSION is None:
        CREDO_VERSION = subprocess.run([str(CREDO), "--version"], capture_output=True, text=True).stdout.strip()
    wall, rss, out, err = run_child([str(CREDO), *map(str, args)], stdin=stdin)
    timings = {}
    for line in err.splitlines():
        if line.startswith("timings "):
            timings = json.loads(line[len("timings "):])
    return {"seconds": wall, "wall": wall, "rss": rss, "timings": timings, "stdout": out, "version": CREDO_VERSION}


def credo_phase(phase, *args):
    """credo with --timings, its `seconds` the in-process time of `phase`."""
    r = credo(*args, "--timings")
    r["seconds"] = r["timings"][phase]
    return r


def interleaved(repeat, programs, once=()):
    """The median run of each program, the programs taking turns (credo, peer, peer, credo, ...) so that a
    slow spell of the machine falls on all of them alike; programs in `once` run in the first round only."""
    runs = {name: [] for name in programs}
    for round_ in range(repeat):
        for name, fn in programs.items():
            if round_ == 0 or name not in once:
                runs[name].append(fn())
    return {name: sorted(rs, key=lambda r: r["seconds"])[len(rs) // 2] for name, rs in runs.items()}


# ---------------------------------------------------------------------------------------------- data
GENERATE = """
import sys, numpy as np, polars as pl, json
rows, features, seed, path = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rng = np.random.default_rng(seed)
# correlated standard-normal features (AR(1) correlation 0.3 between neighbours), rounded to 6 decimals
z = rng.standard_normal((rows, features))
x = z.copy()
for j in range(1, features):
    x[:, j] = 0.3 * x[:, j - 1] + np.sqrt(1 - 0.09) * z[:, j]
x = np.round(x, 6)
beta = np.round(rng.normal(0, 0.3, features), 4)
intercept = -2.5
eta = intercept + x @ beta
p = 1 / (1 + np.exp(-eta))
y = (rng.random(rows) < p).astype(np.int64)
cols = {"id": np.arange(1, rows + 1)}
cols.update({f"x{j+1}": x[:, j] for j in range(features)})
cols["y"] = y
pl.DataFrame(cols).write_csv(path, float_precision=6)
json.dump({"intercept": intercept, "beta": beta.tolist()}, open(path + ".truth.json", "w"))
"""


def dataset(rows, features, seed=20261204):
    DATA.mkdir(parents=True, exist_ok=True)
    path = DATA / f"portfolio_{rows}x{features}_s{seed}.csv"
    if not path.exists():
        print(f"generating {path.name} ...", file=sys.stderr)
        run_child([sys.executable, "-c", GENERATE, str(rows), str(features), str(seed), str(path)])
    return path


# ---------------------------------------------------------------------------------------------- parse
POLARS_READ = """
import sys, time, json, polars as pl
t = time.perf_counter(); df = pl.read_csv(sys.argv[1]); s = time.perf_counter() - t
print(json.dumps({"seconds": s, "rows": df.height, "version": pl.__version__}))
"""
PANDAS_READ = """
import sys, time, json, pandas as pd
t = time.perf_counter(); df = pd.read_csv(sys.argv[1], engine="c"); s = time.perf_counter() - t
print(json.dumps({"seconds": s, "rows": len(df), "version": pd.__version__}))
"""


def bench_parse(args):
    path = dataset(args.rows, args.features)
    size_mb = path.stat().st_size / 1e6
    results = interleaved(args.repeat, {
        "credo": lambda: credo_phase("read", "describe", "--data", path, "--parse-only"),
        "polars": lambda: python_peer(POLARS_READ, path),
        "pandas": lambda: python_peer(PANDAS_READ, path),
    })
    report(f"parse {args.rows:,} x {args.features + 2} CSV ({size_mb:.0f} MB)", results, "polars")
    return results


# ---------------------------------------------------------------------------------------------- fit
FIT_PEER = """
import sys, time, json, numpy as np, polars as pl
path, which = sys.argv[1], sys.argv[2]
df = pl.read_csv(path)
y = df["y"].to_numpy().astype(float)
X = df.drop(["id", "y"]).to_numpy()
# Imports happen before the clock starts: only the fit is timed.
if which == "glum":
    import glum
    version = glum.__version__
    t = time.perf_counter()
    m = glum.GeneralizedLinearRegressor(family="binomial", alpha=0, fit_intercept=True, gradient_tol=1e-8).fit(X, y)
    s = time.perf_counter() - t
    coef = np.r_[m.intercept_, m.coef_]
elif which in ("sklearn-lbfgs", "sklearn-newton-cholesky"):
    import sklearn
    from sklearn.linear_model import LogisticRegression
    version = sklearn.__version__
    solver = which.split("-", 1)[1]
    t = time.perf_counter()
    m = LogisticRegression(penalty=None, solver=solver, max_iter=1000, tol=1e-8).fit(X, y)
    s = time.perf_counter() - t
    coef = np.r_[m.intercept_, m.coef_.ravel()]
elif which == "statsmodels":
    import statsmodels.api as sm
    version = sm.__version__
    Xc = sm.add_constant(X)
    t = time.perf_counter()
    r = sm.Logit(y, Xc).fit(disp=0, method="newton", tol=1e-10)
    s = time.perf_counter() - t
    coef = r.params
print(json.dumps({"seconds": s, "coef": list(map(float, coef)), "version": version}))
"""


def bench_fit(args):
    path = dataset(args.rows, args.features)
    out = DATA / "bench_model.json"
    feats = ",".join(f"x{j+1}" for j in range(args.features))

    programs = {"credo": lambda: credo_phase("fit", "train", "--data", path, "--target", "y", "--features", feats,
                                             "--out", out)}
    for peer in ("glum", "sklearn-lbfgs", "sklearn-newton-cholesky", "statsmodels"):
        programs[peer] = lambda peer=peer: python_peer(FIT_PEER, path, peer)
    results = interleaved(args.repeat, programs, once=("statsmodels",))
    model = json.loads(out.read_text())
    credo_coef = [c["estimate"] for c in model["coefficients"]]
    ref = results["statsmodels"]["coef"]
    worst = max(abs(a - b) / max(abs(b), 1e-300) for a, b in zip(credo_coef, ref))
    report(f"fit logistic {args.rows:,} x {args.features} (+ intercept); credo coef vs statsmodels max rel diff {worst:.1e}",
           results, "glum")
    return results


# ---------------------------------------------------------------------------------------------- score
SCORE_PEER = """
import sys, time, json, numpy as np
path, model, out, which = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
m = json.load(open(model))
coef = {c["name"]: c["estimate"] for c in m["coefficients"]}
names = [n for n in coef if n != "const"]
b = np.array([coef[n] for n in names]); b0 = coef["const"]
# Imports happen before the clock starts: reading, scoring and writing are timed.
if which == "polars":
    import polars as pl
    version = pl.__version__
    t = time.perf_counter()
    df = pl.read_csv(path)
    eta = df.select(names).to_numpy() @ b + b0
    pl.DataFrame({"id": df["id"], "pd": 1 / (1 + np.exp(-eta))}).write_csv(out)
else:
    import pandas as pd, sklearn
    from sklearn.linear_model import LogisticRegression
    version = pd.__version__ + " / sklearn " + sklearn.__version__
    t = time.perf_counter()
    df = pd.read_csv(path, engine="c")
    lr = LogisticRegression(); lr.classes_ = np.array([0, 1]); lr.coef_ = b[None, :]; lr.intercept_ = np.array([b0])
    pd.DataFrame({"id": df["id"], "pd": lr.predict_proba(df[names].to_numpy())[:, 1]}).to_csv(out, index=False)
s = time.perf_counter() - t
print(json.dumps({"seconds": s, "version": version}))
"""


def bench_score(args):
    path = dataset(args.rows, args.features)
    model = DATA / "bench_model.json"
    if not model.exists():
        feats = ",".join(f"x{j+1}" for j in range(args.features))
        credo("train", "--data", path, "--target", "y", "--features", feats, "--out", model)
    out = DATA / "scores.csv"
    results = interleaved(args.repeat, {
        "credo": lambda: credo_phase("score", "score", "--model", model, "--data", path, "--id", "id", "--out", out),
        "polars": lambda: python_peer(SCORE_PEER, path, model, out, "polars"),
        "pandas+sklearn": lambda: python_peer(SCORE_PEER, path, model, out, "pandas"),
    })
    report(f"score {args.rows:,} x {args.features} CSV end to end (read, score, write id,pd)", results, "polars")
    big = dataset(args.rows * 4, args.features)
    r4 = credo("score", "--model", model, "--data", big, "--id", "id", "--out", out)
    print(f"  credo peak RSS: {results['credo']['rss']:.0f} MiB at {args.rows:,} rows, "
          f"{r4['rss']:.0f} MiB at {4 * args.rows:,} rows ({r4['seconds']:.2f} s)")
    return results


def report(title, results, baseline):
    base, base_wall = results[baseline]["seconds"], results[baseline]["wall"]
    print(f"\n{title}")
    print(f"  {'program':<26}{'seconds':>9}{'wall':>9}{'peak MiB':>10}{'vs ' + baseline:>14}{'wall vs':>9}  version")
    for name, r in results.items():
        print(f"  {name:<26}{r['seconds']:>9.3f}{r['wall']:>9.3f}{r['rss']:>10.0f}"
              f"{base / r['seconds']:>13.2f}x{base_wall / r['wall']:>8.2f}x  {r.get('version', '')}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--features", type=int, default=50)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--only", default="parse,fit,score")
    args = ap.parse_args()
    if not CREDO.exists():
        sys.exit(f"{CREDO} not found: run `swift build -c release` first (benchmarks/run.sh does)")
    print(f"credo benchmarks {time.strftime('%Y-%m-%d %H:%M')}; {os.cpu_count()} CPUs; release build")
    for name in args.only.split(","):
        {"parse": bench_parse, "fit": bench_fit, "score": bench_score}[name](args)


if __name__ == "__main__":
    main()
