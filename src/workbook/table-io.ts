import { ambiguousColumnProblems, columnRuns, isEmptyRow, mapHeaders, missingColumnProblems, tableRow, type HeaderMap, type RowPlace } from "./codec";
import type { CellProblem, StoreError } from "./contract-store";
import { utf8Bytes, type CellValue, type ExcelContext, type RangeLike, type TableLike } from "./excel-api";
import type { TableLayout } from "./layout";

/**
 * Reading and writing the tables in few round trips. A read takes two syncs: one to learn which
 * tables exist (a null object must not be used further), one to load each header row and data body
 * as whole 2-D arrays. Writes go as whole 2-D arrays too: one range per run of our columns, or one
 * rows.add per chunk of new rows.
 */

/** A table as read: where it is, which of our columns it has and where, and every data cell. */
export interface TableSnapshot {
  readonly layout: TableLayout;
  readonly table: TableLike;
  readonly place: RowPlace;
  readonly map: HeaderMap;
  readonly body: readonly (readonly CellValue[])[];
}

/** Finds tables by name (one sync); null for each one that does not exist. */
export async function locateTables(context: ExcelContext, layouts: readonly TableLayout[]): Promise<(TableLike | null)[]> {
  const tables = layouts.map((layout) => context.workbook.tables.getItemOrNullObject(layout.table).load("isNullObject"));
  await context.sync();
  return tables.map((table) => (table.isNullObject ? null : table));
}

function snapshotOf(layout: TableLayout, table: TableLike, header: RangeLike, sheet: string, body: CellValue[][]): TableSnapshot {
  const place = { sheet, headerRow: header.rowIndex + 1 };
  return { layout, table, place, map: mapHeaders(layout, header.values[0] ?? []), body };
}

/** Queues the loads of a table's header and body; call the result after the next sync. */
export function queueRead(table: TableLike, layout: TableLayout): () => TableSnapshot {
  const header = table.getHeaderRowRange().load(["values", "rowIndex"]);
  const body = table.getDataBodyRange().load(["values"]);
  const sheet = table.worksheet.load("name");
  return () => snapshotOf(layout, table, header, sheet.name, body.values);
}

/**
 * Whether a read failed for its size: the documented ResponsePayloadSizeLimitExceeded, or the generic
 * GeneralException ("An internal error has occurred") that Excel on the web has been reported to give for
 * an oversized response instead. Both mean: read in smaller blocks. A block of one row that still fails
 * is rethrown, so a real internal error is not hidden.
 */
const isResponseTooLarge = (error: unknown): boolean =>
  typeof error === "object" && error !== null && "code" in error && (error.code === "ResponsePayloadSizeLimitExceeded" || error.code === "GeneralException");

/**
 * Reads located tables: one sync. When the tables are too large for one response (Excel on the web
 * sends at most 5 MB), each is read again in blocks of rows, halving a block until it fits: more
 * syncs, but the list still loads.
 */
export async function readTables(context: ExcelContext, entries: readonly (readonly [TableLike, TableLayout])[]): Promise<TableSnapshot[]> {
  const reads = entries.map(([table, layout]) => queueRead(table, layout));
  try {
    await context.sync();
    return reads.map((read) => read());
  } catch (error) {
    if (!isResponseTooLarge(error)) throw error;
  }
  const snapshots: TableSnapshot[] = [];
  for (const [table, layout] of entries) snapshots.push(await readInBlocks(context, table, layout));
  return snapshots;
}

async function readInBlocks(context: ExcelContext, table: TableLike, layout: TableLayout): Promise<TableSnapshot> {
  const header = table.getHeaderRowRange().load(["values", "rowIndex"]);
  const size = table.getDataBodyRange().load(["rowCount", "columnCount"]);
  const sheet = table.worksheet.load("name");
  await context.sync();
  const rows: CellValue[][] = [];
  let block = Math.max(1, Math.ceil(size.rowCount / 2));
  while (rows.length < size.rowCount) {
    const count = Math.min(block, size.rowCount - rows.length);
    const range = table.getDataBodyRange().getCell(rows.length, 0).getResizedRange(count - 1, size.columnCount - 1).load("values");
    try {
      await context.sync();
    } catch (error) {
      if (!isResponseTooLarge(error) || count === 1) throw error;
      block = Math.ceil(count / 2);
      continue;
    }
    rows.push(...range.values);
  }
  return snapshotOf(layout, table, header, sheet.name, rows);
}

export const notSetUp = (layout: TableLayout): StoreError => ({
  kind: "not-set-up",
  message: `There is no table ${layout.table} in this workbook yet. Run Set up to create it on a sheet "${layout.sheet}".`,
});

export type LayoutError = Extract<StoreError, { kind: "layout" }>;

/**
 * A "layout" error naming every missing data column, or null when all are there. A missing calculated
 * column is not fatal (the domain computes the figures): see missingFormulaProblems.
 */
export function layoutError(snapshot: TableSnapshot): LayoutError | null {
  const { layout, map, place } = snapshot;
  const missing = map.missing.filter((column) => column.kind !== "calculated");
  if (missing.length === 0) return null;
  const names = missing.map((column) => `"${column.header}"`).join(", ");
  return {
    kind: "layout",
    message: `Table ${layout.table} on sheet "${place.sheet}" is missing ${missing.length === 1 ? "the column" : "the columns"} ${names}. If a column was renamed, give it back its name; otherwise run Repair, which adds what is missing at the end of the table.`,
    problems: missingColumnProblems(layout, missing, place),
  };
}

/** A "layout" error for a write to a table with ambiguous columns (mapHeaders), or null when none is. */
export function ambiguityError(snapshot: TableSnapshot): LayoutError | null {
  const { layout, map, place } = snapshot;
  if (map.ambiguous.length === 0) return null;
  const names = map.ambiguous.map(({ column }) => `"${column.header}"`).join(", ");
  return {
    kind: "layout",
    message: `Nothing was saved: in table ${layout.table} on sheet "${place.sheet}", more than one column is named like ${names} (differing only in case or spaces). Rename the columns that are not AIVM's, then save again.`,
    problems: ambiguousColumnProblems(layout, map, place),
  };
}

/** Problems for missing calculated columns: the pane still works, the sheet lacks the figures. */
export function missingFormulaProblems(snapshot: TableSnapshot): CellProblem[] {
  const { layout, map, place } = snapshot;
  return [...missingColumnProblems(layout, map.missing.filter((column) => column.kind === "calculated"), place), ...ambiguousColumnProblems(layout, map, place)];
}

/** Excel row number on the sheet of body row `index`. */
export const sheetRow = (snapshot: TableSnapshot, index: number): number => snapshot.place.headerRow + 1 + index;

/** Index of the first of the trailing empty body rows (Excel leaves one in a new table); body length if none. */
export function firstFreeRow(snapshot: TableSnapshot): number {
  let index = snapshot.body.length;
  while (index > 0 && isEmptyRow(snapshot.layout, snapshot.map, snapshot.body[index - 1] ?? [])) index -= 1;
  return index;
}

/** The body range of rows [first, first + count) and table columns [start, start + width). */
export function bodyBlock(snapshot: TableSnapshot, first: number, count: number, start: number, width: number): RangeLike {
  return snapshot.table.getDataBodyRange().getCell(first, start).getResizedRange(count - 1, width - 1);
}

/** Queues a read of body row `index` as it will be once the queued writes are done. */
export function queueRowRead(snapshot: TableSnapshot, index: number): RangeLike {
  return snapshot.table.getDataBodyRange().getRow(index).load("values");
}

/** Estimated bytes a row adds to a request: its JSON as a 2-D array row, plus a comma. */
export const rowBytes = (row: readonly CellValue[]): number => utf8Bytes(JSON.stringify(row)) + 1;

/**
 * Excel on the web refuses a request over 5 MB. A chunk's rows stay under this budget, which leaves room
 * for the request's own envelope and the other operations queued with the rows.
 */
export const CHUNK_BUDGET_BYTES = 4_000_000;

/** Splits rows into consecutive chunks whose estimated JSON stays within the budget (a lone oversized row is its own chunk). */
export function chunkRows<T extends readonly CellValue[]>(rows: readonly T[], budget = CHUNK_BUDGET_BYTES): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let size = 2;
  for (const row of rows) {
    const bytes = rowBytes(row);
    if (current.length > 0 && size + bytes > budget) {
      chunks.push(current);
      current = [];
      size = 2;
    }
    current.push(row);
    size += bytes;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/**
 * Queues the writing of records (cells in layout order) from body row `first` on: rows that exist
 * (a blank row Excel left, or the row being updated) get our columns' cells in contiguous runs, so
 * the user's columns are never written; rows past the end are appended with one rows.add.
 */
export function queueWrite(snapshot: TableSnapshot, first: number, records: readonly (readonly CellValue[])[]): void {
  const existing = Math.max(0, Math.min(records.length, snapshot.body.length - first));
  const inPlace = records.slice(0, existing).map((cells) => columnRuns(snapshot.layout, snapshot.map, cells));
  const runCount = inPlace[0]?.length ?? 0;
  for (let r = 0; r < runCount; r++) {
    const values = inPlace.map((runs) => runs[r]?.cells ?? []);
    const run = inPlace[0]?.[r];
    if (run) bodyBlock(snapshot, first, existing, run.start, run.cells.length).values = values;
  }
  const appended = records.slice(existing).map((cells) => tableRow(snapshot.layout, snapshot.map, cells));
  if (appended.length > 0) snapshot.table.rows.add(undefined, appended);
}
