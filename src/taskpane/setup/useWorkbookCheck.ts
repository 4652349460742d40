import { useCallback } from "react";
import type { ContractStore, StoreResult, WorkbookCheck } from "../../workbook/contract-store";
import { settle } from "../shared/settle";
import { useStoreLoad, type LoadState } from "../shared/useStoreLoad";

export interface CheckedWorkbook {
  readonly check: WorkbookCheck;
  /** False when the store reports the tables are not set up at all (offer Create rather than Repair). */
  readonly tablesExist: boolean;
}

export type CheckState = LoadState<CheckedWorkbook>;

/** Every problem the store finds and, when the layout is not ready, whether the tables are there at all. */
async function checkAndFindTables(store: ContractStore): Promise<StoreResult<CheckedWorkbook>> {
  const check = await settle(store.check());
  if (!check.ok) return check;
  const list = check.value.ready ? null : await settle(store.listContracts());
  const tablesExist = list === null || list.ok || list.error.kind !== "not-set-up";
  return { ok: true, value: { check: check.value, tablesExist } };
}

/** Checks the workbook when opened and on recheck(). */
export function useWorkbookCheck(store: ContractStore): { state: CheckState; recheck: () => void } {
  const load = useCallback(() => checkAndFindTables(store), [store]);
  const { state, retry } = useStoreLoad(load);
  return { state, recheck: retry };
}
