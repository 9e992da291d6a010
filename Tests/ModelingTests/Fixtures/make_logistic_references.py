#!/usr/bin/env python3
"""Reference values for Credo's binary logistic regression (Sources/Modeling).

Run once from anywhere:  python3 Tests/ModelingTests/Fixtures/make_logistic_references.py
It reads ../shared/datasets (relative to the repository root) and writes, beside itself:

  logistic_spector.json        statsmodels Logit/GLM on Spector & Mazzeo (1980): full inference table,
                               HC0/HC1 sandwich SEs, VIF, Firth fit (firthmodels)
  logistic_german_credit.json  statsmodels Logit on UCI German credit, all 20 attributes, categorical
                               attributes dummy-encoded (smallest level = reference, `feature=level`)
  logistic_german_credit_a14.json  the same with A14 as the reference level of the checking account
  logistic_weights.json        synthetic data: frequency weights (statsmodels GLM freq_weights and the
                               expanded rows), an offset (statsmodels GLM offset)
  logistic_l2.json             synthetic data: L2-penalized fits by scipy.optimize (Newton-CG + root) on the
                               objective documented in LogisticOptions, cross-checked with scikit-learn
  logistic_firth.json          firthmodels on a quasi-separated and on a weighted sample
  logistic_separation.json     separated samples with firthmodels.detect_separation (Konis 2007 LP)

Conventions asserted by the Swift tests (see LogisticFit's documentation):
  * nobs = sum of frequency weights; BIC = -2 llf + ln(nobs) k (statsmodels Logit), k = parameters
  * HC1 = HC0 * n / (n - 1) on the covariance (Stata's vce(robust) for ML models)
  * Cox-Snell R2 = 1 - exp(2 (llnull - llf) / nobs); Nagelkerke = CS / (1 - exp(2 llnull / nobs))
  * Firth standard errors from (X'WX)^-1 at the Firth estimate (SAS PROC LOGISTIC FIRTH,
    Heinze & Schemper 2002); firthmodels' own `bse_` (inverse of the augmented information
    X' diag((f + h) w) X) is stored beside them as `augmentedStandardErrors`.

Software used is recorded in each file ("software").
"""
import json
import pathlib

import numpy as np
import pandas as pd
import scipy
import scipy.optimize
import scipy.stats
import sklearn
import statsmodels
import statsmodels.api as sm
from sklearn.linear_model import LogisticRegression
from statsmodels.stats.outliers_influence import variance_inflation_factor

import firthmodels
from firthmodels import FirthLogisticRegression
from firthmodels.separation import detect_separation

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent
DATASETS = ROOT.parent / "shared" / "datasets"

SOFTWARE = {
    "numpy": np.__version__,
    "scipy": scipy.__version__,
    "statsmodels": statsmodels.__version__,
    "scikit-learn": sklearn.__version__,
    "firthmodels": getattr(firthmodels, "__version__", "0.8.2"),
}


def floats(a):
    return [float(v) for v in np.asarray(a, dtype=float).ravel()]


def matrix_rows(a):
    return [floats(row) for row in np.asarray(a, dtype=float)]


def write(name, payload):
    payload = {"software": SOFTWARE, **payload}
    path = HERE / name
    path.write_text(json.dumps(payload, indent=1) + "\n")
    print("wrote", path)


# ---------------------------------------------------------------- plain logit inference


def logit_table(X, y, names, freq_weights=None, offset=None):
    """Everything LogisticFit reports, from statsmodels (GLM for weights/offset, Logit otherwise)."""
    n_rows, k = X.shape
    f = np.ones(n_rows) if freq_weights is None else np.asarray(freq_weights, float)
    off = np.zeros(n_rows) if offset is None else np.asarray(offset, float)
    glm = sm.GLM(y, X, family=sm.families.Binomial(), freq_weights=f, offset=off)
    res = glm.fit(tol=1e-15, maxiter=200)
    beta = res.params
    # polish with Newton steps in numpy so the reference is the MLE to ~1e-15
    for _ in range(3):
        eta = X @ beta + off
        mu = 1 / (1 + np.exp(-eta))
        w = f * mu * (1 - mu)
        H = X.T @ (X * w[:, None])
        g = X.T @ (f * (y - mu))
        beta = beta + np.linalg.solve(H, g)
    eta = X @ beta + off
    mu = 1 / (1 + np.exp(-eta))
    w = f * mu * (1 - mu)
    H = X.T @ (X * w[:, None])
    cov = np.linalg.inv(H)
    se = np.sqrt(np.diag(cov))
    nobs = f.sum()
    llf = float(np.sum(f * (y * np.log(mu) + (1 - y) * np.log1p(-mu))))
    assert abs(llf - res.llf) < 1e-9 * abs(llf), (llf, res.llf)
    assert np.allclose(beta, res.params, rtol=1e-9, atol=1e-12)
    llnull = float(res.llnull)
    lr = 2 * (llf - llnull)
    df_model = k - 1
    z = beta / se
    q = scipy.stats.norm.ppf(0.975)
    resid = y - mu
    meat = X.T @ (X * (f * resid**2)[:, None])
    hc0 = cov @ meat @ cov
    cs = 1 - np.exp(2 * (llnull - llf) / nobs)
    out = {
        "columns": names,
        "nobs": float(nobs),
        "coefficients": floats(beta),
        "standardErrors": floats(se),
        "zStatistics": floats(z),
        "pValues": floats(2 * scipy.stats.norm.sf(np.abs(z))),
        "confidenceLower": floats(beta - q * se),
        "confidenceUpper": floats(beta + q * se),
        "covariance": matrix_rows(cov),
        "logLikelihood": llf,
        "nullLogLikelihood": llnull,
        "likelihoodRatio": lr,
        "likelihoodRatioDF": df_model,
        "likelihoodRatioPValue": float(scipy.stats.chi2.sf(lr, df_model)),
        "deviance": float(res.deviance),
        "pearsonChiSquare": float(np.sum(f * resid**2 / (mu * (1 - mu)))),
        "aic": -2 * llf + 2 * k,
        "bic": -2 * llf + np.log(nobs) * k,
        "mcFaddenR2": 1 - llf / llnull,
        "coxSnellR2": float(cs),
        "nagelkerkeR2": float(cs / (1 - np.exp(2 * llnull / nobs))),
        "hc0StandardErrors": floats(np.sqrt(np.diag(hc0))),
        "hc1StandardErrors": floats(np.sqrt(np.diag(hc0) * nobs / (nobs - 1))),
    }
    # statsmodels' own statistics where it has them (asserted against ours above)
    assert abs(res.deviance - (-2 * llf)) < 1e-8 * abs(llf)  # binary y: deviance = -2 llf
    assert abs(res.pearson_chi2 - out["pearsonChiSquare"]) < 1e-8 * out["pearsonChiSquare"]
    assert abs(res.pseudo_rsquared("mcf") - out["mcFaddenR2"]) < 1e-10
    return out


def vif_table(X, names):
    """statsmodels variance_inflation_factor for every non-constant column (X has a constant)."""
    return {
        names[j]: float(variance_inflation_factor(X, j)) for j in range(X.shape[1]) if np.ptp(X[:, j]) > 0
    }


# ---------------------------------------------------------------- Firth


def firth_table(X, y, names, sample_weight=None, offset=None):
    """firthmodels on X (which holds its own intercept column, named "const", first)."""
    n = X.shape[0]
    f = np.ones(n) if sample_weight is None else np.asarray(sample_weight, float)
    off = np.zeros(n) if offset is None else np.asarray(offset, float)
    # Tolerances far below firthmodels' defaults (gtol = xtol = 1e-4 leave ~1e-6 relative error).
    # Step-halving is off (max_halfstep=0): near the optimum the penalized log-likelihood changes
    # less than its rounding noise and firthmodels' halving then gives up before gtol is met; the
    # full Newton steps converge quadratically here (asserted below through the modified score).
    settings = dict(fit_intercept=False, gtol=1e-11, xtol=1e-12, max_iter=500, max_halfstep=0)
    m = FirthLogisticRegression(**settings).fit(X, y, sample_weight=f, offset=off)
    null = FirthLogisticRegression(**settings).fit(np.ones((n, 1)), y, sample_weight=f, offset=off)
    assert m.converged_ and null.converged_
    beta = m.coef_
    eta = X @ beta + off
    mu = 1 / (1 + np.exp(-eta))
    w = f * mu * (1 - mu)
    H = X.T @ (X * w[:, None])
    cov = np.linalg.inv(H)
    se = np.sqrt(np.diag(cov))
    ll = float(np.sum(f * (y * np.log(mu) + (1 - y) * np.log1p(-mu))))
    penalized = ll + 0.5 * np.linalg.slogdet(H)[1]
    assert abs(penalized - m.loglik_) < 1e-9 * abs(penalized), (penalized, m.loglik_)
    # modified score at the solution (should be ~0)
    h = np.einsum("ij,jk,ik->i", X * np.sqrt(w)[:, None], cov, X * np.sqrt(w)[:, None])
    ustar = X.T @ (f * (y - mu) + h * (0.5 - mu))
    assert np.max(np.abs(ustar)) < 1e-8, ustar
    k = X.shape[1]
    lr = 2 * (m.loglik_ - null.loglik_)
    z = beta / se
    return {
        "columns": names,
        "coefficients": floats(beta),
        "standardErrors": floats(se),
        "augmentedStandardErrors": floats(m.bse_),
        "zStatistics": floats(z),
        "pValues": floats(2 * scipy.stats.norm.sf(np.abs(z))),
        "penalizedLogLikelihood": float(m.loglik_),
        "logLikelihood": ll,
        "nullPenalizedLogLikelihood": float(null.loglik_),
        "nullIntercept": float(null.coef_[0]),
        "likelihoodRatio": float(lr),
        "likelihoodRatioDF": k - 1,
        "likelihoodRatioPValue": float(scipy.stats.chi2.sf(lr, k - 1)),
    }


# ---------------------------------------------------------------- datasets


def spector():
    d = pd.read_csv(DATASETS / "spector" / "spector.csv")
    names = ["const", "gpa", "tuce", "psi"]
    X = np.column_stack([np.ones(len(d)), d[["gpa", "tuce", "psi"]].to_numpy(float)])
    y = d["grade"].to_numpy(float)
    table = logit_table(X, y, names)
    # statsmodels Logit's own robust covariance (HC0) must agree with our sandwich
    hc0 = sm.Logit(y, X).fit(disp=0, method="newton", tol=1e-14, maxiter=100, cov_type="HC0")
    assert np.allclose(hc0.bse, table["hc0StandardErrors"], rtol=1e-8)
    logit = sm.Logit(y, X).fit(disp=0, method="newton", tol=1e-14, maxiter=100)
    assert abs(logit.bic - table["bic"]) < 1e-9 and abs(logit.aic - table["aic"]) < 1e-9
    assert abs(logit.llr_pvalue - table["likelihoodRatioPValue"]) < 1e-12
    table["vif"] = vif_table(X, names)
    table["firth"] = firth_table(X, y, names)
    write("logistic_spector.json", table)


def german_credit_design(references=None):
    """Every attribute; categorical ones as dummies for every level but the reference (default: the
    smallest level in byte order), in level order, named `attribute=level`; `const` first."""
    references = references or {}
    d = pd.read_csv(DATASETS / "german_credit" / "german_credit_uci.csv")
    y = (d["class"] == 2).to_numpy(float)
    columns = [np.ones(len(d))]
    names = ["const"]
    for c in d.columns:
        if c == "class":
            continue
        values = d[c]
        if pd.api.types.is_numeric_dtype(values):
            columns.append(values.to_numpy(float))
            names.append(c)
        else:
            levels = sorted(values.unique(), key=lambda v: v.encode("utf-8"))
            reference = references.get(c, levels[0])
            for level in [v for v in levels if v != reference]:
                columns.append((values == level).to_numpy(float))
                names.append(f"{c}={level}")
    return np.column_stack(columns), y, names


def german_credit():
    X, y, names = german_credit_design()
    table = logit_table(X, y, names)
    assert len(names) == 49
    logit = sm.Logit(y, X).fit(disp=0, method="newton", tol=1e-14, maxiter=100)
    assert np.allclose(logit.params, table["coefficients"], rtol=1e-9)
    table["vif"] = vif_table(X, names)
    write("logistic_german_credit.json", table)


def german_credit_reference_a14():
    """`credo train --reference status_of_existing_checking_account=A14`: the dummies of the
    checking account are A11, A12, A13 (A14, no checking account, is the reference)."""
    X, y, names = german_credit_design({"status_of_existing_checking_account": "A14"})
    assert names[1:4] == [f"status_of_existing_checking_account=A1{i}" for i in (1, 2, 3)], names[:4]
    table = logit_table(X, y, names)
    logit = sm.Logit(y, X).fit(disp=0, method="newton", tol=1e-14, maxiter=100)
    assert np.allclose(logit.params, table["coefficients"], rtol=1e-9)
    # a change of reference level reparametrizes the same model: same likelihood
    base = logit_table(*german_credit_design())
    assert abs(table["logLikelihood"] - base["logLikelihood"]) < 1e-9 * abs(base["logLikelihood"])
    write("logistic_german_credit_a14.json", table)


def synthetic(seed, n, beta, scales):
    rng = np.random.default_rng(seed)
    k = len(beta) - 1
    Z = rng.standard_normal((n, k)) * np.asarray(scales)
    X = np.column_stack([np.ones(n), Z])
    p = 1 / (1 + np.exp(-(X @ np.asarray(beta))))
    y = (rng.random(n) < p).astype(float)
    return rng, X, y


def weights_and_offset():
    rng, X, y = synthetic(20240611, 150, [-0.4, 0.8, -0.5, 0.3], [1.0, 2.0, 0.5])
    names = ["const", "x1", "x2", "x3"]
    f = rng.integers(1, 5, size=len(y)).astype(float)
    off = rng.normal(0.0, 0.3, size=len(y))
    weighted = logit_table(X, y, names, freq_weights=f)
    expanded_rows = np.repeat(np.arange(len(y)), f.astype(int))
    expanded = logit_table(X[expanded_rows], y[expanded_rows], names)
    for key in ["coefficients", "standardErrors", "logLikelihood", "aic", "bic", "coxSnellR2"]:
        assert np.allclose(weighted[key], expanded[key], rtol=1e-8), key
    with_offset = logit_table(X, y, names, offset=off)
    both = logit_table(X, y, names, freq_weights=f, offset=off)
    write(
        "logistic_weights.json",
        {
            "design": matrix_rows(X),
            "target": floats(y),
            "frequencyWeights": floats(f),
            "offset": floats(off),
            "weighted": weighted,
            "expanded": expanded,
            "withOffset": with_offset,
            "weightedWithOffset": both,
        },
    )


def l2_case(X, y, lam, f, off, names):
    """argmin  -sum_i f_i [y_i eta_i - log(1 + e^eta_i)] + lam/2 sum_{j>0} beta_j^2  (column 0 = intercept)."""
    mask = np.ones(X.shape[1])
    mask[0] = 0.0

    def objective(b):
        eta = X @ b + off
        return -np.sum(f * (y * eta - np.logaddexp(0, eta))) + 0.5 * lam * np.sum(mask * b * b)

    def gradient(b):
        mu = scipy.special.expit(X @ b + off)
        return -X.T @ (f * (y - mu)) + lam * mask * b

    def hessian(b):
        mu = scipy.special.expit(X @ b + off)
        return X.T @ (X * (f * mu * (1 - mu))[:, None]) + lam * np.diag(mask)

    # Minimize (Newton-CG), then polish the stationarity condition with a root finder: the objective
    # (~1e2) has rounding noise ~1e-14, so trust-region methods stop at |gradient| ~1e-7, while
    # solving gradient = 0 directly reaches its own rounding floor (~1e-12).
    r = scipy.optimize.minimize(
        objective, np.zeros(X.shape[1]), jac=gradient, hess=hessian, method="Newton-CG",
        options={"xtol": 1e-16, "maxiter": 500},
    )
    root = scipy.optimize.root(gradient, r.x, jac=hessian, method="hybr", tol=1e-15)
    # (hybr may report "xtol too small" once it sits on the rounding floor; the gradient is what counts)
    assert objective(root.x) <= objective(r.x) + 1e-12 * abs(objective(r.x))
    assert np.max(np.abs(gradient(root.x))) < 1e-10, gradient(root.x)
    b = root.x
    mu = scipy.special.expit(X @ b + off)
    cov = np.linalg.inv(hessian(b))
    ll = float(np.sum(f * (y * np.log(mu) + (1 - y) * np.log1p(-mu))))
    return {
        "columns": names,
        "lambda": lam,
        "coefficients": floats(b),
        "standardErrors": floats(np.sqrt(np.diag(cov))),
        "logLikelihood": ll,
        "penalizedLogLikelihood": ll - 0.5 * lam * float(np.sum(mask * b * b)),
        "maxAbsGradient": float(np.max(np.abs(gradient(b)))),
    }


def l2():
    rng, X, y = synthetic(77, 300, [0.3, 1.2, -0.8, 0.5, 0.0], [1.0, 1.0, 3.0, 0.7])
    names = ["const", "x1", "x2", "x3", "x4"]
    n = len(y)
    plain = l2_case(X, y, 2.5, np.ones(n), np.zeros(n), names)
    # scikit-learn: C * sum(loss) + 1/2 ||w||^2 with an unpenalized intercept  <=>  lambda = 1 / C
    sk = LogisticRegression(C=1 / 2.5, tol=1e-12, max_iter=10000, solver="newton-cholesky")
    sk.fit(X[:, 1:], y)
    sk_beta = np.r_[sk.intercept_, sk.coef_.ravel()]
    assert np.allclose(sk_beta, plain["coefficients"], rtol=1e-6, atol=1e-9), (sk_beta, plain["coefficients"])
    plain["scikitLearnCoefficients"] = floats(sk_beta)
    f = rng.integers(1, 4, size=n).astype(float)
    off = rng.normal(0.0, 0.5, size=n)
    weighted = l2_case(X, y, 10.0, f, off, names)
    write(
        "logistic_l2.json",
        {
            "design": matrix_rows(X),
            "target": floats(y),
            "frequencyWeights": floats(f),
            "offset": floats(off),
            "plain": plain,
            "weightedWithOffset": weighted,
        },
    )


def firth():
    # quasi-completely separated: every row with d = 1 is an event
    rng = np.random.default_rng(4242)
    n = 40
    x = rng.normal(size=n)
    d = (rng.random(n) < 0.3).astype(float)
    p = 1 / (1 + np.exp(-(-0.5 + 0.9 * x)))
    y = (rng.random(n) < p).astype(float)
    y[d == 1] = 1.0
    X = np.column_stack([np.ones(n), x, d])
    names = ["const", "x", "d"]
    sep = detect_separation(X[:, 1:], y)
    assert sep.separation and list(sep.directions) == [0, 1, 0], sep.summary()
    separated = firth_table(X, y, names)
    f = rng.integers(1, 4, size=n).astype(float)
    off = rng.normal(0.0, 0.4, size=n)
    weighted = firth_table(X, y, names, sample_weight=f, offset=off)
    expanded_rows = np.repeat(np.arange(n), f.astype(int))
    expanded = firth_table(X[expanded_rows], y[expanded_rows], names, offset=off[expanded_rows])
    assert np.allclose(weighted["coefficients"], expanded["coefficients"], rtol=1e-8)
    assert np.allclose(weighted["standardErrors"], expanded["standardErrors"], rtol=1e-8)
    write(
        "logistic_firth.json",
        {
            "design": matrix_rows(X),
            "target": floats(y),
            "frequencyWeights": floats(f),
            "offset": floats(off),
            "separated": separated,
            "weightedWithOffset": weighted,
        },
    )


def separation():
    rng = np.random.default_rng(99)
    cases = {}
    # complete: y = 1 exactly when score > 0; noise is an independent feature
    n = 30
    score = rng.normal(size=n)
    noise = rng.normal(size=n)
    y = (score > 0).astype(float)
    X = np.column_stack([np.ones(n), noise, score])
    cases["complete"] = (X, y, ["const", "noise", "score"])
    # quasi-complete: rows with flag = 1 are all events; the rest overlap
    n = 60
    x = rng.normal(size=n)
    flag = np.zeros(n)
    flag[:8] = 1.0
    y = (rng.random(n) < 1 / (1 + np.exp(-x))).astype(float)
    y[:8] = 1.0
    X = np.column_stack([np.ones(n), x, flag])
    cases["quasiComplete"] = (X, y, ["const", "income", "flag"])
    # quasi-complete with an event-free level: rows with flag = 1 are all non-events
    y2 = y.copy()
    y2[:8] = 0.0
    cases["quasiCompleteNegative"] = (X, y2, ["const", "income", "flag"])
    # overlapping: no separation
    n = 60
    x = rng.normal(size=n)
    y = (rng.random(n) < 1 / (1 + np.exp(-0.7 * x))).astype(float)
    X = np.column_stack([np.ones(n), x])
    cases["overlap"] = (X, y, ["const", "x"])
    payload = {}
    for key, (X, y, names) in cases.items():
        r = detect_separation(X[:, 1:], y)  # firthmodels appends its intercept last
        directions = [int(r.directions[-1])] + [int(v) for v in r.directions[:-1]]
        payload[key] = {
            "columns": names,
            "design": matrix_rows(X),
            "target": floats(y),
            "separated": bool(r.separation),
            "directions": directions,
        }
    write("logistic_separation.json", payload)


if __name__ == "__main__":
    spector()
    german_credit()
    german_credit_reference_a14()
    weights_and_offset()
    l2()
    firth()
    separation()
