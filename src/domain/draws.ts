import { hdrStream, type HdrKey } from "./hdr";
import { pertQuantile, type PertRange } from "./pert";

/**
 * The simulation's inner loop, shared by every simulated figure (VALUERANGE, PORTFOLIORANGE, the
 * portfolio simulation): adds scale x PERT(range) drawn from one HDR stream to each trial's total.
 * totals[i] receives trial firstCounter + i (HDR counters start at 1), so a long run can be cut into
 * chunks that give exactly the figures of one pass. A certain range (min = max) adds the same term
 * to every trial, as a direct sum would.
 */
export function addPertDraws(totals: Float64Array, range: PertRange, scale: number, key: HdrKey, firstCounter = 1): void {
  if (range.min === range.max) {
    const term = scale * range.min;
    for (let i = 0; i < totals.length; i++) totals[i] = (totals[i] ?? 0) + term;
    return;
  }
  const draw = pertQuantile(range);
  const uniform = hdrStream(key);
  for (let i = 0; i < totals.length; i++) totals[i] = (totals[i] ?? 0) + scale * draw(uniform(firstCounter + i));
}
