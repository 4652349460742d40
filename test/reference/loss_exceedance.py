"""Independent reference for test/domain/loss-exposure.test.ts.

Two contracts' annual losses (Open FAIR: events a year x loss per event), without and with the
intervention, summed per trial; HDR 2.0 in exact integers with seed3 = 1, FNV-1a 32 written out, PERT
(lambda 4) by scipy.stats.beta.ppf. Run: python3 test/reference/loss_exceedance.py
"""
import numpy as np
from scipy.stats import beta
from portfolio_simulation import hdr, fnv1a32, pert_ppf

ROWS = [  # id, frequency without, impact without, frequency with, impact with (None: as without)
    ("VC-0004", (0.5, 1, 3), (50_000, 120_000, 400_000), (0.1, 0.3, 1), None),
    ("VC-0009", (2, 4, 8), (5_000, 10_000, 30_000), (1, 2, 4), (5_000, 8_000, 20_000)),
]
TRIALS, SEED = 1000, 3
without = np.zeros(TRIALS)
with_it = np.zeros(TRIALS)
for cid, fw, iw, fi, ii in ROWS:
    base = 16 * fnv1a32(cid.strip().lower())
    ii = ii or iw
    for t in range(TRIALS):
        uf = hdr(t + 1, base + 1, SEED, 1)
        ui = hdr(t + 1, base + 2, SEED, 1)
        without[t] += pert_ppf(*fw, uf) * pert_ppf(*iw, ui)
        with_it[t] += pert_ppf(*fi, uf) * pert_ppf(*ii, ui)
print("mean without", repr(float(without.mean())), "mean with", repr(float(with_it.mean())))
for threshold in (0, 100_000, 250_000, 500_000, 1_000_000):
    print(threshold, repr(float(np.mean(without > threshold))), repr(float(np.mean(with_it > threshold))))
print("max", repr(float(max(without.max(), with_it.max()))))
