import type { ValueContract } from "./contract";
import { addPertDraws } from "./draws";
import { countsInHeadline } from "./portfolio-headline";
import { contractRanges, type RangeRow } from "./line-ranges";
import { idKey } from "./lists";
import { LruCache } from "./lru-cache";
import { pertQuantile } from "./pert";
import { DEFAULT_SEED, summarise as summariseTrials, TRIALS } from "./simulation";
import { LEDGER_LINES, isBenefitLine, type LedgerLine } from "./value-lines";

/**
 * The portfolio simulation: every contract's uncertain lines (ValueRanges) drawn from PERT(low, likely,
 * high) with lambda 4 through the SIPmath HDR generator, as VALUERANGE draws its components, and summed
 * per contract, per value chain, per mandate and for the portfolio. Amounts are annual run-rate in the
 * workbook's currency, favourable positive, counted as Planned value counts them: a benefit as drawn
 * (Incremental revenue at the contract's revenue margin, none stated counting as 0), a cost subtracted.
 *
 * The streams are a public interface, like the HDR constants, so that anyone can reproduce a figure:
 *   entity = the seed (default 1), seed3 = seed4 = 0,
 *   varId  = 16 x FNV-1a-32(UTF-8 bytes of the Contract ID as IDs compare: trimmed, lower case, NFKC)
 *            + the line's number (1 to 16 in the ledger's order: Incremental revenue = 1 ... Cannibalisation = 16),
 *   trial i (from 1) is HDR counter i.
 * A contract's draws depend on its own ID and lines only, so adding, removing or reordering contracts
 * never changes another contract's figures. FNV-1a (Fowler, Noll, Vo; IETF draft-eastlake-fnv) is the
 * 32-bit hash with offset basis 2166136261 and prime 16777619. Two IDs with the same hash would share
 * streams: about a 1 in 200,000 chance across 200 contracts, and only correlation follows, not an error.
 */

/** An uncertain amount of one line: low <= likely <= high, each >= 0, in the line's units (revenue as revenue, costs positive). */
export interface LineRange {
  readonly low: number;
  readonly likely: number;
  readonly high: number;
}

/** One line of a contract as the simulation reads it: its plan (0 when blank) and its range, null when certain at plan. */
export interface SimulatedLine {
  readonly line: LedgerLine;
  readonly plan: number;
  readonly range: LineRange | null;
}

/** What the simulation needs of a contract; lines not listed are 0. */
export interface SimulatedContract {
  readonly id: string;
  readonly valueChain: string | null;
  readonly mandate: string | null;
  /** Revenue margin, a fraction (0.35 = 35%); null counts revenue as 0, as Planned value does. */
  readonly revenueMargin: number | null;
  readonly lines: readonly SimulatedLine[];
}

/** Mean and percentiles (PERCENTILE.INC) of a simulated amount, and the probability (a fraction) that it is below 0. */
export interface SimulationSummary {
  readonly mean: number;
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
  readonly probabilityBelowZero: number;
}

export interface ContractSimulation {
  readonly id: string;
  /** Planned value a year: the lines at their plans. */
  readonly planned: number;
  readonly summary: SimulationSummary;
  /** How many of its lines have a range (0: the summary is its plan in every trial). */
  readonly uncertainLines: number;
}

/** A value chain's or mandate's total ("Not stated" when the contracts leave it blank). */
export interface GroupSimulation {
  readonly name: string;
  readonly contracts: number;
  readonly planned: number;
  readonly summary: SimulationSummary;
}

/**
 * One bar of the portfolio's tornado: the portfolio's mean with this line held at its own P10 (low) and
 * at its P90 (high), the other lines as simulated (so low - high is the line's share of the spread).
 * For a cost, its P90 lowers the portfolio: high < low.
 */
export interface TornadoBar {
  readonly contractId: string;
  readonly line: LedgerLine;
  readonly low: number;
  readonly high: number;
}

/** Counts of trials in equal bins from `start`, each `width` wide (currency); the last bin includes its upper edge. */
export interface Histogram {
  readonly start: number;
  readonly width: number;
  readonly counts: readonly number[];
}

export interface PortfolioSimulation {
  readonly trials: number;
  readonly seed: number;
  /** In the order given. */
  readonly contracts: readonly ContractSimulation[];
  readonly planned: number;
  readonly portfolio: SimulationSummary;
  readonly histogram: Histogram;
  /** By name, in first-seen order. */
  readonly byValueChain: readonly GroupSimulation[];
  readonly byMandate: readonly GroupSimulation[];
  /** Every uncertain line, widest swing (|high - low|) first. */
  readonly tornado: readonly TornadoBar[];
}

export interface SimulationOptions {
  readonly trials?: number;
  readonly seed?: number;
  /** Bins of the portfolio's histogram (default 24). */
  readonly bins?: number;
}

/** Group name for a blank value chain or mandate. */
export const NOT_STATED = "Not stated";

/**
 * A contract as the simulation takes it: its lines with their plans and, where ValueRanges gives one that can be
 * used, their ranges (contractRanges; a line whose row has problems is certain at its plan, and Check workbook says
 * why). Lines with neither a plan nor a range are left out: they add 0 in every trial.
 */
export function simulatedContract(contract: ValueContract, rows: readonly RangeRow[]): SimulatedContract {
  const lines = contractRanges(contract, rows).flatMap(({ line, plan, range }) => (plan === 0 && range === null ? [] : [{ line, plan, range }]));
  return { id: contract.id, valueChain: contract.valueChain, mandate: contract.mandate, revenueMargin: contract.revenueMargin, lines };
}

/** The live portfolio (every status but Draft and Terminated, as the headline counts) as the simulation takes it. */
export const livePortfolio = (contracts: readonly ValueContract[], rows: readonly RangeRow[]): SimulatedContract[] =>
  contracts.filter((contract) => countsInHeadline(contract.status)).map((contract) => simulatedContract(contract, rows));

/** FNV-1a, 32 bits, over the UTF-8 bytes of `text`: a whole number from 0 to 2^32 - 1. */
export function fnv1a32(text: string): number {
  let hash = 2166136261;
  const add = (byte: number): void => {
    hash = Math.imul(hash ^ byte, 16777619) >>> 0;
  };
  // UTF-8 by hand (RFC 3629), code point by code point: no TextEncoder, which some hosts and jsdom lack. A lone
  // surrogate (not a character) is U+FFFD, as TextEncoder writes it.
  for (const character of text) {
    const point = character.codePointAt(0) ?? 0;
    const code = point >= 0xd800 && point <= 0xdfff ? 0xfffd : point;
    if (code < 0x80) add(code);
    else if (code < 0x800) [0xc0 | (code >> 6), 0x80 | (code & 63)].forEach(add);
    else if (code < 0x10000) [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63)].forEach(add);
    else [0xf0 | (code >> 18), 0x80 | ((code >> 12) & 63), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63)].forEach(add);
  }
  return hash;
}

/** The HDR varId of one contract's line: 16 x FNV-1a-32(idKey(contract ID)) + the line's number (1 to 16). */
export function rangeVarId(contractId: string, line: LedgerLine): number {
  return 16 * fnv1a32(idKey(contractId)) + LEDGER_LINES.indexOf(line) + 1;
}

/** How much of a line's amount counts in value: +1 for a benefit (the margin for revenue), -1 for a cost. */
function lineScale(line: LedgerLine, revenueMargin: number | null): number {
  if (!isBenefitLine(line)) return -1;
  return line === "Incremental revenue" ? (revenueMargin ?? 0) : 1;
}

function checkRange(id: string, { line, range }: SimulatedLine): void {
  if (range === null) return;
  const { low, likely, high } = range;
  if (!([low, likely, high].every(Number.isFinite) && low >= 0 && low <= likely && likely <= high)) {
    throw new RangeError(`${id}, ${line}: a range needs 0 <= low <= likely <= high (${low}, ${likely}, ${high}).`);
  }
}

/** simulation.ts's summarise (VALUERANGE's figures), whose only failure is amounts too large for doubles: a caller's bug here. */
function summarise(totals: Float64Array, shift = 0): SimulationSummary {
  const summary = summariseTrials(totals, shift);
  if (!summary.ok) throw new RangeError(summary.error.message);
  return summary.value;
}

/** Trials (each values[i] + shift) in `bins` equal bins between the smallest and the largest. */
function histogramOf(values: Float64Array, bins: number, shift = 0): Histogram {
  let start = Infinity;
  let end = -Infinity;
  for (let i = 0; i < values.length; i++) {
    start = Math.min(start, values[i] ?? 0);
    end = Math.max(end, values[i] ?? 0);
  }
  const width = end > start ? (end - start) / bins : 0;
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < values.length; i++) {
    const bin = width === 0 ? 0 : Math.min(bins - 1, Math.floor(((values[i] ?? 0) - start) / width));
    counts[bin] = (counts[bin] ?? 0) + 1;
  }
  return { start: start + shift, width, counts };
}

/**
 * A running total of trials: a constant (the contracts certain at their plans, added once) plus, once an uncertain
 * contract joins, their trials. A workbook of thousands of contracts without ranges costs no arrays at all.
 */
interface Total {
  constant: number;
  trials: Float64Array | null;
}

function addTrials(total: Total, trials: Float64Array): void {
  const into = trialsOf(total, trials.length);
  for (let i = 0; i < trials.length; i++) into[i] = (into[i] ?? 0) + (trials[i] ?? 0);
}

/** A contract's trials into its value chain and its mandate in one pass (one read of the trials, not two). */
function addTrialsToBoth(chain: Total, mandate: Total, trials: Float64Array): void {
  const a = trialsOf(chain, trials.length);
  const b = trialsOf(mandate, trials.length);
  for (let i = 0; i < trials.length; i++) {
    const trial = trials[i] ?? 0;
    a[i] = (a[i] ?? 0) + trial;
    b[i] = (b[i] ?? 0) + trial;
  }
}

function trialsOf(total: Total, length: number): Float64Array {
  if (total.trials === null) total.trials = new Float64Array(length);
  return total.trials;
}

/** The summary of a total: its trials plus the constant, or the constant alone. */
function summariseTotal({ constant, trials }: Total): SimulationSummary {
  return trials === null ? certainSummary(constant) : summarise(trials, constant);
}

const certainSummary = (amount: number): SimulationSummary => ({ mean: amount, p10: amount, p50: amount, p90: amount, probabilityBelowZero: amount < 0 ? 1 : 0 });

interface Group extends Total {
  readonly name: string;
  contracts: number;
  planned: number;
}

/** The group of this name (NOT_STATED for none), added on first use. */
function groupIn(groups: Map<string, Group>, name: string | null): Group {
  const key = name ?? NOT_STATED;
  let group = groups.get(key);
  if (!group) {
    group = { name: key, contracts: 0, planned: 0, constant: 0, trials: null };
    groups.set(key, group);
  }
  return group;
}

/** Adds a contract to its value chain and its mandate: its drawn trials (null when it is certain) and its certain part. */
function addToGroups(chain: Group, mandate: Group, trials: Float64Array | null, certain: number, planned: number): void {
  for (const group of [chain, mandate]) {
    group.contracts++;
    group.planned += planned;
    group.constant += certain;
  }
  if (trials !== null) addTrialsToBoth(chain, mandate, trials);
}

const groupsOf = (groups: Map<string, Group>): GroupSimulation[] =>
  [...groups.values()].map((group) => ({ name: group.name, contracts: group.contracts, planned: group.planned, summary: summariseTotal(group) }));

/**
 * The simulation in steps, for a caller that must not block (the pane runs steps until about 30 ms
 * have passed, then yields to the browser): each step draws one uncertain line for every trial, or
 * summarises one contract, and yields the fraction of the work done (0 to 1). The generator's return
 * value is the result, the same as simulatePortfolio's.
 * @throws RangeError for trials or a seed out of range, or a range that breaks 0 <= low <= likely <= high: callers check ranges first.
 */
export function* portfolioSimulationSteps(contracts: readonly SimulatedContract[], options: SimulationOptions = {}): Generator<number, PortfolioSimulation, void> {
  const trials = options.trials ?? TRIALS.default;
  const seed = options.seed ?? DEFAULT_SEED;
  const bins = options.bins ?? 24;
  if (!(Number.isInteger(trials) && trials >= TRIALS.min && trials <= TRIALS.max)) throw new RangeError(`trials must be a whole number from ${TRIALS.min} to ${TRIALS.max}: ${trials}`);
  if (!(Number.isInteger(seed) && seed >= 0)) throw new RangeError(`seed must be a whole number of 0 or more: ${seed}`);
  for (const contract of contracts) contract.lines.forEach((line) => checkRange(contract.id, line));

  const work = contracts.reduce((total, contract) => total + 1 + contract.lines.filter((line) => line.range !== null).length, 0);
  let done = 0;
  const chains = new Map<string, Group>();
  const mandates = new Map<string, Group>();
  const results: ContractSimulation[] = [];
  const tornado: Array<{ contractId: string; line: LedgerLine; swingLow: number; swingHigh: number }> = [];
  let planned = 0;

  for (const contract of contracts) {
    const uncertain = contract.lines.some((line) => line.range !== null);
    // The contract's drawn lines, trial by trial; its certain lines are one amount, added to the figures.
    const totals = uncertain ? new Float64Array(trials) : null;
    let contractPlanned = 0;
    let certain = 0;
    for (const line of contract.lines) {
      const scale = lineScale(line.line, contract.revenueMargin);
      contractPlanned += scale * line.plan;
      if (line.range === null || totals === null) {
        certain += scale * line.plan;
        continue;
      }
      const { low, likely, high } = line.range;
      const pert = { min: low, likely, max: high };
      const drawnMean = addPertDraws(totals, pert, scale, { entity: seed, varId: rangeVarId(contract.id, line.line), seed3: 0, seed4: 0 }) / trials; // scale x the line's simulated mean
      const quantile = pertQuantile(pert);
      tornado.push({ contractId: contract.id, line: line.line, swingLow: scale * quantile(0.1) - drawnMean, swingHigh: scale * quantile(0.9) - drawnMean });
      yield ++done / work;
    }
    const uncertainLines = contract.lines.filter((line) => line.range !== null).length;
    addToGroups(groupIn(chains, contract.valueChain), groupIn(mandates, contract.mandate), totals, certain, contractPlanned);
    planned += contractPlanned;
    results.push({ id: contract.id, planned: contractPlanned, summary: totals === null ? certainSummary(contractPlanned) : summarise(totals, certain), uncertainLines });
    yield ++done / work;
  }

  // The value chains partition the portfolio (blank is "Not stated"): its trials are theirs summed, once per chain
  // rather than once per contract, before their own summaries reorder them.
  const portfolio: Total = { constant: 0, trials: null };
  for (const chain of chains.values()) {
    portfolio.constant += chain.constant;
    if (chain.trials !== null) addTrials(portfolio, chain.trials);
  }
  const summary = summariseTotal(portfolio);
  const histogram = histogramOf(portfolio.trials ?? new Float64Array(trials), bins, portfolio.constant);
  return {
    trials,
    seed,
    contracts: results,
    planned,
    portfolio: summary,
    histogram,
    byValueChain: groupsOf(chains),
    byMandate: groupsOf(mandates),
    tornado: tornado
      .map(({ contractId, line, swingLow, swingHigh }) => ({ contractId, line, low: summary.mean + swingLow, high: summary.mean + swingHigh }))
      .sort((a, b) => Math.abs(b.high - b.low) - Math.abs(a.high - a.low)),
  };
}

/** The whole simulation at once (tests, the CLI, the report): portfolioSimulationSteps run to the end. */
export function simulatePortfolio(contracts: readonly SimulatedContract[], options: SimulationOptions = {}): PortfolioSimulation {
  const steps = portfolioSimulationSteps(contracts, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * Everything the result depends on, as one string: equal keys give equal results, so a cache keyed by it
 * (SimulationCache) can skip a run when nothing changed. Numbers are written in full (shortest round-trip form).
 */
export function simulationKey(contracts: readonly SimulatedContract[], options: SimulationOptions = {}): string {
  const head = `${options.trials ?? TRIALS.default}|${options.seed ?? DEFAULT_SEED}|${options.bins ?? 24}`;
  const parts = contracts.map((contract) => {
    const lines = contract.lines.map(({ line, plan, range }) => `${LEDGER_LINES.indexOf(line)}:${plan}${range === null ? "" : `:${range.low}:${range.likely}:${range.high}`}`);
    return JSON.stringify([contract.id, contract.valueChain, contract.mandate, contract.revenueMargin, lines.join(",")]);
  });
  return `${head}\n${parts.join("\n")}`;
}

/** The last few results by key (LruCache): reopening a view or recalculating with nothing changed costs a lookup. */
export class SimulationCache extends LruCache<PortfolioSimulation> {
  constructor(capacity = 8) {
    super(capacity);
  }
}

/**
 * Runs a stepped computation (portfolioSimulationSteps) to its end without holding the thread for longer than
 * `sliceMs` milliseconds at a time: after each slice it awaits `pause` (in the pane, a macrotask, so the browser
 * paints and handles input), and reports the progress (0 to 1). A step itself is short (one line's 10,000 draws
 * take a few milliseconds), so no slice runs much past `sliceMs`. `now` is the clock in milliseconds.
 */
export async function runInSlices<T>(
  steps: Generator<number, T, void>,
  pause: () => Promise<void>,
  options: { readonly sliceMs?: number; readonly now?: () => number; readonly onProgress?: (fraction: number) => void; readonly cancelled?: () => boolean } = {},
): Promise<T | undefined> {
  const sliceMs = options.sliceMs ?? 30;
  const now = options.now ?? (() => performance.now());
  let sliceStart = now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (now() - sliceStart >= sliceMs) {
      options.onProgress?.(next.value);
      await pause();
      if (options.cancelled?.()) return undefined;
      sliceStart = now();
    }
  }
}
