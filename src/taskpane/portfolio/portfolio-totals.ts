import { EVIDENCE_LEVELS, VALUE_CLASSES, type EvidenceLevel, type ValueClass } from "../../domain/lists";
import type { PortfolioItem } from "./portfolio-model";

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
  readonly realisedValue: number;
}

export interface PortfolioTotals {
  readonly count: number;
  readonly realisedValue: number;
  readonly lifecycleCost: number;
  /** Strongest level first (the top of the pyramid), then None, then contracts with no level set. */
  readonly byEvidence: readonly Bucket<EvidenceLevel | typeof NOT_SET>[];
  /** In VALUE_CLASSES order, then contracts without a class. */
  readonly byValueClass: readonly Bucket<ValueClass | typeof NOT_SET>[];
  /** Contracts whose value is only capability value or unsupported optimism. */
  readonly weak: { readonly count: number; readonly realisedValue: number };
}

/** The value classes that are not yet evidence of value in the enterprise's economics. */
export const WEAK_CLASSES: readonly ValueClass[] = ["Capability value", "Unsupported optimism"];

export function portfolioTotals(items: readonly PortfolioItem[]): PortfolioTotals {
  const evidence = new Map<EvidenceLevel | typeof NOT_SET, { count: number; realisedValue: number }>();
  const classes = new Map<ValueClass | typeof NOT_SET, { count: number; realisedValue: number }>();
  let realisedValue = 0;
  let lifecycleCost = 0;
  const weak = { count: 0, realisedValue: 0 };
  for (const { contract, figures } of items) {
    const value = figures?.realisedValue ?? 0;
    realisedValue += value;
    lifecycleCost += figures?.lifecycleCost ?? 0;
    add(evidence, contract.evidenceLevel ?? NOT_SET, value);
    const valueClass = figures?.valueClass ?? NOT_SET;
    add(classes, valueClass, value);
    if (valueClass !== NOT_SET && WEAK_CLASSES.includes(valueClass)) {
      weak.count += 1;
      weak.realisedValue += value;
    }
  }
  const evidenceOrder: (EvidenceLevel | typeof NOT_SET)[] = [...EVIDENCE_LEVELS].reverse();
  evidenceOrder.push(NOT_SET);
  const classOrder: (ValueClass | typeof NOT_SET)[] = [...VALUE_CLASSES, NOT_SET];
  return {
    count: items.length,
    realisedValue,
    lifecycleCost,
    byEvidence: buckets(evidenceOrder, evidence),
    byValueClass: buckets(classOrder, classes),
    weak,
  };
}

function add<K>(map: Map<K, { count: number; realisedValue: number }>, key: K, value: number): void {
  const bucket = map.get(key) ?? { count: 0, realisedValue: 0 };
  bucket.count += 1;
  bucket.realisedValue += value;
  map.set(key, bucket);
}

/** Every key in order, with zero counts kept so the pyramid keeps its shape; "Not set" only when used. */
function buckets<K extends string>(order: readonly K[], map: Map<K, { count: number; realisedValue: number }>): Bucket<K>[] {
  return order
    .filter((key) => key !== NOT_SET || map.has(key))
    .map((key) => ({ key, count: map.get(key)?.count ?? 0, realisedValue: map.get(key)?.realisedValue ?? 0 }));
}
