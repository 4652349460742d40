"""Reference quantiles of PERT(min, likely, max) from scipy, for test/domain/pert-accuracy.test.ts.

PERT with lambda 4 is min + (max - min) x Beta(alpha, beta) with alpha = 1 + 4 (likely - min) / (max - min)
and beta = 1 + 4 (max - likely) / (max - min); scipy.stats.beta.ppf is Boost's ibeta_inv, accurate to a
few ulps. The shapes are computed with the same double arithmetic as src/domain/pert.ts, so both sides
invert the same distribution.

Run: python3 test/reference/pert_quantiles.py > test/reference/pert-quantiles.json (scipy 1.17).
"""
import json

import scipy
from scipy.stats import beta

HDR_LEAST = 0.5 / 2**32  # the least and greatest uniforms the HDR generator gives
PROBABILITIES = [HDR_LEAST, 1e-9, 1e-6, 1e-4, 1e-3, 0.01, 0.03, 0.049, 0.05, 0.051, 0.1, 0.2, 0.3, 0.4, 0.45,
                 0.4999, 0.5, 0.5001, 0.6, 0.7, 0.8, 0.9, 0.949, 0.95, 0.951, 0.97, 0.99, 0.999, 1 - 1e-6, 1 - HDR_LEAST]
RANGES = [
    (0.0, 1e-9, 4.0), (0.0, 0.004, 4.0), (0.0, 0.2, 4.0), (0.0, 0.5, 4.0), (0.0, 1.0, 4.0), (0.0, 1.2, 4.0),
    (0.0, 2.0, 4.0), (0.0, 2.7, 4.0), (0.0, 3.5, 4.0), (0.0, 3.996, 4.0), (0.0, 4.0 - 1e-9, 4.0),
    (400000.0, 600000.0, 900000.0), (50000.0, 80000.0, 100000.0), (1000.0, 20000.0, 25000.0), (1000.0, 3000.0, 12000.0),
]

cases = []
for low, likely, high in RANGES:
    a = 1 + 4 * (likely - low) / (high - low)
    b = 1 + 4 * (high - likely) / (high - low)
    for p in PROBABILITIES:
        cases.append([low, likely, high, p, low + (high - low) * float(beta.ppf(p, a, b))])
# One case a line: [min, likely, max, u, quantile].
print('{"scipy": "%s", "columns": ["min", "likely", "max", "u", "quantile"], "cases": [' % scipy.__version__)
print(",\n".join(json.dumps(case) for case in cases))
print("]}")
