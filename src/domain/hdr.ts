/**
 * The SIPmath HDR 2.0 random number generator (ProbabilityManagement.org, Douglas Hubbard). Pinned so
 * that an auditor gets the same uniforms from the same inputs in any tool: the formula is plain
 * integer arithmetic that Excel, Python and JavaScript all compute exactly.
 *
 *   s1 = (counter*2499997 + varId*1800451 + entity*2000371 + seed3*1796777 + seed4*2299603) mod 7450589
 *   s2 = (counter*2246527 + varId*2399993 + entity*2100869 + seed3*1918303 + seed4*1624729) mod 7450987
 *   t1 = ((999999999999989 mod (s1*4658 + 7450581)) * 383) mod 99991
 *   t2 = ((999999999999989 mod (s2*7580 + 7560584)) * 17669) mod 7440893
 *   u  = ((((t1*7440893 + t2) * 1343) mod 4294967296) + 0.5) / 4294967296
 *
 * Exact in doubles: every intermediate below stays under 2^53 (the largest, (t1*7440893 + t2)*1343,
 * is under 1.0e15), and the first two sums are reduced term by term, which gives the same integer
 * as the formula for any whole inputs, however large the seed.
 */

const M1 = 7450589;
const M2 = 7450987;
const BIG = 999999999999989;
const TWO_32 = 4294967296;

/** Which stream of uniforms: the quantity (varId), the model (entity) and two further seeds, all whole numbers >= 0. */
export interface HdrKey {
  readonly entity: number;
  readonly varId: number;
  readonly seed3: number;
  readonly seed4: number;
}

/**
 * a mod m for whole 0 <= a < 2^53 and 0 < m < 2^32, exactly, without the slow floating-point `%`:
 * the quotient from a / m can be one off only when a is within rounding of a multiple of m, and the
 * product q * m and the difference are exact, so one correction either way settles it.
 */
function mod(a: number, m: number): number {
  const r = a - Math.floor(a / m) * m;
  return r < 0 ? r + m : r >= m ? r - m : r;
}

/** (a * c) mod m for any whole a >= 0 (the built-in `%` is exact even past 2^53) and c * m < 2^53: exact. */
const mulMod = (a: number, c: number, m: number): number => mod((a % m) * c, m);

/** The constant part of s1 and s2 for one key, reduced modulo M1 and M2: what hdrAt needs besides the counter. */
export function hdrBases(key: HdrKey): readonly [number, number] {
  const base1 =
    mod(mulMod(key.varId, 1800451, M1) + mulMod(key.entity, 2000371, M1) + mulMod(key.seed3, 1796777, M1) + mulMod(key.seed4, 2299603, M1), M1);
  const base2 =
    mod(mulMod(key.varId, 2399993, M2) + mulMod(key.entity, 2100869, M2) + mulMod(key.seed3, 1918303, M2) + mulMod(key.seed4, 1624729, M2), M2);
  return [base1, base2];
}

/** The uniform from the reduced s1 and s2: a fraction strictly between 0 and 1 (never 0 or 1). */
function finish(s1: number, s2: number): number {
  const t1 = mod(mod(BIG, s1 * 4658 + 7450581) * 383, 99991);
  const t2 = mod(mod(BIG, s2 * 7580 + 7560584) * 17669, 7440893);
  return (mod((t1 * 7440893 + t2) * 1343, TWO_32) + 0.5) / TWO_32;
}

/**
 * The uniform, a fraction in (0, 1), for trial `counter` (whole, >= 1) of the stream whose hdrBases
 * are base1 and base2: a plain function, so that a loop over many streams inlines it (a call through
 * a different closure per stream cannot be inlined).
 */
export function hdrAt(base1: number, base2: number, counter: number): number {
  // Up to a billion, counter * 2499997 + base1 < 2.6e15 needs no reduction before the sum.
  return counter <= 1e9
    ? finish(mod(counter * 2499997 + base1, M1), mod(counter * 2246527 + base2, M2))
    : finish(mod(mulMod(counter, 2499997, M1) + base1, M1), mod(mulMod(counter, 2246527, M2) + base2, M2));
}

/** The HDR uniform for one trial (counter, a whole number >= 1) of one stream: a fraction in (0, 1). */
export function hdrUniform(counter: number, key: HdrKey): number {
  return hdrStream(key)(counter);
}

/**
 * The uniforms of one stream as a function of the trial counter (whole, >= 1), with the constant
 * part of the sums worked out once.
 */
export function hdrStream(key: HdrKey): (counter: number) => number {
  const [base1, base2] = hdrBases(key);
  return (counter) => hdrAt(base1, base2, counter);
}

/**
 * Fills `out` with one stream's uniforms: out[i] is trial firstCounter + i (counters from 1). The loop
 * lives here, beside hdrAt, so that it is inlined: a call to an imported function inside a hot loop
 * was not, in the CommonJS form the tests and benches run (three times slower).
 */
export function hdrFill(out: Float64Array, key: HdrKey, firstCounter = 1): void {
  const [base1, base2] = hdrBases(key);
  for (let i = 0; i < out.length; i++) out[i] = hdrAt(base1, base2, firstCounter + i);
}
