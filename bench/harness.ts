/**
 * A tiny benchmark harness: each bench file exports `benches`; `npm run bench` runs them all and
 * prints one line per figure. Figures are measured, never asserted: budgets live in the issues.
 */
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
