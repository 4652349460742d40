import { idKey } from "../domain/lists";
import { fail, ok } from "../domain/result";
import { asRead as cellAsRead } from "./cells";
import { tableRow } from "./codec";
import type { StoreError, StoreResult } from "./contract-store";
import type { CellValue, ExcelContext } from "./excel-api";
import { keyHeader } from "./layout";
import { asRead, deleteRowWithKey, queueAppend, queueRowWrite, restoreRow, type AppendSeen, type Probe, type RowSeen } from "./row-writes";
import { excelFailure } from "./store-errors";
import { duplicateId } from "./store-messages";
import { indexesOf, nextIdsIn } from "./store-reads";
import { chunkRows, isBlankRow, onlyBlankRow, positionOf, sheetRow, type TableHead } from "./table-io";

/**
 * Appending rows, co-author-safe. New rows go in with Excel's rows.add, in a request that also reads
 * the key column just before and just after, so the store knows which rows are its own (the last ones:
 * a request runs whole) and whether an ID it chose was taken meanwhile. Excel's one blank row of a new
 * table is filled instead, by a write that reads it first in the same request; if it was no longer
 * blank, what was written is put back and the row is appended instead. An ID that AIVM gave and someone
 * took meanwhile is given again; an ID the user chose that was taken meanwhile refuses the save, and the
 * rows appended are removed.
 */

/** A record to append: its cells in layout order (recordCells), and its ID. */
export interface NewRow {
  readonly id: string;
  readonly cells: readonly CellValue[];
}

/** Where each appended record now is: its body row index and its ID (which may have been given again). */
export interface Appended {
  readonly index: number;
  readonly id: string;
  readonly cells: readonly CellValue[];
  /** The row as it was asked for. */
  readonly source: NewRow;
}

const keyPositionIn = (head: TableHead): number => head.layout.columns.findIndex((column) => column.key === head.layout.key);

const withId = (head: TableHead, row: NewRow, id: string): NewRow => {
  const cells = [...row.cells];
  cells[keyPositionIn(head)] = id;
  return { id, cells };
};

/** A queued append (and the filling of Excel's blank row, if any), waiting for its request. */
export interface QueuedAppend {
  readonly fill: { readonly row: NewRow; readonly probe: Probe<RowSeen> } | null;
  readonly rows: readonly NewRow[];
  readonly probe: Probe<AppendSeen> | null;
}

/** Queues the rows: the first into Excel's blank row when the table has only that one, the rest with rows.add. */
export function queueRows(head: TableHead, rows: readonly NewRow[], fillBlank: boolean): QueuedAppend {
  const [first, ...rest] = rows;
  const fill = fillBlank && first !== undefined ? { row: first, probe: queueRowWrite(head, 0, fullRowCells(head, first)) } : null;
  const appended = fill === null ? rows : rest;
  const probe = appended.length > 0 ? queueAppend(head, appended.map((row) => tableRow(head.layout, head.map, row.cells))) : null;
  return { fill, rows: appended, probe };
}

/** Our cells at their table positions (the user's columns are not written). */
function fullRowCells(head: TableHead, row: NewRow): Map<number, CellValue> {
  const cells = new Map<number, CellValue>();
  head.layout.columns.forEach((column, i) => {
    const position = positionOf(head.map, column);
    if (position >= 0) cells.set(position, row.cells[i] ?? "");
  });
  return cells;
}

/**
 * Settles what a queued append saw: the blank row was still blank (else put back, and that record goes
 * to rows.add next), and no ID was taken by another row meanwhile (else re-given, or refused when
 * `allocated` is false). Resolves to where every record is, or the refusal.
 */
export async function settleAppend(context: ExcelContext, head: TableHead, queued: QueuedAppend, allocated: boolean): Promise<StoreResult<Appended[]>> {
  const placed: Appended[] = [];
  const retry: NewRow[] = [];
  if (queued.fill !== null) {
    const seen = queued.fill.probe();
    if (isBlankRow(head, asRead(head, seen.before))) placed.push({ index: 0, id: queued.fill.row.id, cells: queued.fill.row.cells, source: queued.fill.row });
    else {
      const key = String(asRead(head, seen.before)[positionOf(head.map, head.layout.columns[keyPositionIn(head)] ?? { header: "" })] ?? "");
      const restored = await restoreRow(context, head, 0, key, [...fullRowCells(head, queued.fill.row).keys()], seen.before, seen.after);
      if (!restored.restored) return fail(notClean(head, 0, restored.why));
      retry.push(queued.fill.row);
    }
  }
  if (queued.probe !== null) {
    const seen = queued.probe();
    const first = seen.countAfter - queued.rows.length;
    queued.rows.forEach((row, j) => placed.push({ index: first + j, id: row.id, cells: row.cells, source: row }));
    // Where each key was just before the rows went in (the filled blank row, if any, is ours already).
    const taken = new Map<string, number[]>();
    seen.keysBefore.slice(0, seen.countBefore).forEach((key, index) => taken.set(idKey(key), [...(taken.get(idKey(key)) ?? []), index]));
    const clashes = placed.filter((row) => (taken.get(idKey(row.id)) ?? []).some((index) => index !== row.index));
    if (clashes.length > 0) {
      if (!allocated) return removeAppended(context, head, placed, clashes, seen.keysBefore);
      const fresh = nextIdsIn(head, [...seen.keysAfter, ...retry.map((row) => row.id)], clashes.length);
      for (const [k, clash] of clashes.entries()) {
        const id = fresh[k] ?? clash.id;
        const position = positionOf(head.map, head.layout.columns[keyPositionIn(head)] ?? { header: "" });
        queueRowWrite(head, clash.index, new Map([[position, id]]));
        const at = placed.indexOf(clash);
        placed[at] = { ...clash, id, cells: withId(head, clash, id).cells };
      }
      await context.sync();
    }
  }
  if (retry.length > 0) {
    const again = await appendRows(context, head, retry, allocated, false);
    if (!again.ok) return again;
    placed.push(...again.value);
  }
  return ok(placed.sort((a, b) => a.index - b.index));
}

/** Removes the rows this append added (from the bottom, each checked by its key) and refuses the save as a duplicate. */
async function removeAppended(context: ExcelContext, head: TableHead, placed: readonly Appended[], clashes: readonly Appended[], keysBefore: readonly string[]): Promise<StoreResult<Appended[]>> {
  for (const row of [...placed].sort((a, b) => b.index - a.index)) {
    if (!(await deleteRowWithKey(context, head, row.index, row.id))) return fail(notClean(head, row.index, "rows moved while AIVM removed the row it had added"));
  }
  const clash = clashes[0];
  const rows = clash === undefined ? [] : indexesOf(keysBefore, clash.id).map((index) => sheetRow(head, index));
  return fail(duplicateId(keyHeader(head.layout), clash?.id ?? "", rows));
}

/** A bulk append that failed after some chunks went in: say which rows are in, so a retry can skip them. */
function partlySaved(error: unknown, placed: readonly Appended[], total: number, head: TableHead): StoreError {
  const failed = excelFailure(error, "save all the contracts");
  const rows = placed.map((row) => sheetRow(head, row.index));
  const first = Math.min(...rows);
  const last = Math.max(...rows);
  const where = placed.length === 1 ? `row ${first}` : `rows ${first} to ${last}`;
  return { kind: "excel", message: `${failed.message} The first ${placed.length} of ${total} contracts were saved (${where}); save the others again.` };
}

function notClean(head: TableHead, index: number, why: string): StoreError {
  return {
    kind: "excel",
    message: `AIVM could not leave row ${sheetRow(head, index)} of table ${head.layout.table} exactly as it was: ${why}. Check that row in the sheet (Undo may help) and run Check workbook.`,
  };
}

/**
 * Appends rows in chunks under the request limit, each chunk verified as settleAppend describes. The
 * first chunk fills Excel's blank row of a new table (when `fillBlank` and the table has only that row).
 */
export async function appendRows(context: ExcelContext, head: TableHead, rows: readonly NewRow[], allocated: boolean, fillBlank = onlyBlankRow(head)): Promise<StoreResult<Appended[]>> {
  const placed: Appended[] = [];
  let fill = fillBlank;
  let offset = 0;
  for (const chunk of chunkRows(rows.map((row) => row.cells))) {
    const queued = queueRows(head, rows.slice(offset, offset + chunk.length), fill);
    fill = false;
    try {
      await context.sync();
    } catch (error) {
      // Nothing in yet: the use case reports the failure as what it was doing.
      if (placed.length === 0) throw error;
      return fail(partlySaved(error, placed, rows.length, head));
    }
    offset += chunk.length;
    const settled = await settleAppend(context, head, queued, allocated);
    if (!settled.ok) return settled;
    placed.push(...settled.value);
  }
  return ok(placed);
}

/** The cells a record reads back as, once written (quote prefixes are not part of the value). */
export const readBack = (cells: readonly CellValue[]): CellValue[] => cells.map(cellAsRead);
