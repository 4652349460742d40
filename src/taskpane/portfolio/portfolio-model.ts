import type { ValueContract } from "../../domain/contract";
import { countsInHeadline, isBehindFigure, portfolioHeadline, type HeadlineFigure, type HeadlineRow, type PortfolioHeadline } from "../../domain/portfolio-headline";
import { NO_SUMS } from "../../domain/ledger-sums";
import { simulatedContract, type ContractSimulation, type PortfolioSimulation, type SimulatedContract } from "../../domain/portfolio-simulation";
import type { ValueRange } from "../../domain/value-range";
import { EVIDENCE_LEVELS, idKey, VALUE_CLASSES, type EvidenceLevel, type Mandate, type Status, type ValueChain, type ValueClass } from "../../domain/lists";
import { reviewStatusIso, type ReviewStatus } from "../../domain/review-cadence";
import { validRanges, type ContractFigures, type ContractList, type StoredContract } from "../../workbook/contract-store";

/**
 * The portfolio as the pane shows it: valid contracts with their figures and review status, the rows
 * the store reported invalid, filtering (by a headline figure too), sorting, the headline and the plan's
 * breakdown. Pure functions, no React.
 */

export interface PortfolioItem {
  readonly contract: ValueContract;
  readonly figures: ContractFigures | null;
  /** Where the next review stands today; null when there is no next review or the contract is terminated. */
  readonly review: ReviewStatus | null;
  /** Excel row number, to say where the contract lives. */
  readonly row: number;
}

export interface Portfolio {
  readonly items: readonly PortfolioItem[];
  readonly invalid: readonly StoredContract[];
}

/** Splits the store's list into valid contracts (with review status as of `today`, ISO) and invalid rows. */
export function buildPortfolio(list: ContractList, today: string): Portfolio {
  const items: PortfolioItem[] = [];
  const invalid: StoredContract[] = [];
  for (const stored of list.contracts) {
    if (stored.contract === null) {
      invalid.push(stored);
      continue;
    }
    const next = stored.figures?.nextReview ?? null;
    const review = next !== null && stored.contract.status !== "Terminated" ? reviewStatusIso(next, today) : null;
    items.push({ contract: stored.contract, figures: stored.figures, review, row: stored.row });
  }
  return { items, invalid };
}

export interface PortfolioFilter {
  /** Free text matched against title, ID, owner, owner role, outcome, value chain and mandate. */
  readonly query: string;
  readonly status: Status | null;
  readonly valueChain: ValueChain | null;
  readonly mandate: Mandate | null;
  readonly owner: string | null;
  /** The contracts behind one figure of the headline: live, with their own amount of it other than 0. */
  readonly figure: HeadlineFigure | null;
}

export const NO_FILTER: PortfolioFilter = { query: "", status: null, valueChain: null, mandate: null, owner: null, figure: null };

/** The headline's figures as the pane names them. */
export const FIGURE_LABELS: Readonly<Record<HeadlineFigure, string>> = {
  plannedValue: "Planned value",
  realisedToDate: "Realised to date",
  evidencedToDate: "Evidenced leading indicators",
  capabilityToDate: "Capability value",
  optionToDate: "Strategic option value",
  unsupportedToDate: "Unsupported optimism",
};

/** What the contracts behind a figure have, for "Showing 2 live contracts with realised value to date". */
export const FIGURE_BEHIND: Readonly<Record<HeadlineFigure, string>> = {
  plannedValue: "a planned value other than 0",
  realisedToDate: "realised value to date",
  evidencedToDate: "evidenced leading indicators",
  capabilityToDate: "capability value",
  optionToDate: "strategic option value",
  unsupportedToDate: "unsupported optimism",
};

export const SORT_KEYS = ["title", "planned-value", "realised-to-date", "next-review"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const SORT_LABELS: Readonly<Record<SortKey, string>> = {
  title: "Title (A to Z)",
  "planned-value": "Planned value (highest first)",
  "realised-to-date": "Realised to date (highest first)",
  "next-review": "Next review (soonest first)",
};

/** A contract as the headline reads it; with no figures, no plan and nothing in the ledger. */
export const headlineRow = ({ contract, figures }: PortfolioItem): HeadlineRow => ({
  id: contract.id,
  status: contract.status,
  plannedValue: figures?.plannedValue ?? null,
  sums: figures?.ledger ?? NO_SUMS,
});

export function filterItems(items: readonly PortfolioItem[], filter: PortfolioFilter): PortfolioItem[] {
  const words = filter.query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const { figure } = filter;
  return items.filter((item) => {
    const { contract } = item;
    if (figure !== null && !isBehindFigure(headlineRow(item), figure)) return false;
    if (filter.status !== null && contract.status !== filter.status) return false;
    if (filter.valueChain !== null && contract.valueChain !== filter.valueChain) return false;
    if (filter.mandate !== null && contract.mandate !== filter.mandate) return false;
    if (filter.owner !== null && contract.owner.trim() !== filter.owner) return false;
    if (words.length === 0) return true;
    const haystack = [contract.title, contract.id, contract.owner, contract.ownerRole, contract.outcome, contract.valueChain ?? "", contract.mandate ?? ""]
      .join("\n")
      .toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

const byTitle = (a: PortfolioItem, b: PortfolioItem) =>
  a.contract.title.localeCompare(b.contract.title, undefined, { sensitivity: "base", numeric: true }) ||
  a.contract.id.localeCompare(b.contract.id, undefined, { numeric: true });

/** Blanks (no figure, no next review) sort last whichever way. */
function compareNullable<T>(a: T | null, b: T | null, compare: (x: T, y: T) => number): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return compare(a, b);
}

export function sortItems(items: readonly PortfolioItem[], key: SortKey): PortfolioItem[] {
  const sorted = [...items];
  if (key === "title") return sorted.sort(byTitle);
  if (key === "planned-value") {
    return sorted.sort((a, b) => compareNullable(a.figures?.plannedValue ?? null, b.figures?.plannedValue ?? null, (x, y) => y - x) || byTitle(a, b));
  }
  if (key === "realised-to-date") {
    return sorted.sort((a, b) => compareNullable(a.figures?.realisedToDate ?? null, b.figures?.realisedToDate ?? null, (x, y) => y - x) || byTitle(a, b));
  }
  return sorted.sort((a, b) => compareNullable(a.figures?.nextReview ?? null, b.figures?.nextReview ?? null, (x, y) => x.localeCompare(y)) || byTitle(a, b));
}

export function isFiltered(filter: PortfolioFilter): boolean {
  return filter.query.trim() !== "" || filter.status !== null || filter.valueChain !== null || filter.mandate !== null || filter.owner !== null || filter.figure !== null;
}

/**
 * Totals over a set of contracts: the headline (plan and the ledger's actuals to date, live contracts
 * apart from Draft and Terminated), and the live contracts' plan broken down: lifecycle cost, the
 * evidence pyramid and the value classes by each contract's own evidence level (of Planned value, not
 * of the ledger), and how much of the plan rests on capability value or unsupported optimism alone.
 * Sums in the workbook's currency, never rounded.
 */

export const NOT_SET = "Not set";

export interface Bucket<K extends string> {
  readonly key: K;
  readonly count: number;
  /** Sum of the contracts' Planned value (currency a year). */
  readonly plannedValue: number;
}

export interface PortfolioTotals {
  /** Plan and the ledger's actuals to date: the live contracts, and Draft and Terminated apart. */
  readonly headline: PortfolioHeadline;
  /** The rest is of the live contracts' plan (its sum is headline.live.plannedValue). Lifecycle cost, currency a year. */
  readonly lifecycleCost: number;
  /** Strongest level first (the top of the pyramid), then None, then contracts with no level set. */
  readonly byEvidence: readonly Bucket<EvidenceLevel | typeof NOT_SET>[];
  /** In VALUE_CLASSES order, then contracts without a class. */
  readonly byValueClass: readonly Bucket<ValueClass | typeof NOT_SET>[];
  /** Live contracts whose planned value is only capability value or unsupported optimism, by their evidence level. */
  readonly weak: { readonly count: number; readonly plannedValue: number };
}

/** The value classes that are not yet evidence of value in the enterprise's economics. */
export const WEAK_CLASSES: readonly ValueClass[] = ["Capability value", "Unsupported optimism"];

export function portfolioTotals(items: readonly PortfolioItem[]): PortfolioTotals {
  const evidence = new Map<EvidenceLevel | typeof NOT_SET, { count: number; plannedValue: number }>();
  const classes = new Map<ValueClass | typeof NOT_SET, { count: number; plannedValue: number }>();
  let lifecycleCost = 0;
  const weak = { count: 0, plannedValue: 0 };
  for (const { contract, figures } of items.filter((item) => countsInHeadline(item.contract.status))) {
    const value = figures?.plannedValue ?? 0;
    lifecycleCost += figures?.lifecycleCost ?? 0;
    add(evidence, contract.evidenceLevel ?? NOT_SET, value);
    const valueClass = figures?.valueClass ?? NOT_SET;
    add(classes, valueClass, value);
    if (valueClass !== NOT_SET && WEAK_CLASSES.includes(valueClass)) {
      weak.count += 1;
      weak.plannedValue += value;
    }
  }
  const evidenceOrder: (EvidenceLevel | typeof NOT_SET)[] = [...EVIDENCE_LEVELS].reverse();
  evidenceOrder.push(NOT_SET);
  const classOrder: (ValueClass | typeof NOT_SET)[] = [...VALUE_CLASSES, NOT_SET];
  return {
    headline: portfolioHeadline(items.map(headlineRow)),
    lifecycleCost,
    byEvidence: buckets(evidenceOrder, evidence),
    byValueClass: buckets(classOrder, classes),
    weak,
  };
}

function add<K>(map: Map<K, { count: number; plannedValue: number }>, key: K, value: number): void {
  const bucket = map.get(key) ?? { count: 0, plannedValue: 0 };
  bucket.count += 1;
  bucket.plannedValue += value;
  map.set(key, bucket);
}

/** Every key in order, with zero counts kept so the pyramid keeps its shape; "Not set" only when used. */
function buckets<K extends string>(order: readonly K[], map: Map<K, { count: number; plannedValue: number }>): Bucket<K>[] {
  return order
    .filter((key) => key !== NOT_SET || map.has(key))
    .map((key) => ({ key, count: map.get(key)?.count ?? 0, plannedValue: map.get(key)?.plannedValue ?? 0 }));
}

/** What the portfolio simulates: the live portfolio for the uncertainty section, and apart the others that have ranges. */
export interface SimulationInput {
  /** livePortfolio(valid contracts, validRanges(list.ranges)), in sheet order: the report simulates the same. */
  readonly live: readonly SimulatedContract[];
  /** Draft and Terminated contracts with a range: simulated on their own for their rows' bands. */
  readonly apart: readonly SimulatedContract[];
}

/**
 * The simulation's input from the store's list. Equal to livePortfolio for the live part, but with each contract's
 * ValueRanges rows looked up by its ID once rather than scanned for every contract: 5,000 contracts with 11,000 rows
 * would otherwise be 55 million ID comparisons. A contract's draws depend only on its own ID and lines
 * (portfolio-simulation.ts), so the contracts apart get the same figures as they would inside any run.
 */
export function simulationInput(list: ContractList): SimulationInput {
  const byId = new Map<string, ValueRange[]>();
  for (const range of validRanges(list.ranges)) {
    const key = idKey(range.contractId);
    const rows = byId.get(key);
    if (rows) rows.push(range);
    else byId.set(key, [range]);
  }
  const live: SimulatedContract[] = [];
  const apart: SimulatedContract[] = [];
  for (const { contract } of list.contracts) {
    if (contract === null) continue;
    const simulated = simulatedContract(contract, byId.get(idKey(contract.id)) ?? []);
    if (countsInHeadline(contract.status)) live.push(simulated);
    else if (simulated.lines.some((line) => line.range !== null)) apart.push(simulated);
  }
  return { live, apart };
}

/** Each contract's simulated figures by Contract ID, for those with a range that could be used; later results win. */
export function contractBands(results: ReadonlyArray<PortfolioSimulation | null>): ReadonlyMap<string, ContractSimulation> {
  const bands = new Map<string, ContractSimulation>();
  for (const result of results) for (const contract of result?.contracts ?? []) if (contract.uncertainLines > 0) bands.set(contract.id, contract);
  return bands;
}
