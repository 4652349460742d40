import { idKey } from "../domain/lists";
import { fail, ok } from "../domain/result";
import { asRead as cellAsRead, writeCell } from "./cells";
import { dataColumns, placeAt, readContracts } from "./codec";
import type { ReadStamp, SavedContract, StoredContract, StoreError, StoreResult } from "./contract-store";
import type { CellValue, ExcelContext } from "./excel-api";
import { fingerprintOf } from "./fingerprint";
import { keyHeader } from "./layout";
import { asRead, ownOf, queueRowWrite, restoreRow, sameCell, sameHeader, uniqueIndex, type Probe, type RowSeen } from "./row-writes";
import { conflict, duplicateId, notFound } from "./store-messages";
import { indexesOf } from "./store-reads";
import { positionOf, sheetRow, type TableHead } from "./table-io";

/**
 * Saving a contract over its row, as a co-author-safe protocol. The first request of the use case
 * found the row by its Contract ID (the stamped row when it still has it). The second carries the
 * write: only the cells whose value the user changed, plus Version and Updated, queued after a read of
 * the header, the key column and the row, and before a read of the row as written. Then:
 * - the row is as the stamp promised: saved;
 * - a co-author changed other fields only: saved, their changes kept, and the result says which;
 * - they changed a field the user changed too, the row moved, or the columns changed: the cells written
 *   are put back exactly as they were (restoreRow), and the result is a conflict with the row as it is,
 *   or the save is tried again where the row has moved to.
 */

/** The cells to write and what they mean. */
export interface RowPlan {
  readonly index: number;
  /** Table position -> value to write. */
  readonly cells: ReadonlyMap<number, CellValue>;
  /** Indexes into our data cells (layout order) of the fields the user changed (not Version or Updated). */
  readonly touched: ReadonlySet<number>;
  /** The Version written. */
  readonly version: number;
}

const KEPT_BY_STORE = new Set(["version", "updated"]);

/**
 * Which data row a save goes to: the stamped row if it still has the stamped ID, else the one row that
 * has it. A new ID (record.id) is allowed only where the stamped ID is what is wrong (fixesId), and must
 * be no other row's.
 */
export function chooseTarget(head: TableHead, stamp: ReadStamp, id: string, fixesId: boolean): StoreResult<number> {
  const stamped = stamp.row - sheetRow(head, 0);
  const withStampedId = indexesOf(head.keys, stamp.id);
  const index = withStampedId.includes(stamped) ? stamped : withStampedId.length === 1 ? (withStampedId[0] ?? -1) : -1;
  if (index < 0 || (idKey(id) !== idKey(stamp.id) && !fixesId)) return fail(withStampedId.length > 1 ? sharedId(head, stamp.id, withStampedId) : notFound(id));
  const others = indexesOf(head.keys, id).filter((other) => other !== index);
  return others.length > 0 ? fail(duplicateId(keyHeader(head.layout), id, others.map((other) => sheetRow(head, other)))) : ok(index);
}

function sharedId(head: TableHead, id: string, rows: readonly number[]): StoreError {
  return duplicateId(keyHeader(head.layout), id, rows.map((row) => sheetRow(head, row)));
}

/**
 * Each field of `record` whose cell would change from the stamp's, plus Version and Updated (always
 * written). Fields `record` does not hold are left alone (a review writes only Status and Last review).
 * `guarded` fields are not written but count as the user's: a co-author's change to one refuses the save
 * (the review's suggestion rested on the contract's thresholds and status).
 */
export function planRowWrite(head: TableHead, index: number, stamp: ReadStamp, record: Readonly<Record<string, unknown>>, guarded: readonly string[] = []): RowPlan {
  const cells = new Map<number, CellValue>();
  const touched = new Set<number>();
  dataColumns(head.layout).forEach((column, i) => {
    if (guarded.includes(column.key)) touched.add(i);
    const position = positionOf(head.map, column);
    if (position < 0 || !(column.key in record)) return;
    const written = writeCell(column, record[column.key], head.dates.offset);
    const always = KEPT_BY_STORE.has(column.key);
    if (!always && sameCell(cellAsRead(written), stamp.cells[i])) return;
    cells.set(position, written);
    if (!always) touched.add(i);
  });
  const version = typeof record["version"] === "number" ? record["version"] : 1;
  return { index, cells, touched, version };
}

export type Judgement =
  | { readonly kind: "saved"; readonly saved: SavedContract; readonly versionFix: number | null }
  | { readonly kind: "moved"; readonly to: number | null }
  | { readonly kind: "refused"; readonly error: StoreError };

const ownIndexOf = (head: TableHead, key: string): number => dataColumns(head.layout).findIndex((column) => column.key === key);

/** Decodes a row image as the list would show it. */
export function storedAt(head: TableHead, index: number, row: readonly CellValue[]): StoredContract | null {
  return readContracts(head.map, [row], placeAt(head.place, index), undefined, head.dates.offset)[0] ?? null;
}

/** What the request that carried a contract write saw, judged against the stamp. */
export function judgeContractWrite(head: TableHead, plan: RowPlan, stamp: ReadStamp, seen: RowSeen): Judgement {
  const before = asRead(head, seen.before);
  const beforeOwn = ownOf(head, before);
  const current = storedAt(head, plan.index, before);
  if (!sameHeader(head, seen.header)) {
    return { kind: "refused", error: { kind: "layout", message: `Nothing was saved: the columns of table ${head.layout.table} changed while AIVM was saving. Reload and try again.`, problems: [] } };
  }
  if (idKey(beforeOwn[ownIndexOf(head, head.layout.key)]) !== idKey(stamp.id)) return { kind: "moved", to: uniqueIndex(seen.keys, stamp.id) };
  const changedByOthers = dataColumns(head.layout)
    .map((column, i) => ({ column, i }))
    .filter(({ column, i }) => !KEPT_BY_STORE.has(column.key) && !sameCell(beforeOwn[i], stamp.cells[i]));
  const unchanged = fingerprintOf(beforeOwn) === stamp.fingerprint;
  // A save that gives the row a new ID (fixing a shared one) cannot tell the row apart by its ID: any change refuses it.
  const renaming = plan.touched.has(ownIndexOf(head, head.layout.key));
  const clash = renaming ? changedByOthers.length > 0 : changedByOthers.some(({ i }) => plan.touched.has(i));
  const after = storedAt(head, plan.index, asRead(head, seen.after));
  if (!unchanged && (clash || after === null || after.contract === null || current === null)) {
    return { kind: "refused", error: conflict(current ?? after ?? fallbackStored(stamp)) };
  }
  if (after === null) return { kind: "refused", error: conflict(fallbackStored(stamp)) };
  const beforeVersion = beforeOwn[ownIndexOf(head, "version")];
  const versionFix = typeof beforeVersion === "number" && beforeVersion >= plan.version ? beforeVersion + 1 : null;
  return { kind: "saved", saved: { ...after, merged: changedByOthers.map(({ column }) => column.header) }, versionFix };
}

const fallbackStored = (stamp: ReadStamp): StoredContract => ({
  contract: null,
  draft: {},
  cells: stamp.cells,
  id: stamp.id,
  row: stamp.row,
  version: stamp.version,
  fingerprint: stamp.fingerprint,
  figures: null,
  problems: [],
});

/** A queued contract write, waiting for its request. */
export interface QueuedContractWrite {
  readonly plan: RowPlan;
  readonly probe: Probe<RowSeen>;
}

export const queueContractWrite = (head: TableHead, plan: RowPlan): QueuedContractWrite => ({ plan, probe: queueRowWrite(head, plan.index, plan.cells) });

/**
 * Puts back what a judged write changed when it was refused or landed on a moved row; reports an
 * "excel" error when even that could not be done cleanly, so a failure is never silent.
 */
export async function undoContractWrite(context: ExcelContext, head: TableHead, queued: QueuedContractWrite, seen: RowSeen): Promise<StoreError | null> {
  const key = String(ownOf(head, asRead(head, seen.before))[ownIndexOf(head, head.layout.key)] ?? "");
  const outcome = await restoreRow(context, head, queued.plan.index, key, [...queued.plan.cells.keys()], seen.before, seen.after);
  if (outcome.restored) return null;
  return {
    kind: "excel",
    message: `AIVM could not put back row ${sheetRow(head, queued.plan.index)} of table ${head.layout.table} exactly as it was: ${outcome.why}. Check that row in the sheet (Undo may help) and run Check workbook.`,
  };
}

/** Sets Version after a merge, where a co-author's save had already raised it (verified like any write). */
export function queueVersionFix(head: TableHead, index: number, version: number): Probe<RowSeen> | null {
  const column = head.layout.columns.find((candidate) => candidate.key === "version");
  const position = column === undefined ? -1 : positionOf(head.map, column);
  return position < 0 ? null : queueRowWrite(head, index, new Map([[position, version]]));
}

/**
 * The whole update protocol for one contract row: write at the chosen row; on a move, put back and try
 * again where the row went (twice at most); on a refusal, put back and say why.
 */
export async function writeContractRow(
  context: ExcelContext,
  head: TableHead,
  stamp: ReadStamp,
  record: Readonly<Record<string, unknown>>,
  start: number,
  guarded: readonly string[] = [],
): Promise<StoreResult<SavedContract>> {
  let index: number | null = start;
  for (let attempt = 0; attempt < 3 && index !== null; attempt++) {
    const queued = queueContractWrite(head, planRowWrite(head, index, stamp, record, guarded));
    await context.sync();
    const seen = queued.probe();
    const judged = judgeContractWrite(head, queued.plan, stamp, seen);
    if (judged.kind === "saved") {
      if (judged.versionFix === null) return ok(judged.saved);
      const fix = queueVersionFix(head, queued.plan.index, judged.versionFix);
      await context.sync();
      const fixed = fix ? storedAt(head, queued.plan.index, asRead(head, fix().after)) : null;
      return ok(fixed ? { ...fixed, merged: judged.saved.merged } : judged.saved);
    }
    const undone = await undoContractWrite(context, head, queued, seen);
    if (undone !== null) return fail(undone);
    if (judged.kind === "refused") return fail(judged.error);
    index = judged.to;
  }
  return fail(notFound(String(record["id"] ?? stamp.id)));
}
