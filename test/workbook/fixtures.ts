import { blankContract, type ValueContract } from "../../src/domain/contract";
import type { NewReview, ValueReview } from "../../src/domain/review";
import type { ContractStore, StoreError, StoreResult } from "../../src/workbook/contract-store";
import { createContractStore } from "../../src/workbook/excel-contract-store";
import { createMemoryExcel, type MemoryExcel, type MemoryExcelOptions } from "../../src/memory-excel";
import { columnLetter } from "../../src/workbook/excel-api";
import { LEDGER, LOSSES, RANGES, SETTINGS } from "../../src/workbook/layout";

/**
 * What every claims-triage fixture shares, here and in the pane tests: an Active contract's outcome, owner,
 * capture decision, main figures and cadence. Not complete on its own (no mechanism): each fixture adds the rest.
 */
export function claimsTriageBasics(id = "VC-0001"): ValueContract {
  return {
    ...blankContract(id),
    title: "Claims triage assistant",
    valueChain: "Fulfil and serve",
    mandate: "Create structural operating leverage",
    status: "Active",
    outcome: "Lower cost to serve in claims",
    baseline: 41.5,
    owner: "Dana Whitfield",
    ownerRole: "Head of Claims",
    captureDecision: "Avoid planned recruitment",
    capacityValue: 400_000,
    technologyCost: 120_000,
    operatingCost: 60_000,
    evidenceLevel: "Operational",
    expandAtValue: 300_000,
    reviewCadence: "Quarterly",
    lastReview: "2026-01-31",
  };
}

/** A contract with every field filled: an Active one, so the round trip covers every column kind. */
export function fullContract(id = "VC-0001"): ValueContract {
  return {
    ...claimsTriageBasics(id),
    outcomeMetric: "Cost per claim, currency",
    target: -3.25,
    counterfactual: "Claims handlers triage by hand, as in the last three years.",
    mechanism: "An assistant drafts the first response; handlers approve.",
    incrementalRevenue: 100_000,
    revenueMargin: 0.4,
    protectedEarnings: 250_000.5,
    avoidedLoss: 50_000,
    optionValue: 25_000,
    dataCost: 30_000,
    integrationCost: 45_000,
    changeCost: 20_000,
    governanceCost: 10_000,
    workforceTransitionCost: 15_000,
    qualityControlCost: 5_000,
    friction: 12_000,
    riskFailures: 8_000,
    cannibalisation: 0,
    evidenceNotes: "Handling time down 18% in the pilot team (March to May).",
    decisionRights: "Head of Claims may expand to all teams.",
    controls: "Weekly sample of 50 drafts checked by QA.",
    failureTolerance: "No more than 1% of drafts with a factual error.",
    scaleCondition: "Handling time down 15% for two quarters.",
    stopCondition: "Complaints up more than 5%.",
    stopBelowValue: 0,
    version: 1,
    updated: null,
  };
}

export function fullReview(id = "VR-0001", contractId = "VC-0001"): ValueReview {
  return {
    id,
    contractId,
    date: "2026-04-30",
    reviewer: "CFO office",
    evidenceLevel: "Financial",
    realisedToDate: 180_000,
    forecastValue: 520_000,
    decision: "Expand",
    rationale: "Savings visible in the claims P&L for two months.",
    assumptionsChanged: "Adoption faster than planned.",
    nextReview: "2026-07-31",
  };
}

/** fullReview as the pane sends it to the store: without a Review ID, which the store gives. */
export function newReview(contractId = "VC-0001"): NewReview {
  const { id: _given, ...review } = fullReview("VR-0001", contractId);
  return review;
}

/** A fixed clock, so Updated is known: 1 May 2026, 10:00:00 UTC (milliseconds are dropped when stored). */
export const NOW = new Date("2026-05-01T10:00:00.250Z");
export const NOW_ISO = "2026-05-01T10:00:00Z";

/** The value of a result that must have succeeded (the test fails with the store's message otherwise). */
export function valueOf<T>(result: StoreResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.kind}: ${result.error.message}`);
  return result.value;
}

/** The error of a result that must have failed. */
export function errorOf<T>(result: StoreResult<T>): StoreError {
  if (result.ok) throw new Error("expected a failure, got success");
  return result.error;
}

/** An in-memory Excel with the tables set up, and a store over it whose clock says `now`; the sync count starts at 0. */
export async function setUpStore(options: MemoryExcelOptions = {}, now = NOW): Promise<{ excel: MemoryExcel; store: ContractStore }> {
  const excel = createMemoryExcel(options);
  const store = createContractStore(excel.run, () => now);
  valueOf(await store.setUp());
  excel.resetSyncCount();
  return { excel, store };
}

/** `count` contracts VC-0001... with short, varied text (about 700 bytes a row once written). */
export function manyContracts(count: number): ValueContract[] {
  return Array.from({ length: count }, (_, i) => ({
    ...fullContract(`VC-${String(i + 1).padStart(4, "0")}`),
    title: `Intervention ${i + 1}`,
    capacityValue: 1000 * i,
  }));
}

/**
 * Adds the ValueLedger and ValueRanges tables (empty: Excel's one blank row) and the AIVMSettings table (its defaults)
 * by hand, as set-up would: for tests that build ValueContracts themselves and need the rest of a set-up workbook.
 */
export function addLedgerTablesDirect(excel: MemoryExcel): void {
  for (const layout of [LEDGER, RANGES, LOSSES]) {
    excel.workbook.addSheet(layout.sheet);
    excel.workbook.sheet(layout.sheet).setValuesDirect(`A1:${columnLetter(layout.columns.length - 1)}2`, [layout.columns.map((column) => column.header), layout.columns.map(() => "")]);
    excel.workbook.addTableDirect(`'${layout.sheet}'!A1:${columnLetter(layout.columns.length - 1)}2`, layout.table);
  }
  if (!excel.workbook.hasSheet(SETTINGS.sheet)) excel.workbook.addSheet(SETTINGS.sheet);
  // Where set-up puts it: right of the lists, which set-up writes from A1.
  const at = SETTINGS.anchor?.column ?? 0;
  const area = `${columnLetter(at)}1:${columnLetter(at + SETTINGS.columns.length - 1)}2`;
  excel.workbook.sheet(SETTINGS.sheet).setValuesDirect(area, [SETTINGS.columns.map((column) => column.header), ["Quarter", "January", 0, "", "", ""]]);
  excel.workbook.addTableDirect(`'${SETTINGS.sheet}'!${area}`, SETTINGS.table);
}
