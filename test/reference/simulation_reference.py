"""Golden figures for VALUERANGE, PORTFOLIORANGE, SENSITIVITY and LOSSEXCEEDANCE, computed independently
of the TypeScript: for test/domain/simulation-golden.test.ts.

- Random numbers: the SIPmath HDR 2.0 formula (ProbabilityManagement.org) written out in integers
  (numpy int64: every intermediate stays below 2^63), entity = seed, seed3 = seed4 = 0, counter = trial.
- PERT(min, likely, max), lambda 4: min + (max - min) x scipy.stats.beta.ppf(u, alpha, beta).
- Percentiles: numpy.percentile(method="linear"), which is Excel's PERCENTILE.INC.
- VALUERANGE: component j (1..9, REALISEDVALUE's order) from varId j; benefits 1-5 added, costs 6-9
  subtracted. PORTFOLIORANGE: row i, component j from varId 9 (i - 1) + j. SENSITIVITY: the mean of the
  trials with component j replaced by its own P10 (then P90), beta.ppf(0.1) and (0.9).
  LOSSEXCEEDANCE: loss = frequency (varId 1) x impact (varId 2); the share of trials strictly above
  each threshold.
Each probability comes with `margin`, the least distance of any trial from 0 or the threshold: when it
exceeds the TypeScript's stated error (1e-9 of each span, summed), the probabilities must agree exactly.

Run: python3 test/reference/simulation_reference.py > test/reference/simulation-golden.json (scipy 1.17).
"""
import json

import numpy as np
import scipy
from scipy.stats import beta

SIGNS = [1, 1, 1, 1, 1, -1, -1, -1, -1]


def hdr(counters, var_id, entity):
    c = np.asarray(counters, dtype=np.int64)
    s1 = (c * 2499997 + var_id * 1800451 + entity * 2000371) % 7450589
    s2 = (c * 2246527 + var_id * 2399993 + entity * 2100869) % 7450987
    t1 = ((999999999999989 % (s1 * 4658 + 7450581)) * 383) % 99991
    t2 = ((999999999999989 % (s2 * 7580 + 7560584)) * 17669) % 7440893
    return (((t1 * 7440893 + t2) * 1343) % 4294967296 + 0.5) / 4294967296


def shapes(low, likely, high):
    return 1 + 4 * (likely - low) / (high - low), 1 + 4 * (high - likely) / (high - low)


def pert(u, low, likely, high):
    if low == high:
        return np.full_like(u, low)
    a, b = shapes(low, likely, high)
    return low + (high - low) * beta.ppf(u, a, b)


def pert_percentile(p, low, likely, high):
    if low == high:
        return low
    a, b = shapes(low, likely, high)
    return low + (high - low) * float(beta.ppf(p, a, b))


def components(rows, trials, seed):
    """draws[i][j]: contract i's component j in every trial."""
    counters = np.arange(1, trials + 1)
    return [[pert(hdr(counters, 9 * i + j + 1, seed), row[0][j], row[1][j], row[2][j]) for j in range(9)] for i, row in enumerate(rows)]


def summary(totals):
    p10, p50, p90 = np.percentile(totals, [10, 50, 90], method="linear")
    return {"mean": float(np.mean(totals)), "p10": float(p10), "p50": float(p50), "p90": float(p90),
            "probabilityBelowZero": float(np.mean(totals < 0)), "margin": float(np.min(np.abs(totals)))}


def portfolio(rows, trials, seed):
    draws = components(rows, trials, seed)
    totals = sum(SIGNS[j] * draws[i][j] for i in range(len(rows)) for j in range(9))
    return summary(totals)


def sensitivity(row, trials, seed):
    draws = components([row], trials, seed)[0]
    out = []
    for j in range(9):
        others = sum(SIGNS[k] * draws[k] for k in range(9) if k != j)
        held = [pert_percentile(p, row[0][j], row[1][j], row[2][j]) for p in (0.1, 0.9)]
        out.append([float(np.mean(others + SIGNS[j] * h)) for h in held])
    return out


def exceedance(frequency, impact, thresholds, trials, seed):
    counters = np.arange(1, trials + 1)
    loss = pert(hdr(counters, 1, seed), *frequency) * pert(hdr(counters, 2, seed), *impact)
    return {"probabilities": [float(np.mean(loss > t)) for t in thresholds],
            "margin": float(min(np.min(np.abs(loss - t)) for t in thresholds))}


# The bench's contract: all nine components uncertain, likely at different points of each range.
BENCH = ([400000, 50000, 20000, 5000, 1000, 150000, 20000, 2000, 1000],
         [600000, 80000, 40000, 10000, 20000, 200000, 40000, 10000, 3000],
         [900000, 100000, 80000, 30000, 25000, 320000, 90000, 40000, 12000])
# A contract that loses money in some trials: two certain components, likely at an end of two ranges.
MARGINAL = ([100000, 0, 5000, 0, 0, 60000, 10000, 0, 0],
            [150000, 0, 5000, 0, 0, 90000, 10000, 5000, 0],
            [300000, 0, 5000, 20000, 0, 200000, 40000, 5000, 8000])
SMALL = ([1000, 200, 0, 0, 0, 900, 0, 0, 0], [2000, 300, 0, 0, 0, 1500, 0, 0, 0], [2500, 900, 0, 0, 0, 4000, 0, 0, 0])

THRESHOLDS = [0, 25000, 50000, 100000, 200000, 400000, 600000]
golden = {
    "scipy": scipy.__version__,
    "valueRange": {"rows": [BENCH], "trials": 2000, "seed": 7, "expected": portfolio([BENCH], 2000, 7)},
    "valueRangeMarginal": {"rows": [MARGINAL], "trials": 3000, "seed": 2, "expected": portfolio([MARGINAL], 3000, 2)},
    "portfolioRange": {"rows": [BENCH, MARGINAL, SMALL], "trials": 2000, "seed": 11, "expected": portfolio([BENCH, MARGINAL, SMALL], 2000, 11)},
    "sensitivity": {"rows": [MARGINAL], "trials": 2000, "seed": 5, "expected": sensitivity(MARGINAL, 2000, 5)},
    "lossExceedance": {"frequency": [0.2, 0.5, 1.5], "impact": [50000, 120000, 400000], "thresholds": THRESHOLDS, "trials": 5000, "seed": 3,
                       "expected": exceedance((0.2, 0.5, 1.5), (50000, 120000, 400000), THRESHOLDS, 5000, 3)},
}
print(json.dumps(golden, indent=1))
