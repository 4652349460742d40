import type { ContractStore, SetupReport, StoreResult } from "../../workbook/contract-store";

/**
 * The set-up actions the pane offers (from Setup and from the empty portfolio). Each resolves to a
 * StoreResult; the caller shows the error, if any, with what to do.
 */

/** Creates the tables in an empty workbook, or repairs a damaged layout without moving data. */
export function setUpTables(store: ContractStore): Promise<StoreResult<SetupReport>> {
  return store.setUp();
}

/**
 * Inserts the sample contracts after any existing ones, with fresh IDs and reviews dated relative to
 * `today` (ISO), setting the tables up first if needed. Resolves to the number of contracts inserted.
 */
export async function insertSampleContracts(store: ContractStore, today: string): Promise<StoreResult<number>> {
  const created = await store.insertSampleContracts(today);
  return created.ok ? { ok: true, value: created.value.length } : created;
}
