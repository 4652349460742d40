import { LIFECYCLE_COST_FIELDS, type ValueContract } from "./contract";
import { valueClass } from "./evidence";
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
  /** Five benefits - lifecycle cost - friction - risk failures - cannibalisation, workbook currency. */
  readonly realisedValue: number;
  /** From the evidence level and mandate; null while the evidence level is blank. */
  readonly valueClass: ValueClass | null;
  /** ISO date: last review + the cadence (months as EDATE adds them); null while either is blank. */
  readonly nextReview: string | null;
}

const orZero = (amount: number | null): number => amount ?? 0;

/** Figures of a contract that passed the ValueContract schema (so every amount is finite and >= 0). */
export function contractFigures(contract: ValueContract): ContractFigures {
  const lifecycleCost = LIFECYCLE_COST_FIELDS.reduce((total, field) => total + orZero(contract[field]), 0);
  // sumSigned, not realisedValue: the schema has already made the checks realisedValue repeats.
  const realisedValue = sumSigned({
    incrementalRevenue: orZero(contract.incrementalRevenue),
    protectedEarnings: orZero(contract.protectedEarnings),
    capacityValue: orZero(contract.capacityValue),
    avoidedLoss: orZero(contract.avoidedLoss),
    optionValue: orZero(contract.optionValue),
    lifecycleCost,
    friction: orZero(contract.friction),
    riskFailures: orZero(contract.riskFailures),
    cannibalisation: orZero(contract.cannibalisation),
  });
  return {
    lifecycleCost,
    realisedValue,
    valueClass: contract.evidenceLevel === null ? null : valueClass(contract.evidenceLevel, contract.mandate),
    nextReview: nextReviewIso(contract.lastReview, contract.reviewCadence),
  };
}
