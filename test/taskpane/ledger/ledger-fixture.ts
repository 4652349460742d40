import type { ActualsLine } from "../../../src/workbook/contract-store";

/**
 * What the ledger view's tests share: the store's clock and the pane's today agree, 2 March 2026, in Q1 of a calendar
 * fiscal year (the default settings: quarters, fiscal year from January); the last complete period is Q4 FY2025.
 */
export const TODAY = "2026-03-02";

/** One line of recorded actuals: its plan and actual for the period, Financial evidence unless given. */
export const line = (name: ActualsLine["line"], plan: number, actual: number | null, evidenceLevel: ActualsLine["evidenceLevel"] = "Financial"): ActualsLine => ({
  line: name,
  plan,
  forecast: null,
  actual,
  evidenceLevel,
  evidenceSource: "",
});
