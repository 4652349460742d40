import { idKey } from "../domain/lists";
import { dataColumns } from "./codec";
import type { CellValue, ExcelContext } from "./excel-api";
import { positionOf, rowAsRead, rowRange, type TableHead } from "./table-io";

/**
 * Writes that verify, in the request that carries them, what they overwrite. Excel gives an add-in no
 * lock, and a co-author's save or a hand edit can change a table between two of our round trips
 * ("Coauthoring in Excel add-ins": values read earlier are not kept in sync). So every write queues,
 * before its cells, a read of the header, the key column and the target row, and after them a read of
 * the row as written. Once the request is back, the caller compares what was there with what it
 * expected: when it was not, the cells are put back exactly as they were (formulas included) in the
 * next request, which verifies itself the same way.
 */

/** One data row as Excel gave it: values, the text each cell shows, and formulas (what restores a cell exactly). */
export interface RowImage {
  readonly values: readonly CellValue[];
  readonly text: readonly string[];
  readonly formulas: readonly CellValue[];
}

/** What a request that wrote one row saw, all of it read in that same request. */
export interface RowSeen {
  /** The header row, read before the write. */
  readonly header: readonly CellValue[];
  /** The key column's text, read before the write. */
  readonly keys: readonly string[];
  /** The row before the write, and after it. */
  readonly before: RowImage;
  readonly after: RowImage;
}

/** A request's reads of a row, to call once the request is back. */
export type Probe<T> = () => T;

const keyPosition = (head: TableHead): number => {
  const key = head.layout.columns.find((column) => column.key === head.layout.key);
  return key === undefined ? -1 : positionOf(head.map, key);
};

/** Queues a read of the key column's text (every data row). */
export function queueKeys(head: TableHead): Probe<string[]> {
  const position = keyPosition(head);
  if (position < 0) return () => [];
  const range = head.table.getDataBodyRange().getColumn(position).load("text");
  return () => range.text.map((row) => row[0] ?? "");
}

/** Queues a read of the table's row count. */
export function queueRowCount(head: TableHead): Probe<number> {
  const body = head.table.getDataBodyRange().load("rowCount");
  return () => body.rowCount;
}

function queueImage(head: TableHead, index: number, withFormulas: boolean): Probe<RowImage> {
  const range = rowRange(head, index).load(withFormulas ? ["values", "text", "formulas"] : ["values", "text"]);
  return () => ({ values: range.values[0] ?? [], text: range.text[0] ?? [], formulas: withFormulas ? (range.formulas[0] ?? []) : [] });
}

/** Adjacent positions grouped, so one range is written per run and the user's columns between are never touched. */
export function cellRuns(cells: ReadonlyMap<number, CellValue>): { start: number; cells: CellValue[] }[] {
  const runs: { start: number; cells: CellValue[] }[] = [];
  for (const position of [...cells.keys()].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    const cell = cells.get(position) ?? "";
    if (last && last.start + last.cells.length === position) last.cells.push(cell);
    else runs.push({ start: position, cells: [cell] });
  }
  return runs;
}

/**
 * Queues, in this order: the header, the key column and row `index` as they are; the cells (table
 * position -> value; as formulas when restoring); the row as written. Nothing outside `cells` is written.
 */
export function queueRowWrite(head: TableHead, index: number, cells: ReadonlyMap<number, CellValue>, as: "values" | "formulas" = "values"): Probe<RowSeen> {
  const header = head.table.getHeaderRowRange().load("values");
  const keys = queueKeys(head);
  const before = queueImage(head, index, true);
  const body = head.table.getDataBodyRange();
  for (const run of cellRuns(cells)) {
    const range = body.getCell(index, run.start).getResizedRange(0, run.cells.length - 1);
    if (as === "formulas") range.formulas = [run.cells];
    else range.values = [run.cells];
  }
  const after = queueImage(head, index, false);
  return () => ({ header: header.values[0] ?? [], keys: keys(), before: before(), after: after() });
}

/** Whether two cells are the same as Excel gives them back. */
export const sameCell = (a: CellValue | undefined, b: CellValue | undefined): boolean => (a ?? "") === (b ?? "");

/** Whether a header row is the one a request opened with: if not, positions may have moved and nothing is trusted. */
export const sameHeader = (head: TableHead, header: readonly CellValue[]): boolean =>
  header.length === head.header.length && header.every((cell, i) => sameCell(cell, head.header[i]));

/** Our data cells (layout order) of a full-width row as read: what fingerprints and stamps hold. */
export function ownOf(head: TableHead, row: readonly CellValue[]): CellValue[] {
  return dataColumns(head.layout).map((column) => {
    const position = positionOf(head.map, column);
    return position < 0 ? "" : (row[position] ?? "");
  });
}

/** A row image as the store reads rows (text columns as shown). */
export const asRead = (head: TableHead, image: RowImage): CellValue[] => rowAsRead(head, image.values, image.text);

/** The unique index of a key among keys read, or null (absent, or shared by several rows). */
export function uniqueIndex(keys: readonly string[], key: string): number | null {
  const wanted = idKey(key);
  let found: number | null = null;
  for (let i = 0; i < keys.length; i++) {
    if (idKey(keys[i]) !== wanted) continue;
    if (found !== null) return null;
    found = i;
  }
  return found;
}

/** The restoring cells for `positions`: the formulas each held before (a constant's formula is its value). */
export function restoring(before: RowImage, positions: Iterable<number>): Map<number, CellValue> {
  const cells = new Map<number, CellValue>();
  for (const position of positions) cells.set(position, before.formulas[position] ?? "");
  return cells;
}

export type RestoreOutcome = { readonly restored: true } | { readonly restored: false; readonly why: string };

/**
 * Puts back the cells a refused write changed on the row whose key is `key`: `original` as it was before
 * our write, `written` our row as it was after it. Verified like any write: if the row at `index` no longer
 * holds what we wrote (a co-author moved rows meanwhile), what that request overwrote is put back in the
 * next one, and our row is found again by its key. A few attempts at most: each round trip is one more
 * chance for someone else to move rows.
 */
export async function restoreRow(
  context: ExcelContext,
  head: TableHead,
  index: number,
  key: string,
  positions: readonly number[],
  original: RowImage,
  written: RowImage,
): Promise<RestoreOutcome> {
  const ours = asRead(head, written);
  let at: number | null = index;
  let wrong: { index: number; cells: Map<number, CellValue> } | null = null;
  for (let attempt = 0; attempt < 4; attempt++) {
    if (wrong !== null) queueRowWrite(head, wrong.index, wrong.cells, "formulas");
    if (at === null) {
      await context.sync();
      return { restored: false, why: "the row was deleted before AIVM could put back what it had written" };
    }
    const probe = queueRowWrite(head, at, restoring(original, positions), "formulas");
    await context.sync();
    const seen = probe();
    const now = asRead(head, seen.before);
    if (positions.every((position) => sameCell(now[position], ours[position]))) return { restored: true };
    wrong = { index: at, cells: restoring(seen.before, positions) };
    at = uniqueIndex(seen.keys, key);
  }
  if (wrong !== null) {
    queueRowWrite(head, wrong.index, wrong.cells, "formulas");
    await context.sync();
  }
  return { restored: false, why: "rows kept moving while AIVM put back what it had written" };
}

/** What a request that appended rows saw: the keys and row count just before, and just after. */
export interface AppendSeen {
  readonly keysBefore: readonly string[];
  readonly countBefore: number;
  readonly keysAfter: readonly string[];
  readonly countAfter: number;
}

/** Queues the keys and row count, rows.add of `rows` (full-width), then the keys and row count again. */
export function queueAppend(head: TableHead, rows: readonly (readonly CellValue[])[]): Probe<AppendSeen> {
  const keysBefore = queueKeys(head);
  const countBefore = queueRowCount(head);
  head.table.rows.add(undefined, rows.map((row) => [...row]));
  const keysAfter = queueKeys(head);
  const countAfter = queueRowCount(head);
  return () => ({ keysBefore: keysBefore(), countBefore: countBefore(), keysAfter: keysAfter(), countAfter: countAfter() });
}

/**
 * Deletes data row `index` if, as the same request shows, it is still the row with `key` (read before
 * the delete). Returns whether it was: when it was not, someone moved rows meanwhile, and the caller must
 * say so rather than claim the table is as it was.
 */
export async function deleteRowWithKey(context: ExcelContext, head: TableHead, index: number, key: string): Promise<boolean> {
  const keys = queueKeys(head);
  head.table.rows.getItemAt(index).delete();
  await context.sync();
  return idKey(keys()[index]) === idKey(key);
}
