"""Independent reference for test/domain/portfolio-simulation.test.ts.

Recomputes the portfolio simulation from its published definition, sharing no code with AIVM:
HDR 2.0 in Python's exact integers (ProbabilityManagement.org), FNV-1a 32-bit written out, PERT
(lambda 4) as scipy.stats.beta.ppf scaled to [low, high], PERCENTILE.INC as numpy's 'linear'
percentile. Run: python3 test/reference/portfolio_simulation.py
"""
import numpy as np
from scipy.stats import beta

LINES = ["Incremental revenue", "Protected earnings", "Capacity value", "Avoided loss", "Option value",
         "Technology cost", "Data cost", "Integration cost", "Change cost", "Governance cost",
         "Workforce transition cost", "Quality control cost", "Operating cost", "Friction", "Risk failures",
         "Cannibalisation"]

def hdr(counter, var_id, entity, seed3=0, seed4=0):
    s1 = (counter * 2499997 + var_id * 1800451 + entity * 2000371 + seed3 * 1796777 + seed4 * 2299603) % 7450589
    s2 = (counter * 2246527 + var_id * 2399993 + entity * 2100869 + seed3 * 1918303 + seed4 * 1624729) % 7450987
    t1 = ((999999999999989 % (s1 * 4658 + 7450581)) * 383) % 99991
    t2 = ((999999999999989 % (s2 * 7580 + 7560584)) * 17669) % 7440893
    return ((((t1 * 7440893 + t2) * 1343) % 4294967296) + 0.5) / 4294967296

def fnv1a32(text):
    h = 2166136261
    for byte in text.encode("utf-8"):
        h = ((h ^ byte) * 16777619) % 2**32
    return h

def var_id(contract_id, line):
    return 16 * fnv1a32(contract_id.strip().lower()) + LINES.index(line) + 1

def pert_ppf(low, likely, high, u):
    if low == high:
        return low
    a = 1 + 4 * (likely - low) / (high - low)
    b = 1 + 4 * (high - likely) / (high - low)
    return low + (high - low) * beta.ppf(u, a, b)

def scale(line, margin):
    if LINES.index(line) >= 5:
        return -1.0
    return margin if line == "Incremental revenue" else 1.0

# id, margin, [(line, plan, (low, likely, high) or None)]
PORTFOLIO = [
    ("VC-0001", 0.4, [("Incremental revenue", 500000, (200000, 450000, 900000)),
                      ("Technology cost", 80000, (60000, 80000, 150000)),
                      ("Change cost", 40000, None)]),
    ("VC-0002", None, [("Capacity value", 120000, (0, 100000, 200000)),
                       ("Operating cost", 90000, (50000, 90000, 140000))]),
    ("VC-0003", 0.3, [("Avoided loss", 60000, None), ("Friction", 10000, None)]),
]
def main():
    TRIALS, SEED = 1000, 7

    def summary(x):
        return [float(np.mean(x)), *[float(np.percentile(x, q, method="linear")) for q in (10, 50, 90)], float(np.mean(x < 0))]

    total = np.zeros(TRIALS)
    for cid, margin, lines in PORTFOLIO:
        c = np.zeros(TRIALS)
        for line, plan, rng in lines:
            s = scale(line, margin or 0.0)
            if rng is None:
                c += s * plan
            else:
                vid = var_id(cid, line)
                u = np.array([hdr(i, vid, SEED) for i in range(1, TRIALS + 1)])
                c += s * np.array([pert_ppf(*rng, x) for x in u])
        total += c
        print(cid, [repr(v) for v in summary(c)])
    print("portfolio", [repr(v) for v in summary(total)])
    print("fnv1a32('vc-0001')", fnv1a32("vc-0001"), "varId", var_id("VC-0001", "Technology cost"))


if __name__ == "__main__":
    main()
