import type { ValueContract } from "../../../src/domain/contract";
import type { ContractStore, StoredContract } from "../../../src/workbook/contract-store";
import type { MemoryExcel, MemoryExcelOptions, MemoryTable } from "../../../src/memory-excel";
import { claimsTriageBasics, setUpStore, valueOf } from "../../workbook/fixtures";

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

export async function testWorkbook(contracts: readonly ValueContract[] = [], options: MemoryExcelOptions = {}): Promise<TestWorkbook> {
  const { excel, store } = await setUpStore(options, FIXED_NOW);
  if (contracts.length > 0) valueOf(await store.createContracts(contracts));
  return {
    excel,
    store,
    contracts: () => excel.workbook.table("ValueContracts"),
    reviews: () => excel.workbook.table("ValueReviews"),
    stored: async (id) => valueOf(await store.getContract(id)),
  };
}

/** An Active contract that steers by thresholds: expand at 300,000 realised, stop below 50,000. */
export function activeContract(id = "VC-0001"): ValueContract {
  return {
    ...claimsTriageBasics(id),
    outcomeMetric: "Cost per claim (£)",
    target: 35,
    mechanism: "An assistant drafts the first response; handlers approve it.",
    stopBelowValue: 50_000,
  };
}
