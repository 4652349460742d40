import fc from "fast-check";
import { hdrStream, hdrUniform, type HdrKey } from "../../src/domain/hdr";

/**
 * The HDR 2.0 formula transcribed literally in BigInt, where every product and mod is exact by
 * construction: the independent reference for the double-precision implementation.
 */
function hdrReference(counter: number, { entity, varId, seed3, seed4 }: HdrKey): number {
  const n = (value: number): bigint => BigInt(value);
  const s1 = (n(counter) * 2499997n + n(varId) * 1800451n + n(entity) * 2000371n + n(seed3) * 1796777n + n(seed4) * 2299603n) % 7450589n;
  const s2 = (n(counter) * 2246527n + n(varId) * 2399993n + n(entity) * 2100869n + n(seed3) * 1918303n + n(seed4) * 1624729n) % 7450987n;
  const t1 = ((999999999999989n % (s1 * 4658n + 7450581n)) * 383n) % 99991n;
  const t2 = ((999999999999989n % (s2 * 7580n + 7560584n)) * 17669n) % 7440893n;
  const k = ((t1 * 7440893n + t2) * 1343n) % 4294967296n;
  return (Number(k) + 0.5) / 4294967296; // k < 2^32: the conversion and the division are exact
}

describe("HDR 2.0 uniforms", () => {
  test("check values for entity 10, varId 2, seeds 3 and 4, to the last digit", () => {
    const key = { entity: 10, varId: 2, seed3: 3, seed4: 4 };
    expect(hdrUniform(1, key)).toBe(0.18532938009593636);
    expect(hdrUniform(2, key)).toBe(0.9937039703363553);
    expect(hdrUniform(3, key)).toBe(0.09836426738183945);
    // The exact BigInt transcription of the formula agrees, digit for digit.
    expect([1, 2, 3].map((counter) => hdrReference(counter, key))).toEqual([0.18532938009593636, 0.9937039703363553, 0.09836426738183945]);
  });

  test("equals the exact BigInt formula for any whole inputs, including seeds past 2^53", () => {
    const whole = fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }));
    const huge = fc.integer({ min: 0, max: 1000 }).map((k) => 2 ** 60 + k * 2 ** 9); // whole doubles beyond 2^53
    const key = fc.record({ entity: fc.oneof(whole, huge), varId: whole, seed3: whole, seed4: whole });
    const counter = fc.oneof(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }));
    fc.assert(fc.property(counter, key, (c, k) => hdrUniform(c, k) === hdrReference(c, k)), { numRuns: 2000 });
  });

  test("a stream gives the same uniforms as one-off calls, strictly between 0 and 1", () => {
    const key = { entity: 1, varId: 7, seed3: 0, seed4: 0 };
    const stream = hdrStream(key);
    for (let counter = 1; counter <= 2000; counter++) {
      const u = stream(counter);
      expect(u).toBe(hdrReference(counter, key));
      expect(u > 0 && u < 1).toBe(true);
    }
  });

  test("uniforms look uniform: mean 1/2 and variance 1/12 over 100,000 draws", () => {
    // For n uniforms the mean has standard deviation sqrt(1/12/n) = 0.00091; 5 of them is 0.0046.
    const stream = hdrStream({ entity: 1, varId: 1, seed3: 0, seed4: 0 });
    const n = 100_000;
    let sum = 0;
    let sumSquares = 0;
    for (let counter = 1; counter <= n; counter++) {
      const u = stream(counter);
      sum += u;
      sumSquares += u * u;
    }
    const mean = sum / n;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.0046);
    expect(Math.abs(sumSquares / n - mean * mean - 1 / 12)).toBeLessThan(0.002);
  });
});
