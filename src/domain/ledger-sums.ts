import { lineClass, lineVariance, realisedAmount, type CountsAs, type LedgerLine } from "./value-lines";
import type { CaptureDecision, EvidenceLevel } from "./lists";

/**
 * A contract's ledger summed to date, by how each line counts (ledger.ts lineClass): what the contract's
 * to-date columns and the portfolio's headline show. Amounts in the workbook's currency.
 */

/** What a sum needs of a ledger row: its line, plan, actual and the actual's evidence. */
export interface LineActual {
  readonly line: LedgerLine;
  readonly plan: number | null;
  readonly actual: number | null;
  readonly evidenceLevel: EvidenceLevel | null;
}

export interface LedgerSums {
  /** Sum of realised amounts: realised benefits (revenue at its margin) less every cost's actual. */
  readonly realised: number;
  /** Actuals of benefit lines by what they count as (before any margin): the headline's split. */
  readonly evidenced: number;
  readonly capability: number;
  readonly option: number;
  readonly unsupported: number;
  /** Actuals of benefit lines that count as realised value, revenue at its margin. */
  readonly realisedBenefits: number;
  /** Actuals of cost lines. */
  readonly costs: number;
  /** Sum of variances, favourable positive (ledger.ts lineVariance). */
  readonly variance: number;
  /** Rows summed (with or without an actual). */
  readonly rows: number;
}

export const NO_SUMS: LedgerSums = { realised: 0, evidenced: 0, capability: 0, option: 0, unsupported: 0, realisedBenefits: 0, costs: 0, variance: 0, rows: 0 };

const BUCKET: Readonly<Record<CountsAs, keyof LedgerSums | null>> = {
  "Realised value": null,
  "Evidenced leading indicator": "evidenced",
  "Capability value": "capability",
  "Strategic option value": "option",
  "Unsupported optimism": "unsupported",
  Cost: null,
};

/**
 * The sums of one contract's ledger rows, given the contract's capture decision and revenue margin (a
 * fraction; none stated counts revenue as 0, as the Planned value column does).
 */
export function ledgerSums(lines: Iterable<LineActual>, capture: CaptureDecision | null, revenueMargin: number | null): LedgerSums {
  const sums = { ...NO_SUMS };
  const margin = revenueMargin ?? 0;
  for (const { line, plan, actual, evidenceLevel } of lines) {
    sums.rows += 1;
    sums.variance += lineVariance(line, plan, actual) ?? 0;
    if (actual === null) continue;
    const counts = lineClass(line, evidenceLevel, capture);
    const amount = realisedAmount(line, actual, evidenceLevel, capture, margin);
    sums.realised += amount;
    if (counts === "Cost") sums.costs += actual;
    else if (counts === "Realised value") sums.realisedBenefits += amount;
    else {
      const bucket = BUCKET[counts];
      if (bucket !== null) sums[bucket] += actual;
    }
  }
  return sums;
}
