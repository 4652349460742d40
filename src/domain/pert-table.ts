import { betaCdf, betaInv, logBeta } from "./beta";
import { Scratch } from "./scratch";

/*
 * The beta inverse of a PERT distribution as a table, for the simulation's inner loop: u (a probability)
 * -> x (a fraction of the range's span), for shapes a, b > 1, with no solver per draw.
 *
 * The body, u in [TAIL_SPLIT, 1 - TAIL_SPLIT], interpolates x(u) with quintic Hermite polynomials
 * whose nodes carry x, dx/du = 1/pdf and d2x/du2 = -pdf'/pdf^3, all exact (from I_x and the density),
 * at x spaced as Chebyshev points, closer together towards the tails where x(u) bends most. Each tail
 * interpolates x as a function of t = u^(1/a) (the upper tail: of (1 - u)^(1/b), with the shapes
 * swapped, for 1 - x), because near 0
 *   I_x(a, b) = x^a / (a B(a, b)) (1 + a (1 - b) / (a + 1) x + ...)   (Abramowitz and Stegun 26.5.4, 15.1.1),
 * so x(u) ~ (a B u)^(1/a) has unbounded derivatives in u while x(t) is smooth, with x(0) = 0,
 * x'(0) = (a B)^(1/a) and x''(0) = 2 (b - 1) / (a + 1) x'(0)^2.
 * Quintic Hermite's error on an interval of width h is at most h^6 max|x^(6)| / 46080 (Burden and
 * Faires, Numerical Analysis, 3.4); with the node counts below, the largest error measured against
 * betaInv over PERT shapes (alpha in (1, 5), alpha + beta = 6) is 6e-11, a sixteenth of the stated 1e-9.
 *
 * Each node costs one evaluation of I_x. A guide table (Chen and Asau, 1974) finds a draw's interval
 * in constant time: GUIDE cells of equal width per interval, each holding the interval where it
 * starts, so the search is at most a step or two. 99 draws in 100 fall in the body and need no exp
 * or log. A table holds about 2,500 numbers (20 KB) and takes about 60 microseconds to build.
 */

const TAIL_SPLIT = 0.005;
const UPPER_SPLIT = 1 - TAIL_SPLIT;
const TAIL_INTERVALS = 8;
const BODY_INTERVALS = 140;
const GUIDE = 8;
/** Numbers kept per interval: its first v, 1/h, then c0 .. c5 of c0 + c1 w + ... + c5 w^5, w = (v - v_j) / h. */
const STRIDE = 8;

/**
 * One piecewise polynomial: `intervals` (see STRIDE) and the guide's cells; `scale` holds the first v
 * and the cells per unit of v. Numbers live in arrays, not fields: V8 gives a record a new hidden
 * class when a number field holds a small integer (the tail's first v, 0) in one table and a fraction
 * in the next, and the loop reading both would lose its optimised code.
 */
interface Piece {
  readonly intervals: readonly number[];
  readonly guide: readonly number[];
  readonly scale: readonly number[];
}

/** A prepared beta inverse: the body, the two tails, and the tails' exponents 1/a and 1/b. */
export interface BetaTable {
  readonly body: Piece;
  readonly lower: Piece;
  readonly upper: Piece;
  readonly exponents: readonly number[];
}

/** t = u^(1/a), a tail's smooth variable (exp and log: a third of the time of Math.pow in V8). */
const tailVariable = (u: number, invA: number): number => Math.exp(Math.log(u) * invA);

/** x for u, both fractions in [0, 1], from a prepared table: the simulation's inner step. */
export function betaTableAt({ body, lower, upper, exponents }: BetaTable, u: number): number {
  if (u >= TAIL_SPLIT && u <= UPPER_SPLIT) return evaluate(body, u);
  return u < TAIL_SPLIT ? evaluate(lower, tailVariable(u, exponents[0] ?? 1)) : 1 - evaluate(upper, tailVariable(1 - u, exponents[1] ?? 1));
}

/**
 * Adds scale x (min + span x BETA.INV(uniforms[i])) to totals[i] for every trial i: the simulation's
 * inner loop, here beside evaluate so that it is inlined (see hdrFill). Returns the sum of what it added
 * (the portfolio simulation's line mean, without another pass). Overwrites `uniforms` (a caller's scratch).
 *
 * Three loops, each without a call or a branch taken at random inside: one evaluates the body at every
 * uniform clamped to it, writing x over the uniform and listing the few that lie in a tail; one mends
 * those from the tails' pieces; one adds the terms. With the tails' call in the first loop, V8 kept
 * it in a slower form: the three take about 15% less time than one loop did.
 */
export function addTableDraws(totals: Float64Array, uniforms: Float64Array, table: BetaTable, min: number, span: number, scale: number): number {
  const n = totals.length;
  const tails = { at: tailsAt.atLeast(n), u: tailsU.atLeast(n) };
  const { intervals: c, guide, scale: first } = table.body;
  const start = first[0] ?? 0;
  const cells = first[1] ?? 0;
  let tailCount = 0;
  for (let i = 0; i < n; i++) {
    const u = uniforms[i] ?? 0.5;
    const v = Math.min(UPPER_SPLIT, Math.max(TAIL_SPLIT, u));
    tails.at[tailCount] = i;
    tails.u[tailCount] = u;
    tailCount += u === v ? 0 : 1;
    let k = guide[Math.floor((v - start) * cells)] ?? 0;
    while (v >= (c[k + STRIDE] ?? Number.POSITIVE_INFINITY)) k += STRIDE;
    const w = (v - (c[k] ?? 0)) * (c[k + 1] ?? 0);
    const w2 = w * w;
    uniforms[i] = (c[k + 2] ?? 0) + (c[k + 3] ?? 0) * w + w2 * ((c[k + 4] ?? 0) + (c[k + 5] ?? 0) * w + w2 * ((c[k + 6] ?? 0) + (c[k + 7] ?? 0) * w));
  }
  for (let j = 0; j < tailCount; j++) uniforms[tails.at[j] ?? 0] = betaTableAt(table, tails.u[j] ?? 0.5);
  let added = 0;
  for (let i = 0; i < n; i++) {
    const term = scale * (min + span * (uniforms[i] ?? 0));
    totals[i] = (totals[i] ?? 0) + term;
    added += term;
  }
  return added;
}

/** Where the tails' uniforms sit (at) and what they are (u), kept up to 100,000 trials as draws.ts keeps its uniforms. */
const tailsAt = new Scratch((n) => new Int32Array(n), 100_000);
const tailsU = new Scratch((n) => new Float64Array(n), 100_000);

/**
 * The piece at v, within its range: the guide's interval, at most a step or two on (the last interval
 * is followed by a sentinel start of +Infinity), then the polynomial by Estrin's scheme, which has
 * shorter chains of dependent multiplications than Horner's.
 */
function evaluate({ intervals: c, guide, scale }: Piece, v: number): number {
  let k = guide[Math.floor((v - (scale[0] ?? 0)) * (scale[1] ?? 0))] ?? 0;
  while (v >= (c[k + STRIDE] ?? Number.POSITIVE_INFINITY)) k += STRIDE;
  const w = (v - (c[k] ?? 0)) * (c[k + 1] ?? 0);
  const w2 = w * w;
  return (c[k + 2] ?? 0) + (c[k + 3] ?? 0) * w + w2 * ((c[k + 4] ?? 0) + (c[k + 5] ?? 0) * w + w2 * ((c[k + 6] ?? 0) + (c[k + 7] ?? 0) * w));
}

/** The inverse's table for shapes a, b > 1: 99 nodes, one evaluation of I_x for each inside node (betaInv at the two splits). */
export function betaTable(a: number, b: number): BetaTable {
  const lower = tailPiece(a, b);
  const upper = tailPiece(b, a);
  const shape = new Shape(a, b);
  const from = lower.split;
  const to = 1 - upper.split;
  const nodes: Node[] = [];
  for (let j = 0; j <= BODY_INTERVALS; j++) {
    const x = j === 0 ? from : j === BODY_INTERVALS ? to : from + ((to - from) * (1 - Math.cos((Math.PI * j) / BODY_INTERVALS))) / 2;
    const u = j === 0 ? TAIL_SPLIT : j === BODY_INTERVALS ? UPPER_SPLIT : shape.cdf(x);
    nodes.push(shape.node(x, u));
  }
  return { body: piece(nodes), lower: lower.piece, upper: upper.piece, exponents: [1 / a, 1 / b] };
}

/** The lower tail, u < TAIL_SPLIT, as x(t) with t = u^(1/a), nodes equally spaced in x; and x at the split. */
function tailPiece(a: number, b: number): { piece: Piece; split: number } {
  const shape = new Shape(a, b);
  const split = betaInv(TAIL_SPLIT, a, b);
  const invA = 1 / a;
  const slope0 = Math.exp((Math.log(a) + shape.logB) * invA);
  const nodes: Node[] = [[0, 0, slope0, (2 * (b - 1) * slope0 * slope0) / (a + 1)]];
  for (let j = 1; j <= TAIL_INTERVALS; j++) {
    const x = j === TAIL_INTERVALS ? split : (split * j) / TAIL_INTERVALS;
    const u = j === TAIL_INTERVALS ? TAIL_SPLIT : shape.cdf(x);
    const t = tailVariable(u, invA);
    const [, , du, du2] = shape.node(x, u);
    const dt = (a * u) / t; // du/dt for u = t^a
    nodes.push([t, x, du * dt, du2 * dt * dt + (du * (a - 1) * dt) / t]);
  }
  return { piece: piece(nodes), split };
}

/** v, then x, dx/dv and d2x/dv2 at v. */
type Node = readonly [number, number, number, number];

/** The power forms of the quintic Hermite interpolant between neighbouring nodes (Burden and Faires, 3.4), and the guide. */
function piece(nodes: readonly Node[]): Piece {
  const intervals: number[] = [];
  for (let j = 0; j + 1 < nodes.length; j++) {
    const [v0, x0, d0, e0] = nodes[j] ?? [0, 0, 0, 0];
    const [v1, x1, d1, e1] = nodes[j + 1] ?? [0, 0, 0, 0];
    const h = v1 - v0;
    const rise = x1 - x0;
    const s0 = d0 * h;
    const s1 = d1 * h;
    const c0 = e0 * h * h;
    const c1 = e1 * h * h;
    intervals.push(
      v0,
      1 / h,
      x0,
      s0,
      0.5 * c0,
      10 * rise - 6 * s0 - 4 * s1 - 1.5 * c0 + 0.5 * c1,
      -15 * rise + 8 * s0 + 7 * s1 + 1.5 * c0 - c1,
      6 * rise - 3 * s0 - 3 * s1 - 0.5 * c0 + 0.5 * c1,
    );
  }
  intervals.push(Number.POSITIVE_INFINITY); // the sentinel that ends evaluate's step
  const first = nodes[0]?.[0] ?? 0;
  const count = nodes.length - 1;
  const cellsPerUnit = (GUIDE * count) / ((nodes[count]?.[0] ?? 0) - first);
  const guide: number[] = [];
  // One cell more than GUIDE x count: v at the end of the range lands in it; evaluate needs no clamp.
  for (let cell = 0, j = 0; cell <= GUIDE * count; cell++) {
    const start = first + cell / cellsPerUnit;
    while (j < count - 1 && (nodes[j + 1]?.[0] ?? 0) <= start) j++;
    guide.push(j * STRIDE);
  }
  return { intervals, guide, scale: [first, cellsPerUnit] };
}

/** The beta distribution's CDF and density for one pair of shapes. */
class Shape {
  readonly logB: number;
  readonly cdf: (x: number) => number;

  constructor(
    private readonly a: number,
    private readonly b: number,
  ) {
    this.logB = logBeta(a, b);
    this.cdf = betaCdf(a, b);
  }

  /** The body's node at x, where I_x = u: u, x, dx/du = 1/pdf and d2x/du2 = -(pdf'/pdf)/pdf^2. */
  node(x: number, u: number): Node {
    const { a, b } = this;
    const first = Math.exp(this.logB - (a - 1) * Math.log(x) - (b - 1) * Math.log1p(-x));
    return [u, x, first, -((a - 1) / x - (b - 1) / (1 - x)) * first * first];
  }
}
