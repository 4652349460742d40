import type { z } from "zod";
import { idKey, nameKey } from "../domain/lists";
import { ValueContract } from "../domain/contract";
import { ValueReview } from "../domain/review";
import { contractFigures } from "../domain/contract-figures";
import type { CellProblem, StoredContract, StoredReview } from "./contract-store";
import { asRead, isBlank, readCell, writeCell, type DateOffset } from "./cells";
import type { CellValue } from "./excel-api";
import { fingerprintOf } from "./fingerprint";
import { CONTRACTS, keyHeader, REVIEWS, type Column, type DataColumn, type TableLayout } from "./layout";

/**
 * 2-D cell values <-> records, for either table, as pure functions. Columns are found by header name,
 * so reordered columns still read and a user's own columns are ignored (and, when writing, left alone).
 */

/** Where each layout column sits in the table as found. */
export interface HeaderMap {
  /** Table column index (0-based) of each layout column found, by header. */
  readonly positions: ReadonlyMap<string, number>;
  /** Layout columns not found in the header row. */
  readonly missing: readonly Column[];
  /** Columns in the table (ours and the user's). */
  readonly width: number;
  /**
   * Layout columns that more than one header matches once case and surrounding spaces are ignored (a
   * user's "TITLE " beside Title): read from the exact match, but never written until one is renamed.
   */
  readonly ambiguous: readonly { readonly column: Column; readonly headers: readonly string[] }[];
}

/** Where the rows were read from, to name places as the user sees them. */
export interface RowPlace {
  readonly sheet: string;
  /** Excel row number (1-based) of the header row; data row i is at headerRow + 1 + i. */
  readonly headerRow: number;
}

/** One row as read: the validated record or null, and always the draft, fingerprint and problems. */
export interface RowRecord<T> {
  readonly value: T | null;
  readonly draft: Readonly<Record<string, unknown>>;
  /** Our data cells in layout order, as read: what the fingerprint covers, and what a save compares with. */
  readonly cells: readonly CellValue[];
  readonly id: string;
  readonly row: number;
  readonly fingerprint: string;
  readonly problems: readonly CellProblem[];
}

type Parse<T> = (draft: Record<string, unknown>) => { success: true; data: T } | { success: false; error: z.ZodError };

export const dataColumns = (layout: TableLayout): DataColumn[] => layout.columns.filter((column): column is DataColumn => column.kind !== "calculated");

/**
 * Finds the layout's columns in a header row by name, ignoring case and surrounding spaces. A header
 * spelled exactly as the layout's wins over one that matches only once normalised; two or more matches
 * are ambiguous (see HeaderMap.ambiguous).
 */
export function mapHeaders(layout: TableLayout, headerRow: readonly CellValue[]): HeaderMap {
  const found = new Map<string, number[]>();
  headerRow.forEach((header, index) => {
    const key = nameKey(header);
    const at = found.get(key);
    if (at) at.push(index);
    else found.set(key, [index]);
  });
  const positions = new Map<string, number>();
  const missing: Column[] = [];
  const ambiguous: { column: Column; headers: string[] }[] = [];
  for (const column of layout.columns) {
    const candidates = found.get(nameKey(column.header)) ?? [];
    const exact = candidates.find((index) => headerRow[index] === column.header);
    const index = exact ?? candidates[0];
    if (index === undefined) missing.push(column);
    else positions.set(column.header, index);
    if (candidates.length > 1) ambiguous.push({ column, headers: candidates.map((at) => String(headerRow[at])) });
  }
  return { positions, missing, width: headerRow.length, ambiguous };
}

/** A problem for each ambiguous column: which headers compete, and what to do. */
export function ambiguousColumnProblems(layout: TableLayout, map: HeaderMap, place: RowPlace): CellProblem[] {
  return map.ambiguous.map(({ column, headers }) => ({
    sheet: place.sheet,
    row: place.headerRow,
    column: column.header,
    field: column.key,
    message:
      `${headers.length} columns of table ${layout.table} are named like "${column.header}" (${headers.map((header) => `"${header}"`).join(", ")}). ` +
      `AIVM reads "${column.header}" and writes nothing to this table until the others are renamed.`,
  }));
}

/** A problem for each of these missing columns (a HeaderMap's `missing`, or some of them), placed on the header row. */
export function missingColumnProblems(layout: TableLayout, missing: readonly Column[], place: RowPlace): CellProblem[] {
  return missing.map((column) => ({
    sheet: place.sheet,
    row: place.headerRow,
    column: column.header,
    field: column.key,
    message:
      `Column "${column.header}" is missing from table ${layout.table} (renamed or deleted). ` +
      `Give it back its name, or run Repair to add it at the end of the table.`,
  }));
}

const foundText = (value: unknown): string => (typeof value === "string" ? `"${value}"` : String(value));

/** Column headers by field, built once per table read for rowProblems. */
const headersByField = (layout: TableLayout): ReadonlyMap<string, string> => new Map(layout.columns.map((column): [string, string] => [column.key, column.header]));

/**
 * Problems of a row that failed its schema, on columns that exist (a missing column is a layout problem).
 * @param headerOf  headersByField(layout).
 */
function rowProblems(map: HeaderMap, headerOf: ReadonlyMap<string, string>, error: z.ZodError, draft: Record<string, unknown>, sheet: string, row: number): CellProblem[] {
  return error.issues
    .map((issue) => ({ field: String(issue.path[0] ?? ""), issue }))
    .filter(({ field }) => field === "" || map.positions.has(headerOf.get(field) ?? ""))
    .map(({ field, issue }) => {
      const value = draft[field];
      const found = issue.code !== "custom" && value !== null && value !== undefined && value !== "" ? ` Found ${foundText(value)}.` : "";
      return { sheet, row, column: headerOf.get(field) ?? null, field: field === "" ? null : field, message: `${issue.message}${found}` };
    });
}

/**
 * The problem of a row (a review, a ledger entry, a range, a loss exposure) whose Contract ID names no contract row,
 * or null when it names one, is blank, or there is nothing to check against.
 * @param contractKeys  idKey of every contract row's ID (null when there is no contract table): looked up once a row.
 */
export function orphanProblem(
  layout: TableLayout,
  at: { readonly sheet: string; readonly row: number },
  draft: Readonly<Record<string, unknown>>,
  contractKeys: { has(key: string): boolean } | null,
): CellProblem | null {
  const id = String(draft["contractId"] ?? "").trim();
  if (contractKeys === null || id === "" || contractKeys.has(idKey(id))) return null;
  const column = layout.columns.find((one) => one.key === "contractId")?.header ?? null;
  return { ...at, column, field: "contractId", message: `No contract has Contract ID "${id}" in table ${CONTRACTS.table}: was its row deleted or its ID changed?` };
}

/**
 * Reads every non-blank data row (a row whose own data cells are all blank, as Excel leaves in a new
 * table, is skipped), or only the body rows at `indexes` (ascending). Invalid rows are kept with their
 * draft; rows sharing a key are all flagged, so `indexes` must hold every row of a key to flag as a full
 * read does. The inner loop is plain indexing: it runs for every cell of every row (5,000 x 43 when listing).
 */
export function readRows<T>(
  layout: TableLayout,
  map: HeaderMap,
  body: readonly (readonly CellValue[])[],
  place: RowPlace,
  parse: Parse<T>,
  indexes?: readonly number[],
  offset: DateOffset = 0,
  stamps = true,
): RowRecord<T>[] {
  const columns = dataColumns(layout);
  // Without stamps (the portfolio's list), one scratch array serves every row: no cells or fingerprint are kept.
  const scratch: CellValue[] = new Array<CellValue>(columns.length);
  const positions = columns.map((column) => map.positions.get(column.header) ?? -1);
  const headerOf = headersByField(layout);
  const records: RowRecord<T>[] = [];
  const count = indexes === undefined ? body.length : indexes.length;
  for (let k = 0; k < count; k++) {
    const i = indexes === undefined ? k : (indexes[k] ?? body.length);
    const cells = body[i] ?? [];
    // Our data cells in layout order, as read: what the fingerprint covers ("" for a missing column).
    const own: CellValue[] = stamps ? new Array<CellValue>(columns.length) : scratch;
    let blank = true;
    for (let j = 0; j < columns.length; j++) {
      const position = positions[j] ?? -1;
      const cell = position < 0 ? "" : (cells[position] ?? "");
      own[j] = cell;
      if (blank && !isBlank(cell)) blank = false;
    }
    if (blank) continue;
    const row = place.headerRow + 1 + i;
    const draft: Record<string, unknown> = {};
    for (let j = 0; j < columns.length; j++) {
      const column = columns[j];
      if (column && (positions[j] ?? -1) >= 0) draft[column.key] = readCell(column, own[j], offset);
    }
    const parsed = parse(draft);
    const problems = parsed.success ? [] : rowProblems(map, headerOf, parsed.error, draft, place.sheet, row);
    const key = draft[layout.key];
    const id = typeof key === "string" ? key.trim() : "";
    records.push({ value: parsed.success ? parsed.data : null, draft, cells: stamps ? own : [], id, row, fingerprint: stamps ? fingerprintOf(own) : "", problems });
  }
  return flagDuplicates(layout, records, place.sheet);
}


/** Every row whose key (or, for a table with `unique` fields, whose combination of them) another row also uses is invalid, with a problem naming the other rows. */
function flagDuplicates<T>(layout: TableLayout, records: RowRecord<T>[], sheet: string): RowRecord<T>[] {
  if (layout.unique !== undefined) return flagDuplicatePairs(layout, layout.unique, records, sheet);
  const rowsById = new Map<string, number[]>();
  for (const record of records) {
    if (record.id === "") continue;
    const key = idKey(record.id);
    const rows = rowsById.get(key);
    if (rows) rows.push(record.row);
    else rowsById.set(key, [record.row]);
  }
  const header = keyHeader(layout);
  return records.map((record) => {
    const rows = rowsById.get(idKey(record.id)) ?? [];
    if (rows.length < 2) return record;
    const others = rows.filter((row) => row !== record.row).join(", ");
    const message = `${header} "${record.id}" is also used in row ${others}: each row needs its own ${header}.`;
    return { ...record, value: null, problems: [...record.problems, { sheet, row: record.row, column: header, field: layout.key, message }] };
  });
}

/**
 * Rows that share every `unique` field (compared as idKey: case, spaces and look-alike dashes ignored) with another
 * row: each is invalid, with a problem on the last of those fields' column (ValueRanges: Line) naming the other rows.
 * A row with one of them blank is left to its schema.
 */
function flagDuplicatePairs<T>(layout: TableLayout, unique: readonly string[], records: RowRecord<T>[], sheet: string): RowRecord<T>[] {
  const identity = (record: RowRecord<T>): string | null => {
    const parts = unique.map((key) => idKey(record.draft[key] ?? ""));
    return parts.some((part) => part === "") ? null : parts.join("\u0001");
  };
  const rowsByIdentity = new Map<string, number[]>();
  for (const record of records) {
    const key = identity(record);
    if (key !== null) rowsByIdentity.set(key, [...(rowsByIdentity.get(key) ?? []), record.row]);
  }
  const columns = unique.map((key) => layout.columns.find((column) => column.key === key));
  const last = columns[columns.length - 1];
  return records.map((record) => {
    const key = identity(record);
    const rows = key === null ? [] : (rowsByIdentity.get(key) ?? []);
    if (rows.length < 2) return record;
    const others = rows.filter((row) => row !== record.row).join(", ");
    const named = columns.map((column) => `${column?.header ?? ""} "${String(record.draft[column?.key ?? ""] ?? "").trim()}"`).join(" and ");
    const message = `Row ${others} has the same ${named}: ${layout.table} holds at most one row for each, so neither is used until one is deleted.`;
    return { ...record, value: null, problems: [...record.problems, { sheet, row: record.row, column: last?.header ?? null, field: last?.key ?? null, message }] };
  });
}

/** The cells of a record in layout order: data converted for Excel, calculated columns their formula. */
export function recordCells(layout: TableLayout, record: Readonly<Record<string, unknown>>, offset: DateOffset = 0): CellValue[] {
  return layout.columns.map((column) => (column.kind === "calculated" ? column.formula : writeCell(column, record[column.key], offset)));
}

/** Our data cells (layout order) as they read back once `cells` (from recordCells) are written. */
const ownCells = (layout: TableLayout, cells: readonly CellValue[]): CellValue[] =>
  layout.columns.flatMap((column, i) => (column.kind === "calculated" ? [] : [asRead(cells[i] ?? "")]));

/** The fingerprint the row will have once `cells` (from recordCells) are written and read back. */
export function writtenFingerprint(layout: TableLayout, cells: readonly CellValue[]): string {
  return fingerprintOf(ownCells(layout, cells));
}

/** A whole table row for rows.add: our cells at their columns, "" in the user's columns. */
export function tableRow(layout: TableLayout, map: HeaderMap, cells: readonly CellValue[]): CellValue[] {
  const row: CellValue[] = new Array<CellValue>(map.width).fill("");
  layout.columns.forEach((column, i) => {
    const index = map.positions.get(column.header);
    if (index !== undefined) row[index] = cells[i] ?? "";
  });
  return row;
}

/** Whether every cell of a row is blank except our calculated columns: safe to fill with a new record. */
export function isEmptyRow(layout: TableLayout, map: HeaderMap, cells: readonly CellValue[]): boolean {
  const calculated = new Set(layout.columns.filter((column) => column.kind === "calculated").map((column) => map.positions.get(column.header)));
  return cells.every((cell, index) => calculated.has(index) || isBlank(cell));
}

/** A Version cell a hand-entered row left blank validates as 1; the stored version stays null (as read). */
const parseContract: Parse<ValueContract> = (draft) => ValueContract.safeParse(draft["version"] === null ? { ...draft, version: 1 } : draft);

const versionOf = (value: unknown): number | null => (typeof value === "number" && Number.isInteger(value) && value >= 1 ? value : null);

/** The ValueContracts data rows (all, or those at `indexes`: see readRows) as StoredContracts, in sheet order. */
export function readContracts(
  map: HeaderMap,
  body: readonly (readonly CellValue[])[],
  place: RowPlace,
  indexes?: readonly number[],
  offset: DateOffset = 0,
  stamps = true,
): StoredContract[] {
  return readRows(CONTRACTS, map, body, place, parseContract, indexes, offset, stamps).map((record) => ({
    contract: record.value,
    draft: record.draft,
    cells: record.cells,
    id: record.id,
    row: record.row,
    version: versionOf(record.draft["version"]),
    fingerprint: record.fingerprint,
    figures: record.value === null ? null : contractFigures(record.value),
    problems: record.problems,
  }));
}

/** The ValueReviews data rows as StoredReviews, in sheet order. */
export function readReviews(map: HeaderMap, body: readonly (readonly CellValue[])[], place: RowPlace, offset: DateOffset = 0): StoredReview[] {
  return readRows(REVIEWS, map, body, place, (draft) => ValueReview.safeParse(draft), undefined, offset).map((record) => ({
    review: record.value,
    draft: record.draft,
    row: record.row,
    problems: record.problems,
  }));
}

/** The field values of our data cells (layout order, as read), as readRows decodes them. */
export function draftOf(layout: TableLayout, cells: readonly CellValue[], offset: DateOffset = 0): Record<string, unknown> {
  const draft: Record<string, unknown> = {};
  dataColumns(layout).forEach((column, i) => {
    draft[column.key] = readCell(column, cells[i], offset);
  });
  return draft;
}

/** Row numbers of the rows read when the body starts at body row `index` rather than 0. */
export const placeAt = (place: RowPlace, index: number): RowPlace => ({ sheet: place.sheet, headerRow: place.headerRow + index });

/** A contract as the StoredContract it becomes once its cells are written at `row` (predicted, for bulk writes). */
export function storedFromWrite(contract: ValueContract, cells: readonly CellValue[], row: number): StoredContract {
  return {
    contract,
    draft: { ...contract },
    cells: ownCells(CONTRACTS, cells),
    id: contract.id,
    row,
    version: contract.version,
    fingerprint: writtenFingerprint(CONTRACTS, cells),
    figures: contractFigures(contract),
    problems: [],
  };
}
