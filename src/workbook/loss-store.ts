import { ok } from "../domain/result";
import { LossExposure, type LossInput } from "../domain/loss-exposure";
import { orphanProblem, readRows } from "./codec";
import type { CellProblem, SavedLosses, StoredContract, StoredLoss, StoreError, StoreResult } from "./contract-store";
import type { ExcelContext } from "./excel-api";
import { LOSSES } from "./layout";
import { saveSetIn, type ContractsByKey, type RowSet } from "./row-set";
import { parse } from "./store-reads";
import type { TableSnapshot } from "./table-io";

/**
 * LossExposure in the workbook: reading its rows with the problems their contracts reveal, and saving, replacing or
 * deleting a contract's one row (row-set.ts: a set of at most one row) in one write request that verifies it.
 */

/**
 * The LossExposure rows of a snapshot (all, or those at `indexes`) as StoredLosses, in sheet order: each row's schema
 * problems (a text in a number column, ranges out of order), a Contract ID on two rows, and with `contracts`, a
 * Contract ID that is no contract's.
 */
export function readLosses(snapshot: TableSnapshot, contracts: ContractsByKey | null, indexes?: readonly number[]): StoredLoss[] {
  const { sheet } = snapshot.place;
  return readRows(LOSSES, snapshot.map, snapshot.body, snapshot.place, (draft) => LossExposure.safeParse(draft), indexes, snapshot.dates.offset).map((record) => {
    const orphan = orphanProblem(LOSSES, { sheet, row: record.row }, record.draft, contracts);
    const problems: CellProblem[] = orphan === null ? [...record.problems] : [...record.problems, orphan];
    return { loss: problems.length === 0 ? record.value : null, draft: record.draft, row: record.row, fingerprint: record.fingerprint, problems };
  });
}

/** A conflict naming the contract's rows as they are now. */
function lossConflict(stored: StoredContract, current: readonly StoredLoss[]): StoreError {
  const rows = current.map((row) => row.row).join(", ");
  return {
    kind: "conflict",
    message: `The loss exposure of ${stored.id} changed in the workbook since you opened it (by a co-author or by hand${rows === "" ? "; its row was deleted" : `; its row is now ${rows}`}), so nothing was saved. Reload to see it, then enter yours again.`,
    current: stored,
    losses: current,
  };
}

/** LossExposure as a contract's set: one slot, so a second row of the contract (a duplicate) is deleted by a save. */
export const LOSS_SET: RowSet<StoredLoss> = {
  layout: LOSSES,
  read: readLosses,
  slotOf: () => "",
  named: (contractId) => `the loss exposure of ${contractId}`,
  conflict: lossConflict,
};

/**
 * ContractStore.saveLossExposure in one Excel.run: `input` checked as a LossExposure of the contract (before any
 * request), then the set-save of row-set.ts with one record (write or replace) or none (delete).
 */
export async function saveLossIn(context: ExcelContext, contractId: string, input: LossInput | null, read: readonly StoredLoss[], updated: string): Promise<StoreResult<SavedLosses>> {
  const records: LossExposure[] = [];
  if (input !== null) {
    // The set-save writes the Contract ID as the contract's row has it, and Updated.
    const parsed = parse(LossExposure, { ...input, contractId, updated }, `The loss exposure of ${contractId}`);
    if (!parsed.ok) return parsed;
    records.push(parsed.value);
  }
  const saved = await saveSetIn(context, LOSS_SET, contractId, records, read, updated);
  if (!saved.ok) return saved;
  const { rows, ...counts } = saved.value;
  return ok({ losses: rows, ...counts });
}
