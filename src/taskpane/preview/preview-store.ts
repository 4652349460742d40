import { idsFrom, SAMPLE_COUNT, sampleContracts } from "../../domain/sample-contracts";
import type { ContractStore, StoreError } from "../../workbook/contract-store";
import type { ExcelRun } from "../../workbook/excel-api";
import { createMemoryExcel } from "../../memory-excel";
import { appendContracts } from "../setup/setup-actions";
import { manyContracts } from "./many-contracts";

/**
 * The preview's workbook: the in-memory Excel, which the pane's ordinary ExcelContractStore runs over,
 * set up and seeded with the sample contracts. This module is a chunk of its own ("preview"), loaded
 * only when Office reports no host, so Excel users never download it.
 */

/** A new, empty in-memory workbook to run the store over. */
export function createPreviewRun(): ExcelRun {
  return createMemoryExcel().run;
}

/**
 * Sets the tables up and inserts the samples, as Setup does, then `extraContracts` more (for the
 * load-time bench), in one write. Resolves to null, or to the error that stopped it: the pane still
 * opens and shows it.
 */
export async function seedPreview(store: ContractStore, today: string, extraContracts = 0): Promise<StoreError | null> {
  const created = await appendContracts(store, (firstId) => {
    const ids = idsFrom(firstId, SAMPLE_COUNT + extraContracts);
    const contracts = sampleContracts(today, ids.slice(0, SAMPLE_COUNT));
    const extraFirst = ids[SAMPLE_COUNT];
    if (extraContracts > 0 && extraFirst !== undefined) contracts.push(...manyContracts(extraContracts, today, extraFirst));
    return contracts;
  });
  return created.ok ? null : created.error;
}
