import type { ContractStore, StoreError } from "../../workbook/contract-store";
import type { ExcelRun } from "../../workbook/excel-api";
import { createMemoryExcel } from "../../workbook/memory-excel";

/**
 * The preview's workbook: the in-memory Excel, which the pane's ordinary store runs over, set up and
 * seeded with the sample contracts. This module is a chunk of its own ("preview"), loaded only when
 * Office reports no host, so Excel users never download it.
 */

/** A new, empty in-memory workbook to run the store over. */
export function createPreviewRun(): ExcelRun {
  return createMemoryExcel().run;
}

/**
 * Sets the tables up and inserts the samples, as Setup does, then `extraContracts` more (for the
 * load-time bench), in one request. Resolves to null, or to the error that stopped it: the pane still
 * opens and shows it.
 */
export async function seedPreview(store: ContractStore, today: string, extraContracts = 0): Promise<StoreError | null> {
  const created = await store.insertSampleContracts(today, extraContracts);
  return created.ok ? null : created.error;
}
