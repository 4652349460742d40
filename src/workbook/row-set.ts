import { idKey } from "../domain/lists";
import { fail, ok } from "../domain/result";
import type { ValueContract } from "../domain/contract";
import { readBack } from "./appends";
import { placeAt, recordCells, tableRow } from "./codec";
import type { SetCounts, StoredContract, StoredRow, StoreError, StoreResult } from "./contract-store";
import type { CellValue, ExcelContext } from "./excel-api";
import { fingerprintOf } from "./fingerprint";
import { CONTRACTS, type TableLayout } from "./layout";
import { asRead, cellRuns, ownOf, queueKeys, queueRowCount, queueRowWrite, restoring, sameHeader, type Probe, type RowImage } from "./row-writes";
import { findContract, notOpened, openTables, queueRows, rowsOf } from "./store-reads";
import { allColumns, positionOf, readColumns, rowRange, sheetRow, type TableHead, type TableSnapshot } from "./table-io";

/**
 * A contract's rows of a table kept beside ValueContracts (ValueRanges: one per line; LossExposure: one), saved as a
 * set in one write request that verifies what it changes and deletes. range-store.ts and loss-store.ts say what their
 * rows are; this module is how either is read by contract and saved.
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

/** A table whose rows belong to a contract by its Contract ID (the layout's key) and are saved as the contract's set. */
export interface RowSet<S extends StoredRow> {
  readonly layout: TableLayout;
  /** The rows of a snapshot (all, or those at `indexes`) decoded in sheet order, judged against `contracts` when known. */
  readonly read: (snapshot: TableSnapshot, contracts: ContractsByKey | null, indexes?: readonly number[]) => S[];
  /**
   * The slot a row or record fills among its contract's (ValueRanges: its Line, as nameKey; LossExposure: its one row),
   * or null: a row a save leaves as it is (a Line that is none of the 16). Two rows in one slot: the first is updated,
   * the others deleted.
   */
  readonly slotOf: (draft: Readonly<Record<string, unknown>>) => string | null;
  /** The set in words, for messages: "the ranges of VC-0001". */
  readonly named: (contractId: string) => string;
  /** The conflict to report when the contract's rows are not those read: naming them as they are now. */
  readonly conflict: (stored: StoredContract, current: readonly S[]) => StoreError;
}

/** What saving a contract's set did: its rows as written (sheet order), and the counts. */
export interface SavedSet<S> extends SetCounts {
  readonly rows: readonly S[];
}

/** The body rows whose Contract ID (the table's key, read when it was opened) is this contract's. */
const rowsOfContract = (head: TableHead, contractId: string): number[] => head.keys.flatMap((key, i) => (idKey(key) === idKey(contractId) && idKey(contractId) !== "" ? [i] : []));

/**
 * Queues a read of one contract's rows of a set table (by the Contract IDs read with the table's head); the result,
 * after the sync, decodes them against the contract. No table (not yet repaired) or no contract: none.
 */
export function queueSetOf<S extends StoredRow>(set: RowSet<S>, head: TableHead | null, contractId: string | null): (contract: StoredContract) => S[] {
  if (head === null || contractId === null) return () => [];
  const indexes = rowsOfContract(head, contractId);
  const read = queueRows(head, indexes);
  return (stored) => set.read(read(), new Map([[idKey(stored.id), stored.contract]]), indexes);
}

/**
 * A set-save in one Excel.run, `records` already parsed (without Contract ID and Updated, which this adds): opens
 * ValueContracts and the set's table, reads the contract and every row of the table (one sync), and writes (saveOnce).
 * `check` may refuse the records against the contract as read (a blank Likely outside its range). A co-author who moves
 * rows between our requests makes an attempt undo itself; a fresh read then tells a real conflict from a move (3
 * attempts at most).
 */
export async function saveSetIn<S extends StoredRow>(
  context: ExcelContext,
  set: RowSet<S>,
  contractId: string,
  records: readonly Readonly<Record<string, unknown>>[],
  read: readonly StoredRow[],
  updated: string,
  check: (stored: StoredContract) => StoreError | null = () => null,
): Promise<StoreResult<SavedSet<S>>> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const opened = await openTables(context, [CONTRACTS, set.layout], "write");
    if (!opened.ok) return opened;
    const [contracts, table] = opened.value;
    if (!contracts || !table) return fail(notOpened);
    const row = queueRows(contracts, rowsOf(contracts, contractId));
    const [snapshot] = await readColumns(context, [table], allColumns);
    const found = findContract(row(), contractId);
    if (!found.ok) return found;
    if (!snapshot) return fail(notOpened);
    const once = await saveOnce(context, set, table, snapshot, found.value, records, read, updated, check);
    if (once.kind === "done") return once.result;
  }
  return fail({ kind: "excel", message: `Rows of table ${set.layout.table} kept moving while AIVM saved ${set.named(contractId)}, so nothing was saved. Try again in a moment.` });
}

/** Fingerprints as a multiset: how many rows have each. */
function tally(rows: readonly { readonly fingerprint: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.fingerprint, (counts.get(row.fingerprint) ?? 0) + 1);
  return counts;
}

const sameRows = (a: readonly StoredRow[], b: readonly StoredRow[]): boolean => {
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

/** What one attempt at a save found: saved, refused, or moved rows (try again from a fresh read). */
type Attempt<S> = { readonly kind: "done"; readonly result: StoreResult<SavedSet<S>> } | { readonly kind: "again" };

/**
 * One attempt of a set-save, given the contract and every row of the set's table read in one request: compares the
 * contract's rows with `read`, then sends the updates, the appends and the deletions (bottom up) in one request that
 * reads, before each, the row it changes or deletes. If any was not what the read found (a co-author acted in
 * between), what that request did is undone in the next one, and the caller tries again from a fresh read ("again"),
 * which tells a real conflict from rows that only moved.
 */
async function saveOnce<S extends StoredRow>(
  context: ExcelContext,
  set: RowSet<S>,
  head: TableHead,
  snapshot: TableSnapshot,
  stored: StoredContract,
  inputs: readonly Readonly<Record<string, unknown>>[],
  read: readonly StoredRow[],
  updated: string,
  check: (stored: StoredContract) => StoreError | null,
): Promise<Attempt<S>> {
  const { layout } = set;
  const key = idKey(stored.id);
  const all = set.read(snapshot, new Map([[key, stored.contract]]));
  const mine = all.filter((row) => idKey(row.draft["contractId"] ?? "") === key);
  const opened = read.filter((row) => idKey(row.draft["contractId"] ?? "") === key);
  if (!sameRows(mine, opened)) return { kind: "done", result: fail(set.conflict(stored, mine)) };
  const refused = check(stored);
  if (refused !== null) return { kind: "done", result: fail(refused) };

  const first = sheetRow(head, 0);
  // The contract's rows by slot; a row in no slot is left as it is.
  const bySlot = new Map<string, S[]>();
  for (const row of mine) {
    const slot = set.slotOf(row.draft);
    if (slot !== null) bySlot.set(slot, [...(bySlot.get(slot) ?? []), row]);
  }
  const records = inputs.map((input) => ({ ...input, contractId: stored.id, updated }));
  const wanted = new Set(records.map((record) => set.slotOf(record)));
  const changes: { index: number; expected: string; cells: Map<number, CellValue> }[] = [];
  const appends: CellValue[][] = [];
  const removals: S[] = [];
  for (const record of records) {
    const [target, ...extra] = bySlot.get(set.slotOf(record) ?? "") ?? [];
    removals.push(...extra);
    const cells = recordCells(layout, record, head.dates.offset);
    if (target === undefined) {
      appends.push(cells);
      continue;
    }
    // Only what changed, and Updated: a cell left as it was keeps its content exactly (a formula typed into Basis too).
    const own = ownOf(head, snapshot.body[target.row - first] ?? []);
    const written = new Map<number, CellValue>();
    layout.columns.forEach((column, j) => {
      const position = positionOf(head.map, column);
      const cell = cells[j] ?? "";
      if (position >= 0 && (column.key === "updated" || readBack([cell])[0] !== own[j])) written.set(position, cell);
    });
    changes.push({ index: target.row - first, expected: target.fingerprint, cells: written });
  }
  for (const [slot, rows] of bySlot) if (!wanted.has(slot)) removals.push(...rows);

  // Excel's one blank row of a new table is filled rather than left as a gap (proven blank in the same request).
  const blankRow = head.rowCount === 1 && all.length === 0 ? snapshot.body[0] : undefined;
  if (blankRow !== undefined && appends.length > 0) {
    const cells = appends.shift() ?? [];
    const full = new Map<number, CellValue>();
    layout.columns.forEach((column, j) => {
      const position = positionOf(head.map, column);
      if (position >= 0) full.set(position, cells[j] ?? "");
    });
    changes.push({ index: 0, expected: fingerprintOf(ownOf(head, blankRow)), cells: full });
  }
  const expectedRows = mine.map((row) => row.row - first).sort((a, b) => a - b);

  // The write request. First every read that names a row by its index (the keys, the header, each row to change or
  // delete): should a co-author have shortened the table, the request fails there, before anything is written. Then
  // the updates, the appends, and the deletions from the bottom up (so no index moves under a later one).
  const keys = queueKeys(head);
  const header = head.table.getHeaderRowRange().load("values");
  const before = changes.map((change) => queueImage(head, change.index));
  const doomed = [...removals].sort((a, b) => b.row - a.row).map((row) => ({ index: row.row - first, expected: row.fingerprint, image: queueImage(head, row.row - first) }));
  const body = head.table.getDataBodyRange();
  const updates: Update[] = changes.map((change, k) => {
    for (const run of cellRuns(change.cells)) body.getCell(change.index, run.start).getResizedRange(0, run.cells.length - 1).values = [run.cells];
    const after = rowRange(head, change.index).load(["values", "text"]);
    const image = before[k] ?? (() => ({ values: [], text: [], formulas: [] }));
    return { ...change, before: image, after: () => ({ values: after.values[0] ?? [], text: after.text[0] ?? [], formulas: [] }) };
  });
  if (appends.length > 0) head.table.rows.add(undefined, appends.map((cells) => tableRow(layout, head.map, cells)));
  const deletions: Deletion[] = doomed.map((deletion) => {
    head.table.rows.getItemAt(deletion.index).delete();
    return deletion;
  });
  const count = queueRowCount(head);
  try {
    await context.sync();
  } catch (error) {
    // A row named by index no longer exists: nothing was written (the reads come first). Read again.
    if (codeOf(error) === "ItemNotFound" || codeOf(error) === "InvalidArgument") return { kind: "again" };
    throw error;
  }

  const now = keys();
  const rowsNow = now.flatMap((cell, i) => (idKey(cell) === key ? [i] : []));
  const moved = !sameHeader(head, header.values[0] ?? []) || rowsNow.length !== expectedRows.length || rowsNow.some((index, i) => index !== expectedRows[i]);
  const changed = updates.some((update) => printOf(head, update.before()) !== update.expected) || deletions.some((deletion) => printOf(head, deletion.image()) !== deletion.expected);
  if (moved || changed) {
    await undo(context, head, updates, appends.length, deletions, count());
    return { kind: "again" };
  }
  return { kind: "done", result: ok(savedRows(set, head, stored, updates, appends, deletions, count())) };
}

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
function savedRows<S extends StoredRow>(set: RowSet<S>, head: TableHead, stored: StoredContract, updates: readonly Update[], appends: readonly (readonly CellValue[])[], deletions: readonly Deletion[], count: number): SavedSet<S> {
  const gone = deletions.map((deletion) => deletion.index);
  const rows: { index: number; cells: readonly CellValue[] }[] = updates.map((update) => ({
    index: update.index - gone.filter((at) => at < update.index).length,
    cells: asRead(head, update.after()),
  }));
  appends.forEach((cells, k) => rows.push({ index: count - appends.length + k, cells: tableRow(set.layout, head.map, readBack(cells)) }));
  const contracts = new Map([[idKey(stored.id), stored.contract]]);
  const saved = rows
    .sort((a, b) => a.index - b.index)
    .flatMap(({ index, cells }) => set.read({ ...head, body: [cells], place: placeAt(head.place, index) }, contracts));
  // A filled blank row counts as added, not updated.
  const filled = updates.filter((update) => update.expected === blankPrint(head)).length;
  return { rows: saved, added: appends.length + filled, updated: updates.length - filled, deleted: deletions.length };
}

/** The fingerprint of a row whose data cells are all blank (Excel's one row of a new table). */
const blankPrint = (head: TableHead): string => fingerprintOf(ownOf(head, []));

/**
 * Appends rows for contracts just written (the samples), in one request: Excel's blank row of a new table is
 * filled if the same request proves it still blank; otherwise, or for the rest, rows.add at the end.
 */
export async function appendSet(context: ExcelContext, head: TableHead, records: readonly Readonly<Record<string, unknown>>[]): Promise<void> {
  const { layout } = head;
  if (records.length === 0) return;
  const cells = records.map((record) => recordCells(layout, record, head.dates.offset));
  const fill = head.rowCount === 1 && (head.keys[0] ?? "").trim() === "" ? cells[0] : undefined;
  const probe = fill === undefined ? null : queueRowWrite(head, 0, new Map(layout.columns.map((column, j): [number, CellValue] => [positionOf(head.map, column), fill[j] ?? ""]).filter(([position]) => position >= 0)));
  const rest = fill === undefined ? cells : cells.slice(1);
  if (rest.length > 0) head.table.rows.add(undefined, rest.map((row) => tableRow(layout, head.map, row)));
  await context.sync();
  if (probe === null || fill === undefined) return;
  const seen = probe();
  if (printOf(head, seen.before) === blankPrint(head)) return;
  // Someone typed into the blank row meanwhile: put it back as it was, and add ours at the end instead.
  queueRowWrite(head, 0, restoring(seen.before, layout.columns.map((column) => positionOf(head.map, column)).filter((position) => position >= 0)), "formulas");
  head.table.rows.add(undefined, [tableRow(layout, head.map, fill)]);
  await context.sync();
}
