import type { ValueContract } from "../domain/contract";
import { idKey, nameKey } from "../domain/lists";
import { fail, ok } from "../domain/result";
import { LEDGER_LINES, lineField, type LedgerLine } from "../domain/value-lines";
import { planOutsideRange, RangeInput, ValueRange } from "../domain/value-range";
import { readBack } from "./appends";
import { placeAt, readRows, recordCells, tableRow } from "./codec";
import type { CellProblem, SavedRanges, StoredContract, StoredRange, StoreError, StoreResult } from "./contract-store";
import type { CellValue, ExcelContext } from "./excel-api";
import { fingerprintOf } from "./fingerprint";
import { CONTRACTS, RANGES } from "./layout";
import { asRead, cellRuns, ownOf, queueKeys, queueRowCount, queueRowWrite, restoring, sameHeader, type Probe, type RowImage } from "./row-writes";
import { invalid } from "./store-messages";
import { findContract, notOpened, openTables, queueRows, rowsOf } from "./store-reads";
import { allColumns, positionOf, readColumns, rowRange, sheetRow, type TableHead, type TableSnapshot } from "./table-io";

/**
 * ValueRanges in the workbook: reading its rows with the problems their contracts reveal, and saving one
 * contract's ranges as a set in one write request that verifies what it changes and deletes.
 */

/** The contracts a read knows, by idKey of their Contract ID: the contract, or null where its row is invalid or shared. */
export type ContractsByKey = ReadonlyMap<string, ValueContract | null>;

/** The contracts of rows as read, by idKey (a key on two rows, or on an invalid row, maps to null). */
export function contractsByKey(stored: readonly StoredContract[]): ContractsByKey {
  const byKey = new Map<string, ValueContract | null>();
  for (const row of stored) {
    const key = idKey(row.id);
    if (key !== "") byKey.set(key, byKey.has(key) ? null : row.contract);
  }
  return byKey;
}

const CONTRACT_ID = RANGES.columns.find((column) => column.key === "contractId")?.header ?? "Contract ID";
const headerOfField = (field: string): string | null => RANGES.columns.find((column) => column.key === field)?.header ?? null;

/**
 * The ValueRanges rows of a snapshot (all, or those at `indexes`) as StoredRanges, in sheet order. With `contracts`,
 * also a row whose Contract ID is no contract's, and a blank Likely whose contract's plan lies outside [Low, High].
 */
export function readRanges(snapshot: TableSnapshot, contracts: ContractsByKey | null, indexes?: readonly number[]): StoredRange[] {
  const { sheet } = snapshot.place;
  return readRows(RANGES, snapshot.map, snapshot.body, snapshot.place, (draft) => ValueRange.safeParse(draft), indexes, snapshot.dates.offset).map((record) => {
    const problems: CellProblem[] = [...record.problems];
    const id = String(record.draft["contractId"] ?? "").trim();
    if (contracts !== null && id !== "" && !contracts.has(idKey(id))) {
      problems.push({ sheet, row: record.row, column: CONTRACT_ID, field: "contractId", message: `No contract has Contract ID "${id}" in table ValueContracts: was its row deleted or its ID changed?` });
    }
    const contract = contracts?.get(idKey(id)) ?? null;
    const outside = record.value !== null && contract !== null ? planOutsideRange(record.value, contract[lineField(record.value.line)] ?? 0) : null;
    if (outside !== null) problems.push({ sheet, row: record.row, column: headerOfField(outside.field), field: outside.field, message: outside.message });
    return { range: problems.length === 0 ? record.value : null, draft: record.draft, row: record.row, fingerprint: record.fingerprint, problems };
  });
}

/** The body rows whose Contract ID (the table's key, read when it was opened) is this contract's. */
const rangeRowsOf = (head: TableHead, contractId: string): number[] => head.keys.flatMap((key, i) => (idKey(key) === idKey(contractId) && idKey(contractId) !== "" ? [i] : []));

/**
 * Queues a read of one contract's ValueRanges rows (by the Contract IDs read with the table's head); the result, after
 * the sync, decodes them against the contract. No table (not yet repaired) or no contract: none.
 */
export function queueRangesOf(head: TableHead | null, contractId: string | null): (contract: StoredContract) => StoredRange[] {
  if (head === null || contractId === null) return () => [];
  const indexes = rangeRowsOf(head, contractId);
  const read = queueRows(head, indexes);
  return (stored) => readRanges(read(), new Map([[idKey(stored.id), stored.contract]]), indexes);
}

/**
 * ContractStore.saveRanges in one Excel.run, `inputs` already parsed: opens ValueContracts and ValueRanges, reads the
 * contract and every range row (one sync), and writes (saveRangesOnce). A co-author who moves rows between our
 * requests makes an attempt undo itself; a fresh read then tells a real conflict from a move (3 attempts at most).
 */
export async function saveRangesIn(context: ExcelContext, contractId: string, inputs: readonly RangeInput[], read: readonly StoredRange[], updated: string): Promise<StoreResult<SavedRanges>> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const opened = await openTables(context, [CONTRACTS, RANGES], "write");
    if (!opened.ok) return opened;
    const [contracts, ranges] = opened.value;
    if (!contracts || !ranges) return fail(notOpened);
    const row = queueRows(contracts, rowsOf(contracts, contractId));
    const [snapshot] = await readColumns(context, [ranges], allColumns);
    const found = findContract(row(), contractId);
    if (!found.ok) return found;
    if (!snapshot) return fail(notOpened);
    const once = await saveRangesOnce(context, ranges, snapshot, found.value, inputs, read, updated);
    if (once.kind === "done") return once.result;
  }
  return fail({ kind: "excel", message: `Rows of table ${RANGES.table} kept moving while AIVM saved the ranges of ${contractId}, so nothing was saved. Try again in a moment.` });
}

/** Fingerprints as a multiset: how many rows have each. */
function tally(rows: readonly { readonly fingerprint: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.fingerprint, (counts.get(row.fingerprint) ?? 0) + 1);
  return counts;
}

const sameRows = (a: readonly StoredRange[], b: readonly StoredRange[]): boolean => {
  if (a.length !== b.length) return false;
  const left = tally(a);
  const right = tally(b);
  return [...left].every(([fingerprint, count]) => right.get(fingerprint) === count);
};

/** A row changed in place (or Excel's blank row filled): what it must still be, what is written, and the row before and after. */
interface Update {
  readonly index: number;
  readonly expected: string;
  readonly cells: ReadonlyMap<number, CellValue>;
  readonly before: Probe<RowImage>;
  readonly after: Probe<RowImage>;
}

const codeOf = (error: unknown): string => (typeof error === "object" && error !== null && "code" in error && typeof error.code === "string" ? error.code : "");

/** A row deleted: what it must still be, and its image read just before the delete in the same request. */
interface Deletion {
  readonly index: number;
  readonly expected: string;
  readonly image: Probe<RowImage>;
}

/** The row images of a request, read before a write: values, text and formulas (what puts a row back exactly). */
function queueImage(head: TableHead, index: number): Probe<RowImage> {
  const range = rowRange(head, index).load(["values", "text", "formulas"]);
  return () => ({ values: range.values[0] ?? [], text: range.text[0] ?? [], formulas: range.formulas[0] ?? [] });
}

/** A row's own fingerprint from its image. */
const printOf = (head: TableHead, image: RowImage): string => fingerprintOf(ownOf(head, asRead(head, image)));

/** The contract's plan for a line as a row shows it: its column when a number, else 0 (an invalid row's draft). */
function planIn(stored: StoredContract, line: LedgerLine): number {
  const value = stored.contract?.[lineField(line)] ?? stored.draft[lineField(line)];
  return typeof value === "number" ? value : 0;
}

/** What one attempt at a save found: saved, refused, or moved rows (try again from a fresh read). */
type Attempt = { readonly kind: "done"; readonly result: StoreResult<SavedRanges> } | { readonly kind: "again" };

/**
 * One attempt of saveRanges (ContractStore.saveRanges says what it promises), given the contract and every ValueRanges
 * row read in one request: compares the contract's rows with `read`, then sends the updates, the appends and the
 * deletions (bottom up) in one request that reads, before each, the row it changes or deletes. If any was not what the
 * read found (a co-author acted in between), what that request did is undone in the next one, and the caller tries
 * again from a fresh read ("again"), which tells a real conflict from rows that only moved.
 */
async function saveRangesOnce(
  context: ExcelContext,
  ranges: TableHead,
  snapshot: TableSnapshot,
  stored: StoredContract,
  inputs: readonly RangeInput[],
  read: readonly StoredRange[],
  updated: string,
): Promise<Attempt> {
  const key = idKey(stored.id);
  const all = readRanges(snapshot, new Map([[key, stored.contract]]));
  const mine = all.filter((row) => idKey(row.draft["contractId"] ?? "") === key);
  const opened = read.filter((row) => idKey(row.draft["contractId"] ?? "") === key);
  if (!sameRows(mine, opened)) return { kind: "done", result: fail(rangesConflict(stored, mine)) };

  // A blank Likely is the plan, which must lie within the range.
  const outside = inputs.flatMap((input) => {
    const problem = planOutsideRange(input, planIn(stored, input.line));
    return problem === null ? [] : [{ field: problem.field, message: `${input.line}: ${problem.message}` }];
  });
  if (outside.length > 0) return { kind: "done", result: fail(invalid(`The ranges of ${stored.id}`, outside)) };

  const first = sheetRow(ranges, 0);
  // The contract's rows by line; a row whose Line is not one of the 16 is left as it is.
  const byLine = new Map<string, StoredRange[]>();
  for (const row of mine) {
    const line = row.draft["line"];
    if (typeof line === "string" && KNOWN_LINES.has(nameKey(line))) byLine.set(nameKey(line), [...(byLine.get(nameKey(line)) ?? []), row]);
  }
  const wanted = new Set(inputs.map((input) => nameKey(input.line)));
  const records = inputs.map((input) => ({ ...input, contractId: stored.id, updated }));
  const changes: { index: number; expected: string; cells: Map<number, CellValue> }[] = [];
  const appends: CellValue[][] = [];
  const removals: StoredRange[] = [];
  for (const record of records) {
    const [target, ...extra] = byLine.get(nameKey(record.line)) ?? [];
    removals.push(...extra);
    const cells = recordCells(RANGES, record, ranges.dates.offset);
    if (target === undefined) {
      appends.push(cells);
      continue;
    }
    // Only what changed, and Updated: a cell left as it was keeps its content exactly (a formula typed into Basis too).
    const own = ownOf(ranges, snapshot.body[target.row - first] ?? []);
    const written = new Map<number, CellValue>();
    RANGES.columns.forEach((column, j) => {
      const position = positionOf(ranges.map, column);
      const cell = cells[j] ?? "";
      if (position >= 0 && (column.key === "updated" || readBack([cell])[0] !== own[j])) written.set(position, cell);
    });
    changes.push({ index: target.row - first, expected: target.fingerprint, cells: written });
  }
  for (const [line, rows] of byLine) if (!wanted.has(line)) removals.push(...rows);

  // Excel's one blank row of a new table is filled rather than left as a gap (proven blank in the same request).
  const blankRow = ranges.rowCount === 1 && all.length === 0 ? snapshot.body[0] : undefined;
  if (blankRow !== undefined && appends.length > 0) {
    const cells = appends.shift() ?? [];
    const full = new Map<number, CellValue>();
    RANGES.columns.forEach((column, j) => {
      const position = positionOf(ranges.map, column);
      if (position >= 0) full.set(position, cells[j] ?? "");
    });
    changes.push({ index: 0, expected: fingerprintOf(ownOf(ranges, blankRow)), cells: full });
  }
  const expectedRows = mine.map((row) => row.row - first).sort((a, b) => a - b);

  // The write request. First every read that names a row by its index (the keys, the header, each row to change or
  // delete): should a co-author have shortened the table, the request fails there, before anything is written. Then
  // the updates, the appends, and the deletions from the bottom up (so no index moves under a later one).
  const keys = queueKeys(ranges);
  const header = ranges.table.getHeaderRowRange().load("values");
  const before = changes.map((change) => queueImage(ranges, change.index));
  const doomed = [...removals].sort((a, b) => b.row - a.row).map((row) => ({ index: row.row - first, expected: row.fingerprint, image: queueImage(ranges, row.row - first) }));
  const body = ranges.table.getDataBodyRange();
  const updates: Update[] = changes.map((change, k) => {
    for (const run of cellRuns(change.cells)) body.getCell(change.index, run.start).getResizedRange(0, run.cells.length - 1).values = [run.cells];
    const after = rowRange(ranges, change.index).load(["values", "text"]);
    const image = before[k] ?? (() => ({ values: [], text: [], formulas: [] }));
    return { ...change, before: image, after: () => ({ values: after.values[0] ?? [], text: after.text[0] ?? [], formulas: [] }) };
  });
  if (appends.length > 0) ranges.table.rows.add(undefined, appends.map((cells) => tableRow(RANGES, ranges.map, cells)));
  const deletions: Deletion[] = doomed.map((deletion) => {
    ranges.table.rows.getItemAt(deletion.index).delete();
    return deletion;
  });
  const count = queueRowCount(ranges);
  try {
    await context.sync();
  } catch (error) {
    // A row named by index no longer exists: nothing was written (the reads come first). Read again.
    if (codeOf(error) === "ItemNotFound" || codeOf(error) === "InvalidArgument") return { kind: "again" };
    throw error;
  }

  const now = keys();
  const rowsNow = now.flatMap((cell, i) => (idKey(cell) === key ? [i] : []));
  const moved = !sameHeader(ranges, header.values[0] ?? []) || rowsNow.length !== expectedRows.length || rowsNow.some((index, i) => index !== expectedRows[i]);
  const changed = updates.some((update) => printOf(ranges, update.before()) !== update.expected) || deletions.some((deletion) => printOf(ranges, deletion.image()) !== deletion.expected);
  if (moved || changed) {
    await undo(context, ranges, updates, appends.length, deletions, count());
    return { kind: "again" };
  }
  return { kind: "done", result: ok(savedRows(ranges, stored, updates, appends, deletions, count())) };
}

/** The 16 lines as nameKey compares them: a row whose Line is none of them is left alone by a save. */
const KNOWN_LINES: ReadonlySet<string> = new Set(LEDGER_LINES.map(nameKey));

/**
 * Puts back what a refused write request did, in one request: removes the rows it appended (the last ones), puts the
 * cells it changed back as they were (formulas included), and adds the rows it deleted back at the end of the table
 * (Excel's API adds rows only there: their content comes back, their place does not).
 */
async function undo(context: ExcelContext, head: TableHead, updates: readonly Update[], appended: number, deletions: readonly Deletion[], count: number): Promise<void> {
  for (let k = count - 1; k >= count - appended; k--) head.table.rows.getItemAt(k).delete();
  const gone = deletions.map((deletion) => deletion.index);
  for (const update of updates) {
    const index = update.index - gone.filter((at) => at < update.index).length;
    queueRowWrite(head, index, restoring(update.before(), update.cells.keys()), "formulas");
  }
  const back = [...deletions].reverse().map((deletion) => {
    const image = deletion.image();
    return Array.from({ length: head.map.width }, (_, i) => image.formulas[i] ?? image.values[i] ?? "");
  });
  if (back.length > 0) head.table.rows.add(undefined, back);
  await context.sync();
}

/** The contract's rows as written, in sheet order: each update's row as read back, then the appended rows. */
function savedRows(head: TableHead, stored: StoredContract, updates: readonly Update[], appends: readonly (readonly CellValue[])[], deletions: readonly Deletion[], count: number): SavedRanges {
  const gone = deletions.map((deletion) => deletion.index);
  const rows: { index: number; cells: readonly CellValue[] }[] = updates.map((update) => ({
    index: update.index - gone.filter((at) => at < update.index).length,
    cells: asRead(head, update.after()),
  }));
  appends.forEach((cells, k) => rows.push({ index: count - appends.length + k, cells: tableRow(RANGES, head.map, readBack(cells)) }));
  const contracts = new Map([[idKey(stored.id), stored.contract]]);
  const saved = rows
    .sort((a, b) => a.index - b.index)
    .flatMap(({ index, cells }) => readRanges({ ...head, body: [cells], place: placeAt(head.place, index) }, contracts));
  // A filled blank row counts as added, not updated.
  const filled = updates.filter((update) => update.expected === blankPrint(head)).length;
  return { ranges: saved, added: appends.length + filled, updated: updates.length - filled, deleted: deletions.length };
}

/** The fingerprint of a row whose data cells are all blank (Excel's one row of a new table). */
const blankPrint = (head: TableHead): string => fingerprintOf(ownOf(head, []));

/** A conflict naming the contract's rows as they are now. */
function rangesConflict(stored: StoredContract, current: readonly StoredRange[]): StoreError {
  const rows = current.map((row) => row.row).join(", ");
  return {
    kind: "conflict",
    message: `The ranges of ${stored.id} changed in the workbook since you opened them (by a co-author or by hand${rows === "" ? "" : `; its rows are now ${rows}`}), so nothing was saved. Reload to see them, then enter yours again.`,
    current: stored,
    ranges: current,
  };
}

/**
 * Appends ranges for contracts just written (the samples), in one request: Excel's blank row of a new table is
 * filled if the same request proves it still blank; otherwise, or for the rest, rows.add at the end.
 */
export async function appendRanges(context: ExcelContext, head: TableHead, records: readonly ValueRange[]): Promise<void> {
  if (records.length === 0) return;
  const cells = records.map((record) => recordCells(RANGES, record, head.dates.offset));
  const fill = head.rowCount === 1 && (head.keys[0] ?? "").trim() === "" ? cells[0] : undefined;
  const probe = fill === undefined ? null : queueRowWrite(head, 0, new Map(RANGES.columns.map((column, j): [number, CellValue] => [positionOf(head.map, column), fill[j] ?? ""]).filter(([position]) => position >= 0)));
  const rest = fill === undefined ? cells : cells.slice(1);
  if (rest.length > 0) head.table.rows.add(undefined, rest.map((row) => tableRow(RANGES, head.map, row)));
  await context.sync();
  if (probe === null || fill === undefined) return;
  const seen = probe();
  if (printOf(head, seen.before) === blankPrint(head)) return;
  // Someone typed into the blank row meanwhile: put it back as it was, and add ours at the end instead.
  queueRowWrite(head, 0, restoring(seen.before, RANGES.columns.map((column) => positionOf(head.map, column)).filter((position) => position >= 0)), "formulas");
  head.table.rows.add(undefined, [tableRow(RANGES, head.map, fill)]);
  await context.sync();
}
