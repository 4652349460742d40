import type { ValueContract } from "../../domain/contract";
import { EVIDENCE_LEVELS, VALUE_CLASSES, type EvidenceLevel, type Mandate, type Status, type ValueChain, type ValueClass } from "../../domain/lists";
import { reviewStatusIso, type ReviewStatus } from "../../domain/review-cadence";
import type { ContractFigures, ContractList, StoredContract } from "../../workbook/contract-store";

/**
 * The portfolio as the pane shows it: valid contracts with their figures and review status, the rows
 * the store reported invalid, filtering, sorting and totals. Pure functions, no React.
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
}

export const NO_FILTER: PortfolioFilter = { query: "", status: null, valueChain: null, mandate: null, owner: null };

export const SORT_KEYS = ["title", "planned-value", "next-review"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const SORT_LABELS: Readonly<Record<SortKey, string>> = {
  title: "Title (A to Z)",
  "planned-value": "Planned value (highest first)",
  "next-review": "Next review (soonest first)",
};

export function filterItems(items: readonly PortfolioItem[], filter: PortfolioFilter): PortfolioItem[] {
  const words = filter.query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return items.filter(({ contract }) => {
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
  return sorted.sort((a, b) => compareNullable(a.figures?.nextReview ?? null, b.figures?.nextReview ?? null, (x, y) => x.localeCompare(y)) || byTitle(a, b));
}

export function isFiltered(filter: PortfolioFilter): boolean {
  return filter.query.trim() !== "" || filter.status !== null || filter.valueChain !== null || filter.mandate !== null || filter.owner !== null;
}

/**
 * Totals over a set of contracts: realised value and lifecycle cost (sums in the workbook's currency,
 * never rounded), the evidence pyramid and the value classes, and how much of the claimed value rests
 * on capability value or unsupported optimism alone.
 */

export const NOT_SET = "Not set";

export interface Bucket<K extends string> {
  readonly key: K;
  readonly count: number;
  /** Sum of the contracts' realised value (currency). */
  readonly plannedValue: number;
}

export interface PortfolioTotals {
  readonly count: number;
  readonly plannedValue: number;
  readonly lifecycleCost: number;
  /** Strongest level first (the top of the pyramid), then None, then contracts with no level set. */
  readonly byEvidence: readonly Bucket<EvidenceLevel | typeof NOT_SET>[];
  /** In VALUE_CLASSES order, then contracts without a class. */
  readonly byValueClass: readonly Bucket<ValueClass | typeof NOT_SET>[];
  /** Contracts whose value is only capability value or unsupported optimism. */
  readonly weak: { readonly count: number; readonly plannedValue: number };
}

/** The value classes that are not yet evidence of value in the enterprise's economics. */
export const WEAK_CLASSES: readonly ValueClass[] = ["Capability value", "Unsupported optimism"];

export function portfolioTotals(items: readonly PortfolioItem[]): PortfolioTotals {
  const evidence = new Map<EvidenceLevel | typeof NOT_SET, { count: number; plannedValue: number }>();
  const classes = new Map<ValueClass | typeof NOT_SET, { count: number; plannedValue: number }>();
  let plannedValue = 0;
  let lifecycleCost = 0;
  const weak = { count: 0, plannedValue: 0 };
  for (const { contract, figures } of items) {
    const value = figures?.plannedValue ?? 0;
    plannedValue += value;
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
    count: items.length,
    plannedValue,
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
