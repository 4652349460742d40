import { ambiguousColumnProblems, dataColumns, isEmptyRow, mapHeaders, missingColumnProblems, type HeaderMap, type RowPlace } from "./codec";
import type { CellProblem, StoreError } from "./contract-store";
import { utf8Bytes, type CellValue, type ExcelContext, type RangeLike, type TableLike } from "./excel-api";
import type { DataColumn, TableLayout } from "./layout";

/**
 * Reading the tables in few round trips, column by column. The first request of every use case opens
 * the tables it needs at once: each table's header row, its row count, its sheet, the workbook's date
 * system and the key column (Contract ID, Review ID), all in one sync. A missing table fails that sync
 * (a null object's members cannot be used), and only then does a second request tell which table is
 * missing. The second request reads the columns a use case needs: text columns as the text the user sees
 * (Range.text), the others as values, in blocks of rows under Excel on the web's 5 MB response limit.
 */

/** How the workbook counts days: the serial of a date here is its 1900-system serial less `offset`. */
export interface DateSystem {
  /** 0 in the 1900 date system (Windows' default); 1462 in the 1904 system (older Mac workbooks). */
  readonly offset: number;
}

/** A table opened by a request: where it is, which of our columns it has and where, and its keys as read. */
export interface TableHead {
  readonly layout: TableLayout;
  readonly table: TableLike;
  readonly place: RowPlace;
  readonly map: HeaderMap;
  /** The header row as read: a later request that writes reads it again and compares. */
  readonly header: readonly CellValue[];
  /** Data rows in the table (Excel keeps one, blank, in a table with no data). */
  readonly rowCount: number;
  /** The key column's text, one per data row ("" where blank), as read with the header. */
  readonly keys: readonly string[];
  readonly dates: DateSystem;
}

/** A table head with data rows read: full-width rows, "" in every column that was not read. */
export interface TableSnapshot extends TableHead {
  readonly body: readonly (readonly CellValue[])[];
}

const codeOf = (error: unknown): string => (typeof error === "object" && error !== null && "code" in error && typeof error.code === "string" ? error.code : "");

/** The key column's position in the layout: where AIVM puts it, and where the first request reads it. */
const layoutKeyPosition = (layout: TableLayout): number => Math.max(0, layout.columns.findIndex((column) => column.key === layout.key));

/** The table position of a layout column found in the header, or -1. */
export const positionOf = (map: HeaderMap, column: { readonly header: string }): number => map.positions.get(column.header) ?? -1;

/** The tables opened, in the order asked, and those that do not exist (in the order asked). */
export interface OpenResult {
  readonly heads: TableHead[];
  readonly missing: readonly TableLayout[];
}

/**
 * Opens tables (one sync when they exist): header, row count, sheet, key column and the date system.
 * When one is missing the sync fails; one more tells which, and one more opens the others.
 */
export async function openHeads(context: ExcelContext, layouts: readonly TableLayout[]): Promise<OpenResult> {
  const date = context.workbook.functions.date(1904, 1, 1).load("value");
  const queued = layouts.map((layout) => {
    const table = context.workbook.tables.getItemOrNullObject(layout.table);
    const header = table.getHeaderRowRange().load(["values", "rowIndex"]);
    const body = table.getDataBodyRange().load("rowCount");
    const sheet = table.worksheet.load("name");
    const keys = body.getColumn(layoutKeyPosition(layout)).load("text");
    return { layout, table, header, body, sheet, keys };
  });
  try {
    await context.sync();
  } catch (error) {
    if (codeOf(error) !== "ItemNotFound") throw error;
    const located = await locateTables(context, layouts);
    const missing = layouts.filter((_, i) => located[i] === null);
    if (missing.length === 0) throw error;
    const present = layouts.filter((layout) => !missing.includes(layout));
    return { heads: present.length === 0 ? [] : (await openHeads(context, present)).heads, missing };
  }
  const dates: DateSystem = { offset: 1462 - date.value };
  const heads = queued.map(({ layout, table, header, body, sheet, keys }): TableHead => {
    const headerRow = header.values[0] ?? [];
    const map = mapHeaders(layout, headerRow);
    return {
      layout,
      table,
      place: { sheet: sheet.name, headerRow: header.rowIndex + 1 },
      map,
      header: headerRow,
      rowCount: body.rowCount,
      keys: keys.text.map((row) => row[0] ?? ""),
      dates,
    };
  });
  // A key column the user moved: read it where it is now (one more sync, only then).
  const moved = heads.map((head) => {
    const key = head.layout.columns.find((column) => column.key === head.layout.key);
    const position = key === undefined ? -1 : positionOf(head.map, key);
    return position >= 0 && position !== layoutKeyPosition(head.layout) ? head.table.getDataBodyRange().getColumn(position).load("text") : null;
  });
  if (moved.every((range) => range === null)) return { heads, missing: [] };
  await context.sync();
  return { heads: heads.map((head, i) => ({ ...head, keys: moved[i]?.text.map((row) => row[0] ?? "") ?? head.keys })), missing: [] };
}

/** Finds tables by name (one sync); null for each one that does not exist. */
async function locateTables(context: ExcelContext, layouts: readonly TableLayout[]): Promise<(TableLike | null)[]> {
  const tables = layouts.map((layout) => context.workbook.tables.getItemOrNullObject(layout.table).load("isNullObject"));
  await context.sync();
  return tables.map((table) => (table.isNullObject ? null : table));
}

/**
 * Whether a read failed for its size: the documented ResponsePayloadSizeLimitExceeded, or the generic
 * GeneralException ("An internal error has occurred") that Excel on the web has been reported to give for
 * an oversized response instead. Both mean: read in smaller blocks. A block of one row that still fails
 * is rethrown, so a real internal error is not hidden.
 */
const isResponseTooLarge = (error: unknown): boolean => codeOf(error) === "ResponsePayloadSizeLimitExceeded" || codeOf(error) === "GeneralException";

/** Rows read in one request before the store measures how large a row is: a block small enough for any notes. */
const FIRST_BLOCK_ROWS = 5000;
/** What one response may carry: under Excel on the web's 5 MB, with room for the envelope. */
const RESPONSE_BUDGET_BYTES = 3_500_000;

/** Text columns are read as they show (Range.text), other columns as values. */
const readsText = (column: DataColumn): boolean => column.kind === "text";

/** Queues the reads of `columns` (those found) over body rows [first, first + count); call the result after the sync. */
function queueColumns(head: TableHead, columns: readonly DataColumn[], first: number, count: number): () => (readonly CellValue[])[] {
  const body = head.table.getDataBodyRange();
  const reads = columns.flatMap((column) => {
    const position = positionOf(head.map, column);
    if (position < 0) return [];
    const range = body.getCell(first, position).getResizedRange(count - 1, 0).load(readsText(column) ? "text" : "values");
    return [{ position, range, text: readsText(column) }];
  });
  return () => {
    // Only the columns read are filled: readRows takes a hole as a blank cell.
    const rows: CellValue[][] = Array.from({ length: count }, () => new Array<CellValue>(head.map.width));
    for (const { position, range, text } of reads) {
      const cells: readonly (readonly CellValue[])[] = text ? range.text : range.values;
      for (let i = 0; i < count; i++) {
        const row = rows[i];
        if (row) row[position] = cells[i]?.[0] ?? "";
      }
    }
    return rows;
  };
}

/**
 * Reads `columns` of every data row of each table: the tables of up to FIRST_BLOCK_ROWS rows together in one
 * sync when the answer fits in one response; larger tables (or all, when it does not fit) in
 * blocks of rows sized from the first block, each halved until it fits.
 */
export async function readColumns(context: ExcelContext, heads: readonly TableHead[], columnsOf: (head: TableHead) => readonly DataColumn[]): Promise<TableSnapshot[]> {
  // The tables small enough go together in one request; larger ones (or all, if that request is too large) in blocks.
  const small = heads.filter((head) => head.rowCount <= FIRST_BLOCK_ROWS);
  const bodies = new Map<TableHead, (readonly CellValue[])[]>();
  if (small.length > 0) {
    const reads = small.map((head) => queueColumns(head, columnsOf(head), 0, Math.max(1, head.rowCount)));
    try {
      await context.sync();
      small.forEach((head, i) => bodies.set(head, reads[i]?.() ?? []));
    } catch (error) {
      if (!isResponseTooLarge(error)) throw error;
    }
  }
  const snapshots: TableSnapshot[] = [];
  for (const head of heads) snapshots.push({ ...head, body: bodies.get(head) ?? (await readInBlocks(context, head, columnsOf(head))) });
  return snapshots;
}

async function readInBlocks(context: ExcelContext, head: TableHead, columns: readonly DataColumn[]): Promise<(readonly CellValue[])[]> {
  const rows: (readonly CellValue[])[] = [];
  let block = Math.min(head.rowCount, FIRST_BLOCK_ROWS);
  let measured = false;
  while (rows.length < head.rowCount) {
    const count = Math.min(block, head.rowCount - rows.length);
    const read = queueColumns(head, columns, rows.length, count);
    try {
      await context.sync();
    } catch (error) {
      if (!isResponseTooLarge(error) || count === 1) throw error;
      block = Math.ceil(count / 2);
      continue;
    }
    const got = read();
    for (const row of got) rows.push(row);
    // The first block that fits sizes the rest (measuring every block cost more than reading it).
    if (!measured) {
      measured = true;
      block = Math.max(1, Math.floor(RESPONSE_BUDGET_BYTES / Math.max(1, bytesPerRow(got))));
    }
  }
  return rows;
}

/** Rows measured to size the blocks: evenly spaced, so a block of long notes is seen without encoding every row. */
const MEASURED_ROWS = 250;

/**
 * The largest size in bytes (UTF-8 JSON, as the response carries them) of the rows in evenly spaced
 * runs of the block: an estimate, on the high side, of a row's share of a response. A block it
 * misjudges is still refused by Excel's limit and halved, so a wrong guess costs a round trip, not data.
 */
function bytesPerRow(rows: readonly (readonly CellValue[])[]): number {
  if (rows.length <= MEASURED_ROWS) return utf8Bytes(JSON.stringify(rows)) / Math.max(1, rows.length);
  const runs = 10;
  const per = MEASURED_ROWS / runs;
  let largest = 0;
  for (let r = 0; r < runs; r++) {
    const start = Math.floor((r * (rows.length - per)) / (runs - 1));
    largest = Math.max(largest, utf8Bytes(JSON.stringify(rows.slice(start, start + per))) / per);
  }
  return largest;
}

/** Every data column of the table: a full read (a row opened in the editor, Check workbook). */
export const allColumns = (head: TableHead): readonly DataColumn[] => dataColumns(head.layout);

export type LayoutError = Extract<StoreError, { kind: "layout" }>;

/**
 * A "layout" error naming every missing data column, or null when all are there. A missing calculated
 * column is not fatal (the domain computes the figures): see missingFormulaProblems.
 */
export function layoutError(head: TableHead): LayoutError | null {
  const { layout, map, place } = head;
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
export function ambiguityError(head: TableHead): LayoutError | null {
  const { layout, map, place } = head;
  if (map.ambiguous.length === 0) return null;
  const names = map.ambiguous.map(({ column }) => `"${column.header}"`).join(", ");
  return {
    kind: "layout",
    message: `Nothing was saved: in table ${layout.table} on sheet "${place.sheet}", more than one column is named like ${names} (differing only in case or spaces). Rename the columns that are not AIVM's, then save again.`,
    problems: ambiguousColumnProblems(layout, map, place),
  };
}

/** Problems for missing calculated columns and ambiguous headers: the pane still works, and says so. */
export function missingFormulaProblems(head: TableHead): CellProblem[] {
  const { layout, map, place } = head;
  return [...missingColumnProblems(layout, map.missing.filter((column) => column.kind === "calculated"), place), ...ambiguousColumnProblems(layout, map, place)];
}

/** Excel row number on the sheet of body row `index`. */
export const sheetRow = (head: TableHead, index: number): number => head.place.headerRow + 1 + index;

/** Whether the table holds only the one blank row Excel keeps in a table with no data (judged from the key column). */
export const onlyBlankRow = (head: TableHead): boolean => head.rowCount === 1 && (head.keys[0] ?? "").trim() === "";

/** Whether a full-width row is blank but for our calculated columns (Excel's blank row of a new table). */
export const isBlankRow = (head: TableHead, cells: readonly CellValue[]): boolean => isEmptyRow(head.layout, head.map, cells);

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

/** A full-width row as the store reads it: text where a text column is, values elsewhere. */
export function rowAsRead(head: TableHead, values: readonly CellValue[], text: readonly string[]): CellValue[] {
  const row = [...values];
  for (const column of dataColumns(head.layout)) {
    const position = positionOf(head.map, column);
    if (position >= 0 && readsText(column)) row[position] = text[position] ?? "";
  }
  return row;
}

/** The range of one data row (for reading it, or writing single cells of it). */
export const rowRange = (head: TableHead, index: number): RangeLike => head.table.getDataBodyRange().getRow(index);
