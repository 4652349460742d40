/**
 * The standard normal distribution, to full double precision. Option value needs it in the tails too
 * (a far out-of-the-money option is a difference of two small probabilities), so a 4-digit textbook
 * approximation will not do.
 *
 * Method: W. J. Cody, "Algorithm 715: SPECFUN", ACM Transactions on Mathematical Software 19 (1993),
 * function ANORM: rational Chebyshev approximations on three intervals of |x|, with maximum relative
 * error near 1e-16 in both tails. The coefficients below are Cody's published ones.
 */

/** |x| up to which the central approximation is used (Cody's THRSH, where the CDF is about 0.75). */
const CENTRAL_LIMIT = 0.66291;
/** |x| up to which the intermediate approximation is used: sqrt(32). */
const INTERMEDIATE_LIMIT = Math.sqrt(32);
/** Beyond this |x| the tail probability is below the smallest double: the CDF is exactly 0 or 1. */
const UNDERFLOW_LIMIT = 38.5;
const ONE_OVER_SQRT_TWO_PI = 0.3989422804014327;

const A = [2.2352520354606839287, 161.02823106855587881, 1067.6894854603709582, 18154.981253343561249, 0.065682337918207449113];
const B = [47.20258190468824187, 976.09855173777669322, 10260.932208618978205, 45507.789335026729956];
const C = [
  0.39894151208813466764, 8.8831497943883759412, 93.506656132177855979, 597.27027639480026226, 2494.5375852903726711,
  6848.1904505362823326, 11602.651437647350124, 9842.7148383839780218, 1.0765576773720192317e-8,
];
const D = [
  22.266688044328115691, 235.38790178262499861, 1519.377599407554805, 6485.558298266760755, 18615.571640885098091,
  34900.952721145977266, 38912.003286093271411, 19685.429676859990727,
];
const P = [0.21589853405795699, 0.1274011611602473639, 0.022235277870649807, 0.001421619193227893466, 2.9112874951168792e-5, 0.02307344176494017303];
const Q = [1.28426009614491121, 0.468238212480865118, 0.0659881378689285515, 0.00378239633202758244, 7.29751555083966205e-5];

/** Coefficient i of a table; the tables above are fixed, so a missing entry is a bug. */
function at(table: readonly number[], i: number): number {
  const value = table[i];
  if (value === undefined) throw new Error(`normal.ts: coefficient ${i} missing`);
  return value;
}

/** exp(-y^2 / 2) without the rounding error of squaring y: y is split into a 1/16-exact part and a rest. */
function gaussianFactor(y: number): number {
  const head = Math.trunc(y * 16) / 16;
  const rest = (y - head) * (y + head);
  return Math.exp(-head * head * 0.5) * Math.exp(-rest * 0.5);
}

/** P(Z > y) for y > CENTRAL_LIMIT: the upper tail, accurate relative to its own (small) size. */
function upperTail(y: number): number {
  if (y > UNDERFLOW_LIMIT) return 0;
  if (y <= INTERMEDIATE_LIMIT) {
    let num = at(C, 8) * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + at(C, i)) * y;
      den = (den + at(D, i)) * y;
    }
    return gaussianFactor(y) * ((num + at(C, 7)) / (den + at(D, 7)));
  }
  const inverseSquare = 1 / (y * y);
  let num = at(P, 5) * inverseSquare;
  let den = inverseSquare;
  for (let i = 0; i < 4; i++) {
    num = (num + at(P, i)) * inverseSquare;
    den = (den + at(Q, i)) * inverseSquare;
  }
  const correction = (inverseSquare * (num + at(P, 4))) / (den + at(Q, 4));
  return gaussianFactor(y) * ((ONE_OVER_SQRT_TWO_PI - correction) / y);
}

/**
 * Standard normal cumulative distribution function N(x) = P(Z <= x), a probability in [0, 1].
 * Relative error about 1e-16 for every x, including N(-37) = 5.7e-300. NaN in, NaN out.
 */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  const y = Math.abs(x);
  if (y <= CENTRAL_LIMIT) {
    const square = x * x;
    let num = at(A, 4) * square;
    let den = square;
    for (let i = 0; i < 3; i++) {
      num = (num + at(A, i)) * square;
      den = (den + at(B, i)) * square;
    }
    return 0.5 + (x * (num + at(A, 3))) / (den + at(B, 3));
  }
  const tail = upperTail(y);
  return x > 0 ? 1 - tail : tail;
}

/** Standard normal density phi(x) = exp(-x^2 / 2) / sqrt(2 pi), per unit of x. */
export function normalPdf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  const y = Math.abs(x);
  return y > UNDERFLOW_LIMIT ? 0 : ONE_OVER_SQRT_TWO_PI * gaussianFactor(y);
}
