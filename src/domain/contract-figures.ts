import { LIFECYCLE_COST_FIELDS, type ValueContract } from "./contract";
import { valueClass } from "./evidence";
import { ledgerSums, type LedgerSums, type LineActual } from "./ledger-sums";
import type { ValueClass } from "./lists";
import { nextReviewIso } from "./review-cadence";
import { sumSigned } from "./value-equation";

/**
 * The calculated columns of a value contract, computed by the domain (the workbook's formulas say the
 * same in Excel's words; the pane shows these, never the cells' cached results).
 */
export interface ContractFigures {
  /** Sum of the eight lifecycle cost parts, workbook currency; a blank part counts as 0. */
  readonly lifecycleCost: number;
  /**
   * The plan at annual run-rate, workbook currency: five benefits (Incremental revenue at its Revenue
   * margin; none stated counts the revenue as 0) - lifecycle cost - friction - risk failures - cannibalisation.
   */
  readonly plannedValue: number;
  /** Sum of the contract's ledger lines' realised amounts (ledger.ts realisedAmount), workbook currency. */
  readonly realisedToDate: number;
  /** Sum of the ledger's actuals on lines that count as an evidenced leading indicator, workbook currency. */
  readonly evidencedToDate: number;
  /** Sum of the ledger lines' variances, favourable positive (ledger.ts lineVariance), workbook currency. */
  readonly varianceToDate: number;
  /** The ledger summed by how each line counts: what the three to-date figures come from, and the headline's split. */
  readonly ledger: LedgerSums;
  /** From the evidence level and mandate; null while the evidence level is blank. */
  readonly valueClass: ValueClass | null;
  /** ISO date: last review + the cadence (months as EDATE adds them); null while either is blank. */
  readonly nextReview: string | null;
}

const orZero = (amount: number | null): number => amount ?? 0;

/**
 * Figures of a contract that passed the ValueContract schema (so every amount is finite and >= 0), with
 * its rows of the value ledger (those with its Contract ID; the store picks them, as SUMIFS does).
 */
export function contractFigures(contract: ValueContract, ledger: Iterable<LineActual> = []): ContractFigures {
  const lifecycleCost = LIFECYCLE_COST_FIELDS.reduce((total, field) => total + orZero(contract[field]), 0);
  // sumSigned, not realisedValue: the schema has already made the checks realisedValue repeats.
  const plannedValue = sumSigned({
    incrementalRevenue: orZero(contract.incrementalRevenue) * orZero(contract.revenueMargin),
    protectedEarnings: orZero(contract.protectedEarnings),
    capacityValue: orZero(contract.capacityValue),
    avoidedLoss: orZero(contract.avoidedLoss),
    optionValue: orZero(contract.optionValue),
    lifecycleCost,
    friction: orZero(contract.friction),
    riskFailures: orZero(contract.riskFailures),
    cannibalisation: orZero(contract.cannibalisation),
  });
  const sums = ledgerSums(ledger, contract.captureDecision, contract.revenueMargin);
  return {
    lifecycleCost,
    plannedValue,
    realisedToDate: sums.realised,
    evidencedToDate: sums.evidenced,
    varianceToDate: sums.variance,
    ledger: sums,
    valueClass: contract.evidenceLevel === null ? null : valueClass(contract.evidenceLevel, contract.mandate),
    nextReview: nextReviewIso(contract.lastReview, contract.reviewCadence),
  };
}
