import type { LedgerSums } from "./ledger-sums";
import type { Status } from "./lists";

/**
 * The portfolio's headline: what the live contracts plan and what their ledgers measured to date, by
 * how each line counts, with the contracts behind each figure; Draft and Terminated kept apart.
 * Amounts in the workbook's currency.
 */

/** The six figures of the portfolio's headline, in the order a CFO reads them: the plan, then the actuals to date by how they count. */
export const HEADLINE_FIGURES = ["plannedValue", "realisedToDate", "evidencedToDate", "capabilityToDate", "optionToDate", "unsupportedToDate"] as const;
export type HeadlineFigure = (typeof HEADLINE_FIGURES)[number];

/** An amount summed over contracts, workbook currency, with the contracts that have a part of it other than 0. */
export interface HeadlineAmount {
  readonly amount: number;
  /** Contract IDs of the contracts whose own amount is not 0, in the rows' order. */
  readonly contracts: readonly string[];
}

/** The portfolio's value, as a CFO reads it: plan, then the actuals to date by how they count. */
export interface HeadlineGroup extends Readonly<Record<HeadlineFigure, HeadlineAmount>> {
  /** Contract IDs of every contract in the group, in the rows' order. */
  readonly contracts: readonly string[];
}

/** The headline for live contracts (neither Draft nor Terminated), with Draft and Terminated kept apart. */
export interface PortfolioHeadline {
  readonly live: HeadlineGroup;
  readonly draft: HeadlineGroup;
  readonly terminated: HeadlineGroup;
}

/** One contract as the headline reads it: what the portfolio's list has (contract-figures.ts ContractFigures). */
export interface HeadlineRow {
  readonly id: string;
  readonly status: string;
  /** Planned value, workbook currency a year; null when it could not be computed. */
  readonly plannedValue: number | null;
  /** The contract's ledger summed to date (ledger-sums.ts); NO_SUMS when it has no ledger rows. */
  readonly sums: LedgerSums;
}

/**
 * A contract's own part of a headline figure, workbook currency: Planned value (a year, at run-rate; 0
 * when unknown), or from its ledger to date the realised amount (realised benefits, revenue at its margin,
 * less every cost's actual) or the actuals counting as evidenced leading indicators, capability value,
 * strategic option value or unsupported optimism (before any margin).
 */
export function headlineAmount(row: HeadlineRow, figure: HeadlineFigure): number {
  switch (figure) {
    case "plannedValue":
      return row.plannedValue ?? 0;
    case "realisedToDate":
      return row.sums.realised;
    case "evidencedToDate":
      return row.sums.evidenced;
    case "capabilityToDate":
      return row.sums.capability;
    case "optionToDate":
      return row.sums.option;
    case "unsupportedToDate":
      return row.sums.unsupported;
  }
}

/** The statuses left out of the live figures: Draft (not yet committed) and Terminated (no longer managed). */
export const OUTSIDE_HEADLINE: readonly Status[] = ["Draft", "Terminated"];

/** Whether a contract of this status counts in the live figures (any status but those of OUTSIDE_HEADLINE). */
export const countsInHeadline = (status: string): boolean => !OUTSIDE_HEADLINE.some((outside) => outside === status);

/** Whether a contract is behind a live headline figure: live, with its own amount other than 0. */
export const isBehindFigure = (row: HeadlineRow, figure: HeadlineFigure): boolean => countsInHeadline(row.status) && headlineAmount(row, figure) !== 0;

function headlineGroup(rows: readonly HeadlineRow[]): HeadlineGroup {
  const sum = (figure: HeadlineFigure): HeadlineAmount => ({
    amount: rows.reduce((total, row) => total + headlineAmount(row, figure), 0),
    contracts: rows.filter((row) => headlineAmount(row, figure) !== 0).map((row) => row.id),
  });
  return {
    contracts: rows.map((row) => row.id),
    plannedValue: sum("plannedValue"),
    realisedToDate: sum("realisedToDate"),
    evidencedToDate: sum("evidencedToDate"),
    capabilityToDate: sum("capabilityToDate"),
    optionToDate: sum("optionToDate"),
    unsupportedToDate: sum("unsupportedToDate"),
  };
}

/**
 * The portfolio's headline from what its list holds (each contract's Planned value and ledger sums, not
 * its full ledger): Planned value and the actuals to date by how they count, summed over the live
 * contracts, with the contracts behind each amount (those whose own amount is not 0). Draft contracts
 * (plans not yet committed) and Terminated ones (no longer managed) are summed apart, so neither
 * inflates nor hides the live figures.
 */
export function portfolioHeadline(rows: readonly HeadlineRow[]): PortfolioHeadline {
  return {
    live: headlineGroup(rows.filter((row) => countsInHeadline(row.status))),
    draft: headlineGroup(rows.filter((row) => row.status === "Draft")),
    terminated: headlineGroup(rows.filter((row) => row.status === "Terminated")),
  };
}
