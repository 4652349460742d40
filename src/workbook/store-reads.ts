import type { z } from "zod";
import { ContractId, problemsOf } from "../domain/contract";
import { idKey } from "../domain/lists";
import { fail, ok } from "../domain/result";
import { ambiguousColumnProblems, dataColumns, missingColumnProblems, readContracts, readReviews } from "./codec";
import type { CellProblem, ReadStamp, StoredContract, StoredReview, StoreError, StoreResult } from "./contract-store";
import type { CellValue, ExcelContext } from "./excel-api";
import { keyHeader, LEDGER, SETTINGS, type TableLayout } from "./layout";
import { duplicateId, invalid, notFound } from "./store-messages";
import { ambiguityError, layoutError, openHeads, positionOf, rowAsRead, rowRange, sheetRow, type LayoutError, type TableHead, type TableSnapshot } from "./table-io";

/**
 * What the store's use cases share: opening tables, reading rows, validating records, and the keys
 * (Contract ID, Review ID) of a table: whether one is taken, and the next free one.
 */

/**
 * Opens tables (one sync when they exist): not-set-up if one is missing, a layout error naming every
 * missing column of every table; for a write, also a table whose columns are ambiguous.
 */
export async function openTables(context: ExcelContext, layouts: readonly TableLayout[], purpose: "read" | "write" = "read"): Promise<StoreResult<TableHead[]>> {
  const opened = await openHeads(context, layouts);
  const [missing] = opened.missing;
  if (missing !== undefined) return fail(notSetUpError(missing));
  const errors = opened.heads.flatMap((head) => [layoutError(head), purpose === "write" ? ambiguityError(head) : null]).filter((error): error is LayoutError => error !== null);
  if (errors.length === 0) return ok(opened.heads);
  return fail({ kind: "layout", message: errors.map((error) => error.message).join(" "), problems: errors.flatMap((error) => error.problems) });
}

/** A table a later AIVM added, and what a read does without it until Set up repairs the workbook (for the message). */
export interface LaterTable {
  readonly layout: TableLayout;
  /** What reads assume meanwhile, a sentence: "every line is certain at its plan". */
  readonly meanwhile: string;
}

/**
 * openTables for `layouts`, and each of `later` too when it exists: tables a later AIVM added (ValueRanges,
 * LossExposure) that a read can do without until Set up repairs the workbook. Their absence, their missing and their
 * ambiguous columns are problems, never a failure; the same one sync as openTables when every table exists. `later`
 * comes back in the order asked, null where missing.
 */
export async function openTablesAnd(context: ExcelContext, layouts: readonly TableLayout[], later: readonly LaterTable[]): Promise<StoreResult<{ heads: TableHead[]; later: (TableHead | null)[]; problems: CellProblem[] }>> {
  const optional = new Set(later.map((table) => table.layout));
  const opened = await openHeads(context, [...layouts, ...optional]);
  const [missing] = opened.missing.filter((layout) => !optional.has(layout));
  if (missing !== undefined) return fail(notSetUpError(missing));
  const heads = opened.heads.filter((head) => !optional.has(head.layout));
  const errors = heads.map(layoutError).filter((error): error is LayoutError => error !== null);
  if (errors.length > 0) return fail({ kind: "layout", message: errors.map((error) => error.message).join(" "), problems: errors.flatMap((error) => error.problems) });
  const found = later.map(({ layout }) => opened.heads.find((head) => head.layout === layout) ?? null);
  const problems = later.flatMap(({ layout, meanwhile }, i): CellProblem[] => {
    const head = found[i] ?? null;
    return head === null
      ? [{ sheet: layout.sheet, row: null, column: null, field: null, message: `Table ${layout.table} is missing: this workbook was set up before AIVM kept it, or it was deleted. Run Set up (it repairs) to add it; until then ${meanwhile}.` }]
      : [...missingColumnProblems(layout, head.map.missing, head.place), ...ambiguousColumnProblems(layout, head.map, head.place)];
  });
  return ok({ heads, later: found, problems });
}

const notSetUpError = (layout: TableLayout): StoreError => ({
  kind: "not-set-up",
  message:
    layout === LEDGER || layout === SETTINGS
      ? `There is no table ${layout.table} in this workbook yet: it was set up by AIVM 0.1, or the table was deleted. Run Set up (it repairs): it adds ${layout.table} and the contract's new columns, and changes nothing you typed.`
      : `There is no table ${layout.table} in this workbook yet. Run Set up to create it on a sheet "${layout.sheet}".`,
});

/** openTables returns one head per layout; this stands for the impossible case where it did not. */
export const notOpened: StoreError = { kind: "excel", message: "AIVM could not read the tables. Close and reopen the pane, then try again." };

/** A record through its schema, or the "invalid" error naming `subject` (e.g. "The contract") with each problem. */
export function parse<T>(schema: z.ZodType<T>, value: unknown, subject: string): StoreResult<T> {
  const parsed = schema.safeParse(value);
  return parsed.success ? ok(parsed.data) : fail(invalid(subject, problemsOf(parsed.error)));
}

/** The next free ID with a prefix: one more than the highest number among IDs like "VC-0007", `digits` digits at least. */
export function nextId(prefix: string, ids: Iterable<string>, digits = 4): string {
  const pattern = new RegExp(`^${prefix}-(\\d+)$`, "i");
  let highest = 0;
  for (const id of ids) {
    const match = pattern.exec(idKey(id));
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `${prefix}-${String(highest + 1).padStart(digits, "0")}`;
}

/** The prefix and least digits of each table's IDs: VC-0001, VR-0001, VL-000001 (a ledger grows faster). */
const ID_FORMAT: Readonly<Record<string, { prefix: string; digits: number }>> = {
  ValueContracts: { prefix: "VC", digits: 4 },
  ValueReviews: { prefix: "VR", digits: 4 },
  ValueLedger: { prefix: "VL", digits: 6 },
};

/** The next `count` free IDs of a table, given its keys as read. */
export function nextIdsIn(head: TableHead, keys: readonly string[], count = 1): string[] {
  const { prefix, digits } = ID_FORMAT[head.layout.table] ?? { prefix: "ID", digits: 4 };
  const first = Number(/-(\d+)$/.exec(nextId(prefix, keys, digits))?.[1] ?? 1);
  return Array.from({ length: count }, (_, i) => `${prefix}-${String(first + i).padStart(digits, "0")}`);
}

/** The next free ID of a table, from the keys read with its head. */
export const nextIdIn = (head: TableHead): string => nextIdsIn(head, head.keys)[0] ?? "";

/** Body row indexes with this key (idKey), in keys as read. */
export function indexesOf(keys: readonly string[], id: string): number[] {
  const wanted = idKey(id);
  if (wanted === "") return [];
  const found: number[] = [];
  keys.forEach((key, i) => {
    if (idKey(key) === wanted) found.push(i);
  });
  return found;
}

/** The "duplicate" error if a row other than `except` has this key, in keys as read; else null. */
export function takenIn(head: TableHead, keys: readonly string[], id: string, except: number | null = null): StoreError | null {
  const rows = indexesOf(keys, id).filter((index) => index !== except);
  return rows.length === 0 ? null : duplicateId(keyHeader(head.layout), id, rows.map((index) => sheetRow(head, index)));
}

/** Queues full reads (values and text) of body rows; call the result after the sync for a sparse snapshot. */
export function queueRows(head: TableHead, indexes: readonly number[]): () => TableSnapshot {
  const reads = indexes.map((index) => ({ index, range: rowRange(head, index).load(["values", "text"]) }));
  return () => {
    const body: (readonly CellValue[])[] = new Array<readonly CellValue[]>(head.rowCount).fill([]);
    for (const { index, range } of reads) body[index] = rowAsRead(head, range.values[0] ?? [], range.text[0] ?? []);
    return { ...head, body };
  };
}

/** Queues a read of one column's cells (text for a text column); call the result after the sync. */
export function queueColumn(head: TableHead, key: string): () => readonly CellValue[] {
  const column = dataColumns(head.layout).find((candidate) => candidate.key === key);
  const position = column === undefined ? -1 : positionOf(head.map, column);
  if (column === undefined || position < 0) return () => [];
  const range = head.table.getDataBodyRange().getColumn(position).load(column.kind === "text" ? "text" : "values");
  return () => (column.kind === "text" ? range.text : range.values).map((row) => row[0] ?? "");
}

/** The contract rows of a snapshot; `stamps` false (the portfolio's list) keeps no cells or fingerprint to save with. */
export const contractsOf = (snapshot: TableSnapshot, indexes?: readonly number[], stamps = true): StoredContract[] =>
  readContracts(snapshot.map, snapshot.body, snapshot.place, indexes, snapshot.dates.offset, stamps);

/** The reviews of one contract (or all), oldest first by review date, then by row. */
export function reviewsOf(snapshot: TableSnapshot, contractId?: string): StoredReview[] {
  const all = readReviews(snapshot.map, snapshot.body, snapshot.place, snapshot.dates.offset);
  const wanted = contractId === undefined ? all : all.filter((stored) => idKey(stored.draft["contractId"]) === idKey(contractId));
  return wanted.sort(oldestFirst);
}

function oldestFirst(a: StoredReview, b: StoredReview): number {
  const dateA = a.review?.date ?? "\uffff";
  const dateB = b.review?.date ?? "\uffff";
  return dateA < dateB ? -1 : dateA > dateB ? 1 : a.row - b.row;
}

/** The body rows to read for a contract: those with its ID (all of them, so a shared ID is flagged), or that one row. */
export function rowsOf(head: TableHead, id: string, row?: number): number[] {
  const withId = indexesOf(head.keys, id);
  if (row === undefined) return withId;
  const at = row - sheetRow(head, 0);
  return withId.includes(at) ? withId : at >= 0 && at < head.rowCount ? [...withId, at].sort((a, b) => a - b) : withId;
}

/** The contract row with this ID (at `row`, when given), decoded as the list shows it. */
export function findContract(snapshot: TableSnapshot, id: string, row?: number): StoreResult<StoredContract> {
  const indexes = rowsOf(snapshot, id, row);
  const found = contractsOf(snapshot, indexes).find((stored) => idKey(stored.id) === idKey(id) && (row === undefined || stored.row === row));
  return found ? ok(found) : fail(notFound(id, row));
}

/**
 * Whether the stamped row's Contract ID is what is wrong with it (another row shares it, or it is not a
 * valid ID): then a save may give the row another ID. Judged from the keys read in this request.
 */
export function idNeedsFixing(head: TableHead, stamp: ReadStamp): boolean {
  return indexesOf(head.keys, stamp.id).length > 1 || ContractId.safeParse(stamp.id).success === false;
}

/** Dates a workbook in the 1904 date system cannot hold (before 1904-01-01) are refused, naming the field. */
export function datesFit(head: TableHead, record: Readonly<Record<string, unknown>>): StoreResult<true> {
  if (head.dates.offset === 0) return ok(true);
  const early = head.layout.columns.filter((column) => (column.kind === "date" || column.kind === "date-time") && typeof record[column.key] === "string" && String(record[column.key]) < "1904-01-01");
  if (early.length === 0) return ok(true);
  return fail(invalid("The contract", early.map((column) => ({ field: column.key, message: `${column.header} is before 1904-01-01, the first date of this workbook's 1904 date system.` }))));
}
