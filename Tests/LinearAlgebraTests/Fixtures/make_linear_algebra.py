#!/usr/bin/env python3
"""Reference values for LinearAlgebraTests, computed once with numpy/scipy (and exact rational
arithmetic for the sums of products), written to linear_algebra.json beside this script.

Run from anywhere:  python3 make_linear_algebra.py
Matrices are stored as {"rows", "columns", "data"} with "data" in column-major order, the layout
of Credo's Matrix. Floats are written by json (shortest repr), so they round-trip exactly.
"""
import json
import os
from fractions import Fraction

import numpy as np
import scipy
import scipy.linalg

SEED = 20240611
rng = np.random.default_rng(SEED)


def mat(a):
    a = np.asarray(a, dtype=float)
    return {"rows": int(a.shape[0]), "columns": int(a.shape[1]),
            "data": a.flatten(order="F").tolist()}


def vec(v):
    return np.asarray(v, dtype=float).tolist()


def exact_sum_of_products(*factors):
    """sum_k prod_f factors[f][k], exactly, rounded once to the nearest double."""
    total = Fraction(0)
    for terms in zip(*factors):
        product = Fraction(1)
        for t in terms:
            product *= Fraction(float(t))
        total += product
    return float(total)


def exact_weighted_gram(X, w):
    p = X.shape[1]
    G = np.empty((p, p))
    for i in range(p):
        for j in range(p):
            G[i, j] = exact_sum_of_products(w, X[:, i], X[:, j])
    return G


def awkward(rows, columns):
    """Mixed signs and magnitudes over a few orders, so sums cancel a little."""
    return rng.standard_normal((rows, columns)) * np.exp(rng.uniform(-2, 2, size=(1, columns)))


fixture = {"seed": SEED, "numpy": np.__version__, "scipy": scipy.__version__}

# --- dot -------------------------------------------------------------------------------------
x11, y11 = rng.standard_normal(11), rng.standard_normal(11)
fixture["dot"] = {"x": vec(x11), "y": vec(y11), "value": exact_sum_of_products(x11, y11)}

# --- products (gemv, gemm, syrk) -------------------------------------------------------------
A = awkward(7, 5)
v5, u7 = rng.standard_normal(5), rng.standard_normal(7)
B = rng.standard_normal((5, 3))
C = rng.standard_normal((7, 3))
fixture["products"] = {
    "A": mat(A), "v": vec(v5), "u": vec(u7), "B": mat(B), "C": mat(C),
    "A_v": vec([exact_sum_of_products(A[i, :], v5) for i in range(7)]),
    "At_u": vec([exact_sum_of_products(A[:, j], u7) for j in range(5)]),
    "A_B": mat([[exact_sum_of_products(A[i, :], B[:, j]) for j in range(3)] for i in range(7)]),
    "At_C": mat([[exact_sum_of_products(A[:, i], C[:, j]) for j in range(3)] for i in range(5)]),
    "At_A": mat(exact_weighted_gram(A, np.ones(7))),
}

# --- weighted Gram and the row-range kernels on a 37 x 11 design -----------------------------
X = awkward(37, 11)
w = rng.uniform(0, 0.25, size=37)  # IRLS logit weights mu (1 - mu) lie in [0, 1/4]
w[[3, 17]] = 0.0                   # rows that carry no weight
w[20] = 40.0                       # and one heavy row
fixture["gram"] = {
    "X": mat(X), "w": vec(w),
    "XtX": mat(exact_weighted_gram(X, np.ones(37))),
    "XtWX": mat(exact_weighted_gram(X, w)),
    "numpy_XtWX": mat(X.T @ (X * w[:, None])),
}

lo, hi = 9, 30  # an interior row range
beta = rng.standard_normal(11)
v = rng.standard_normal(hi - lo)
g0 = rng.standard_normal(11)
A0 = rng.standard_normal((11, 11))  # accumulator start; only its upper triangle gets added to
wr = w[lo:hi]
Xr = X[lo:hi]
XtWX_r = exact_weighted_gram(Xr, wr)
A_after = A0.copy()
for i in range(11):
    for j in range(i, 11):
        A_after[i, j] = float(Fraction(A0[i, j]) + Fraction(XtWX_r[i, j]))
# A symmetric form (the inverse information, as for Firth's leverages) and a non-symmetric one.
M_sym = np.linalg.inv(exact_weighted_gram(X, np.where(w > 0, w, 0.1)))
M_sym = (M_sym + M_sym.T) / 2
M_gen = rng.standard_normal((11, 11))


def quadratic_forms(M):
    out = []
    for r in range(lo, hi):
        x = X[r]
        total = Fraction(0)
        for i in range(11):
            for j in range(11):
                total += Fraction(x[i]) * Fraction(M[i, j]) * Fraction(x[j])
        out.append(float(total))
    return out


fixture["row_kernels"] = {
    "lower": lo, "upper": hi,
    "beta": vec(beta), "v": vec(v), "g0": vec(g0), "A0": mat(A0),
    "y": vec([exact_sum_of_products(X[r], beta) for r in range(lo, hi)]),
    "g": vec([float(Fraction(g0[j]) + Fraction(exact_sum_of_products(Xr[:, j], v)))
              for j in range(11)]),
    "A_upper_after": mat(A_after),
    "M_symmetric": mat(M_sym), "quadratic_symmetric": quadratic_forms(M_sym),
    "M_general": mat(M_gen), "quadratic_general": quadratic_forms(M_gen),
}

# --- Cholesky ----------------------------------------------------------------------------------
G = rng.standard_normal((6, 6))
S = G.T @ G + 6 * np.eye(6)  # symmetric positive definite, condition number ~ 10
b6 = rng.standard_normal(6)
B6 = rng.standard_normal((6, 2))
sign, logdet = np.linalg.slogdet(S)
assert sign > 0
hilbert = scipy.linalg.hilbert(8)

# Not positive definite at order 3: the leading 2 x 2 block is positive definite, the 3 x 3 is not.
N = np.array([[4.0, 2.0, 1.0, 0.5, 0.0],
              [2.0, 5.0, 3.0, 0.0, 1.0],
              [1.0, 3.0, 1.0, 2.0, 0.0],
              [0.5, 0.0, 2.0, 6.0, 1.0],
              [0.0, 1.0, 0.0, 1.0, 7.0]])
first_failing = next(k for k in range(1, 6) if np.linalg.eigvalsh(N[:k, :k]).min() <= 0)
# Positive definite except for the last minor.
N5 = S[:5, :5].copy()
N5[4, 4] = N5[4, :4] @ np.linalg.solve(N5[:4, :4], N5[:4, 4]) - 0.5
first_failing_last = next(k for k in range(1, 6) if np.linalg.eigvalsh(N5[:k, :k]).min() <= 0)

fixture["cholesky"] = {
    "A": mat(S), "b": vec(b6), "B": mat(B6),
    "U": mat(scipy.linalg.cholesky(S, lower=False)),
    "x": vec(np.linalg.solve(S, b6)), "X": mat(np.linalg.solve(S, B6)),
    "inverse": mat(np.linalg.inv(S)), "log_determinant": float(logdet),
    "reciprocal_condition_1norm": float(1 / np.linalg.cond(S, 1)),
    "hilbert8": mat(hilbert),
    "hilbert8_inverse": mat(scipy.linalg.invhilbert(8, exact=True).astype(float)),
    "hilbert8_condition": float(np.linalg.cond(hilbert)),
    "hilbert8_log_determinant": float(np.linalg.slogdet(hilbert)[1]),
    "not_pd": mat(N), "not_pd_order": first_failing,
    "not_pd_last": mat(N5), "not_pd_last_order": first_failing_last,
}

# --- general solve (LU) -----------------------------------------------------------------------
L = rng.standard_normal((7, 7))
bl = rng.standard_normal(7)
Bl = rng.standard_normal((7, 3))
fixture["solve"] = {
    "A": mat(L), "b": vec(bl), "x": vec(np.linalg.solve(L, bl)),
    "B": mat(Bl), "X": mat(np.linalg.solve(L, Bl)),
    "condition": float(np.linalg.cond(L)),
}

# --- least squares (vs numpy.linalg.lstsq, which uses the SVD: an independent algorithm) ------
Xl = awkward(37, 11)
yl = Xl @ rng.standard_normal(11) + rng.standard_normal(37)
t = np.linspace(0, 1, 40)
V = np.vander(t, 11, increasing=True)  # ill-conditioned polynomial design
yv = np.cos(3 * t)
fixture["least_squares"] = {
    "A": mat(Xl), "b": vec(yl), "x": vec(np.linalg.lstsq(Xl, yl, rcond=None)[0]),
    "condition": float(np.linalg.cond(Xl)),
    "vandermonde": mat(V), "vandermonde_b": vec(yv),
    "vandermonde_x": vec(np.linalg.lstsq(V, yv, rcond=None)[0]),
    "vandermonde_condition": float(np.linalg.cond(V)),
}

# --- pivoted QR: rank and aliased columns -----------------------------------------------------


def dependent_in_order(M):
    """Columns that do not raise the rank of the columns before them (numpy's SVD rank)."""
    out, rank = [], 0
    for j in range(M.shape[1]):
        r = np.linalg.matrix_rank(M[:, : j + 1])
        if r == rank:
            out.append(j)
        rank = r
    return out


D = awkward(37, 11)
D[:, 7] = 2 * D[:, 2] - D[:, 4]
D[:, 9] = D[:, 7] + 0.5 * D[:, 0]
R_d, piv_d = scipy.linalg.qr(D, mode="r", pivoting=True)
F = awkward(37, 11)
R_f, piv_f = scipy.linalg.qr(F, mode="r", pivoting=True)
a, bb = rng.standard_normal(20), rng.standard_normal(20)
E = np.column_stack([a, bb, 10 * a])  # the later, larger copy is the aliased one
R_e, piv_e = scipy.linalg.qr(E, mode="r", pivoting=True)
fixture["pivoted_qr"] = {
    "deficient": mat(D), "deficient_rank": int(np.linalg.matrix_rank(D)),
    "deficient_dependent": dependent_in_order(D),
    "deficient_abs_diagonal": vec(np.abs(np.diag(R_d))),
    "deficient_permutation": [int(p) for p in piv_d],
    "full": mat(F), "full_rank": int(np.linalg.matrix_rank(F)),
    "full_abs_diagonal": vec(np.abs(np.diag(R_f))),
    "full_permutation": [int(p) for p in piv_f],
    "scaled_copy": mat(E), "scaled_copy_dependent": dependent_in_order(E),
    "scaled_copy_permutation": [int(p) for p in piv_e],
}

# --- symmetric eigenvalues ---------------------------------------------------------------------
H = rng.standard_normal((9, 9))
H = (H + H.T) / 2
fixture["eigen"] = {
    "A": mat(H), "values": vec(np.linalg.eigvalsh(H)),
    "condition": float(np.linalg.cond(H)),
    "spd": mat(S), "spd_values": vec(np.linalg.eigvalsh(S)),
    "hilbert8_values": vec(np.linalg.eigvalsh(hilbert)),
}

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "linear_algebra.json")
with open(path, "w") as f:
    json.dump(fixture, f, indent=1)
    f.write("\n")
print("wrote", path)
