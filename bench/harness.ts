/**
 * A tiny benchmark harness: each bench file exports `benches`; `npm run bench` runs them all and
 * prints one line per figure. Figures are measured, never asserted: budgets live in the issues.
 */

import { hdrFill, hdrStream, type HdrKey } from "../src/domain/hdr";
export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** Optional context printed after the figure, e.g. "budget 50 ms" or "2 syncs". */
  readonly note?: string;
}

export interface Bench {
  readonly name: string;
  run(): Promise<Figure[]> | Figure[];
}

/** Median wall time in milliseconds of `runs` calls of `fn`, after `warmup` unmeasured calls. */
export async function medianMs(fn: () => unknown, runs = 7, warmup = 2): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

export function formatFigure(figure: Figure): string {
  const digits = figure.value >= 100 ? 0 : figure.value >= 1 ? 2 : 4;
  const note = figure.note ? `  (${figure.note})` : "";
  return `  ${figure.name.padEnd(58)} ${figure.value.toFixed(digits).padStart(12)} ${figure.unit}${note}`;
}

/** CPU time (user + system, process.cpuUsage) of one call, in milliseconds. */
function cpuMs(fn: () => unknown): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/**
 * The CPU time of `fn` against the floor's, measured in alternation so that both see the same load:
 * on a shared machine the wall time of a 5 ms call swings by 3x with the other processes, the CPU time
 * much less, and a pair taken together less still. Returns the medians and the median of the ratios.
 */
export function againstFloor(fn: () => unknown, floor: () => unknown, rounds = 41, warmup = 10): { ms: number; floorMs: number; ratio: number } {
  for (let i = 0; i < warmup; i++) {
    fn();
    floor();
  }
  const times: number[] = [];
  const floors: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const floorMs = cpuMs(floor);
    const ms = cpuMs(fn);
    times.push(ms);
    floors.push(floorMs);
    ratios.push(ms / floorMs);
  }
  return { ms: median(times), floorMs: median(floors), ratio: median(ratios) };
}

/**
 * A floor under a simulation: the uniforms of every HDR stream in `keys`, `trials` each (counters 1..trials),
 * drawn and summed, with no inverse CDF and no percentiles. Two ways of drawing them:
 * - "stream": hdrStream's function, one call per uniform, as the budgets were first measured;
 * - "fill": hdrFill into a buffer, then the sum: the fastest way the code draws them, and the stricter floor.
 *   Calling through a closure costs V8 more in some runs than in others (20 to 33 ns a uniform here), so the
 *   stream floor moves between runs where the fill floor does not.
 */
export function uniformsFloor(keys: readonly HdrKey[], trials: number, way: "stream" | "fill"): number {
  let sum = 0;
  if (way === "stream") {
    for (const key of keys) {
      const uniform = hdrStream(key);
      for (let counter = 1; counter <= trials; counter++) sum += uniform(counter);
    }
    return sum;
  }
  const buffer = new Float64Array(trials);
  for (const key of keys) {
    hdrFill(buffer, key);
    for (let i = 0; i < trials; i++) sum += buffer[i] ?? 0;
  }
  return sum;
}
