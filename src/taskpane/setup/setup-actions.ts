import type { ValueContract } from "../../domain/contract";
import type { ContractStore, SetupReport, StoredContract, StoreResult } from "../../workbook/contract-store";
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
 * Sets the tables up if needed, then appends the contracts `make` writes with IDs from the first free
 * Contract ID on: the samples from Setup and the empty portfolio, and the preview's seed.
 */
export async function appendContracts(
  store: ContractStore,
  make: (firstId: string) => readonly ValueContract[] | Promise<readonly ValueContract[]>,
): Promise<StoreResult<readonly StoredContract[]>> {
  const setUp = await settle(store.setUp());
  if (!setUp.ok) return setUp;
  const firstId = await settle(store.nextContractId());
  if (!firstId.ok) return firstId;
  return settle(store.createContracts(await make(firstId.value)));
}

/**
 * Inserts the sample contracts after any existing ones, with fresh IDs and reviews dated relative to
 * `today` (ISO). Sets the tables up first if needed. Resolves to the number of contracts inserted.
 */
export async function insertSampleContracts(store: ContractStore, today: string): Promise<StoreResult<number>> {
  const created = await appendContracts(store, async (firstId) => {
    // The samples are only needed on request: a chunk of their own keeps them out of the first load.
    const { sampleContracts, idsFrom, SAMPLE_COUNT } = await import(/* webpackChunkName: "samples" */ "../../domain/sample-contracts");
    return sampleContracts(today, idsFrom(firstId, SAMPLE_COUNT));
  });
  return created.ok ? { ok: true, value: created.value.length } : created;
}
