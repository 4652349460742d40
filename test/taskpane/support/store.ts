import { blankContract, type ValueContract } from "../../../src/domain/contract";
import { addMonths, isoToSerial, serialToIso } from "../../../src/domain/dates";
import type { ContractStore } from "../../../src/workbook/contract-store";
import { createContractStore } from "../../../src/workbook/excel-contract-store";
import { createMemoryExcel, type MemoryExcel } from "../../../src/memory-excel";
import { todayIso } from "../../../src/taskpane/shared/display-format";

/** The real store over the in-memory Excel: no mocks. */
export interface TestWorkbook {
  readonly store: ContractStore;
  /** The workbook, for a user's hand edits. */
  readonly excel: MemoryExcel;
}

export function emptyWorkbook(): TestWorkbook {
  const excel = createMemoryExcel();
  return { store: createContractStore(excel.run), excel };
}

/** A workbook with the tables set up and these contracts in them, in order. */
export async function workbookWith(contracts: readonly ValueContract[]): Promise<TestWorkbook> {
  const workbook = emptyWorkbook();
  const setUp = await workbook.store.setUp();
  if (!setUp.ok) throw new Error(`setUp failed: ${setUp.error.message}`);
  if (contracts.length > 0) {
    const created = await workbook.store.createContracts(contracts);
    if (!created.ok) throw new Error(`createContracts failed: ${created.error.message}`);
  }
  return workbook;
}

export const TODAY = todayIso();

/** An ISO date `months` whole months before today (EDATE rules), then `days` later. */
export function monthsAgo(months: number, days = 0): string {
  const today = isoToSerial(TODAY);
  if (!today.ok) throw new Error(today.error.message);
  const back = addMonths(today.value, -months);
  if (!back.ok) throw new Error(back.error.message);
  const iso = serialToIso(back.value + days);
  if (!iso.ok) throw new Error(iso.error.message);
  return iso.value;
}

/** A live contract with every required field, and the given changes. */
export function contract(id: string, changes: Partial<ValueContract>): ValueContract {
  return {
    ...blankContract(id),
    title: `Contract ${id}`,
    status: "Active",
    outcome: "An outcome",
    owner: "Someone",
    mechanism: "A mechanism",
    captureDecision: "Serve more customers",
    evidenceLevel: "Technical",
    reviewCadence: "Quarterly",
    ...changes,
  };
}

/**
 * Pastes a raw value into one cell of a contract row (data row 0 is the first), as a user in the sheet would: a paste
 * gets past a column's dropdown, which refuses the same value typed (Excel's default Stop alert).
 */
export function editCell(excel: MemoryExcel, dataRow: number, header: string, value: string | number): void {
  excel.workbook.table("ValueContracts").pasteCellDirect(dataRow, header, value);
}
