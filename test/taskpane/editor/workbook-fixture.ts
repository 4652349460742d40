import { blankContract, type ValueContract } from "../../../src/domain/contract";
import type { ContractStore, StoredContract } from "../../../src/workbook/contract-store";
import { ExcelContractStore } from "../../../src/workbook/excel-contract-store";
import { createMemoryExcel, type MemoryExcel, type MemoryTable } from "../../../src/workbook/memory-excel";

/** The real store over the in-memory Excel, with both tables set up: no store mocks in the pane tests. */
export interface TestWorkbook {
  readonly excel: MemoryExcel;
  readonly store: ContractStore;
  /** The ValueContracts table, read and hand-edited as a user in Excel would. */
  contracts(): MemoryTable;
  reviews(): MemoryTable;
  /** A contract as the store reads it now; fails the test if it cannot. */
  stored(id: string): Promise<StoredContract>;
}

/** Updated is written from this clock, so rows compare the same in every run. */
export const FIXED_NOW = new Date("2026-03-02T09:30:00Z");

export async function testWorkbook(contracts: readonly ValueContract[] = []): Promise<TestWorkbook> {
  const excel = createMemoryExcel();
  const store = new ExcelContractStore(excel.run, () => FIXED_NOW);
  const setUp = await store.setUp();
  if (!setUp.ok) throw new Error(`set-up failed: ${setUp.error.message}`);
  if (contracts.length > 0) {
    const created = await store.createContracts(contracts);
    if (!created.ok) throw new Error(`inserting contracts failed: ${created.error.message}`);
  }
  return {
    excel,
    store,
    contracts: () => excel.workbook.table("ValueContracts"),
    reviews: () => excel.workbook.table("ValueReviews"),
    stored: async (id) => {
      const found = await store.getContract(id);
      if (!found.ok) throw new Error(`no contract ${id}: ${found.error.message}`);
      return found.value;
    },
  };
}

/** An Active contract that steers by thresholds: expand at 300,000 realised, stop below 50,000. */
export function activeContract(id = "VC-0001"): ValueContract {
  return {
    ...blankContract(id),
    title: "Claims triage assistant",
    valueChain: "Fulfil and serve",
    mandate: "Create structural operating leverage",
    status: "Active",
    outcome: "Lower cost to serve in claims",
    outcomeMetric: "Cost per claim (£)",
    baseline: 41.5,
    target: 35,
    owner: "Dana Whitfield",
    ownerRole: "Head of Claims",
    mechanism: "An assistant drafts the first response; handlers approve it.",
    captureDecision: "Avoid planned recruitment",
    capacityValue: 400_000,
    technologyCost: 120_000,
    operatingCost: 60_000,
    evidenceLevel: "Operational",
    expandAtValue: 300_000,
    stopBelowValue: 50_000,
    reviewCadence: "Quarterly",
    lastReview: "2026-01-31",
  };
}
