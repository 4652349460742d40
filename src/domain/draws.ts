import { hdrAt, hdrBases, hdrFill, type HdrKey } from "./hdr";
import { pertInverseTable, pertQuantile, type PertRange } from "./pert";
import { addTableDraws } from "./pert-table";
import { Scratch } from "./scratch";

/**
 * The simulation's inner loop, shared by every simulated figure (VALUERANGE, PORTFOLIORANGE, the
 * portfolio simulation): adds scale x PERT(range) drawn from one HDR stream to each trial's total.
 * totals[i] receives trial firstCounter + i (HDR counters start at 1), so a long run can be cut into
 * chunks that give exactly the figures of one pass. A certain range (min = max) adds the same term
 * to every trial, as a direct sum would. Returns the sum of the terms it added (currency). Two passes, the uniforms and then the draws, each a loop
 * beside the functions it calls, so that V8 inlines them.
 */
export function addPertDraws(totals: Float64Array, range: PertRange, scale: number, key: HdrKey, firstCounter = 1): number {
  if (range.min === range.max) {
    const term = scale * range.min;
    for (let i = 0; i < totals.length; i++) totals[i] = (totals[i] ?? 0) + term;
    return term * totals.length;
  }
  const table = pertInverseTable(range);
  if (table === null) {
    const draw = pertQuantile(range);
    const [base1, base2] = hdrBases(key);
    let added = 0;
    for (let i = 0; i < totals.length; i++) {
      const term = scale * draw(hdrAt(base1, base2, firstCounter + i));
      totals[i] = (totals[i] ?? 0) + term;
      added += term;
    }
    return added;
  }
  const drawn = uniforms.exactly(totals.length);
  hdrFill(drawn, key, firstCounter);
  return addTableDraws(totals, drawn, table, range.min, range.max - range.min, scale);
}

/** The uniforms of one stream, kept up to 100,000 trials (800 KB). */
const uniforms = new Scratch((n) => new Float64Array(n), 100_000);
