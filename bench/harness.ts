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
