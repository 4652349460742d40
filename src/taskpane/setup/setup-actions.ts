import type { ContractStore, SetupReport, StoreResult } from "../../workbook/contract-store";
import { settle } from "../shared/settle";

/**
 * The set-up actions the pane offers (from Setup and from the empty portfolio). Each resolves to a
 * StoreResult; the caller shows the error, if any, with what to do.
 */

/** Creates the tables in an empty workbook, or repairs a damaged layout without moving data. */
export function setUpTables(store: ContractStore): Promise<StoreResult<SetupReport>> {
  return settle(store.setUp());
}

/**
 * Inserts the sample contracts after any existing ones, with fresh IDs and reviews dated relative to
 * `today` (ISO). Sets the tables up first if needed. Resolves to the number of contracts inserted.
 */
export async function insertSampleContracts(store: ContractStore, today: string): Promise<StoreResult<number>> {
  const setUp = await settle(store.setUp());
  if (!setUp.ok) return setUp;
  const firstId = await settle(store.nextContractId());
  if (!firstId.ok) return firstId;
  // The samples are only needed on request: a chunk of their own keeps them out of the first load.
  const { sampleContracts, idsFrom, SAMPLE_COUNT } = await import(/* webpackChunkName: "samples" */ "../../domain/sample-contracts");
  const created = await settle(store.createContracts(sampleContracts(today, idsFrom(firstId.value, SAMPLE_COUNT))));
  return created.ok ? { ok: true, value: created.value.length } : created;
}
