import { LEDGER_LINES, LedgerEntry, type NewLedgerEntry } from "../domain/ledger";
import type { LineActual } from "../domain/ledger-sums";
import { EVIDENCE_LEVELS, idKey, nameKey } from "../domain/lists";
import { isBlank } from "./cells";
import { fail, ok } from "../domain/result";
import { DEFAULT_SETTINGS, isPeriodStart, WorkbookSettings } from "../domain/settings";
import { appendRows, type NewRow } from "./appends";
import { dataColumns, readRows, recordCells, type HeaderMap, type RowPlace } from "./codec";
import type { ActualsLine, RecordedActuals, StoredContract, StoredLedgerEntry, StoreResult } from "./contract-store";
import type { CellValue, ExcelContext } from "./excel-api";
import { fingerprintOf } from "./fingerprint";
import { LEDGER, SETTINGS, type DataColumn } from "./layout";
import { asRead, ownOf, queueRowWrite, restoreRow, uniqueIndex, type Probe, type RowSeen } from "./row-writes";
import { invalid } from "./store-messages";
import { nextIdsIn, parse, queueColumn, queueRows } from "./store-reads";
import { positionOf, sheetRow, type TableHead, type TableSnapshot } from "./table-io";

/**
 * The value ledger in the workbook: reading its rows and the settings row, and recording a period's
 * actuals for a contract in one write request that verifies what it overwrites (row-writes.ts).
 */

/** The ValueLedger rows (all, or those at `indexes`) as StoredLedgerEntries, in sheet order. */
export function readLedger(map: HeaderMap, body: readonly (readonly CellValue[])[], place: RowPlace, offset = 0, indexes?: readonly number[]): StoredLedgerEntry[] {
  return readRows(LEDGER, map, body, place, (draft) => LedgerEntry.safeParse(draft), indexes, offset).map((record) => ({
    entry: record.value,
    draft: record.draft,
    row: record.row,
    fingerprint: record.fingerprint,
    problems: record.problems,
  }));
}

/**
 * Queues a read of the ledger's Contract ID column; the result, called after that sync, reads the rows
 * of one contract (one more sync) rather than the whole ledger: opening a contract with 40,000 ledger
 * rows in the workbook reads its own few dozen.
 */
export function queueLedgerOf(context: ExcelContext, head: TableHead, contractId: string): () => Promise<StoredLedgerEntry[]> {
  const ids = queueColumn(head, "contractId");
  return async () => {
    const wanted = idKey(contractId);
    const indexes = ids().flatMap((id, i) => (idKey(id) === wanted ? [i] : []));
    if (indexes.length === 0) return [];
    const read = queueRows(head, indexes);
    await context.sync();
    const snapshot = read();
    return readLedger(snapshot.map, snapshot.body, snapshot.place, snapshot.dates.offset, indexes);
  };
}

/** The settings in the AIVMSettings table's first row; the defaults for what is blank or invalid there. */
export function readSettings(snapshot: TableSnapshot | undefined): WorkbookSettings {
  if (snapshot === undefined) return DEFAULT_SETTINGS;
  const [first] = readRows(SETTINGS, snapshot.map, snapshot.body, snapshot.place, (draft) => WorkbookSettings.safeParse({ ...DEFAULT_SETTINGS, ...withoutBlanks(draft) }), undefined, snapshot.dates.offset, false);
  return first?.value ?? DEFAULT_SETTINGS;
}

const withoutBlanks = (draft: Readonly<Record<string, unknown>>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(draft).filter(([, value]) => value !== null && value !== ""));

/** What the to-date figures need of a ledger row (ledger-sums.ts): its contract, line, plan, actual and evidence. */
const SUMMED = ["contractId", "line", "plan", "actual", "evidenceLevel"];
export const summedColumns = (head: TableHead): DataColumn[] => dataColumns(head.layout).filter((column) => SUMMED.includes(column.key));

/** The ledger rows that can be summed, by idKey of their Contract ID, and how many rows could not be (invalid: Check workbook names them). */
export interface SummedLedger {
  readonly lines: ReadonlyMap<string, readonly LineActual[]>;
  readonly skipped: number;
}

/** Each name by its own spelling and by nameKey: an exact cell is found without building its key (40,000 rows). */
const byName = <T extends string>(names: readonly T[]): Map<string, T> => new Map(names.flatMap((name) => [[name, name] as const, [nameKey(name), name] as const]));
const LINES = byName(LEDGER_LINES);
const LEVELS = byName(EVIDENCE_LEVELS);
const lookUp = <T extends string>(names: ReadonlyMap<string, T>, cell: CellValue | undefined): T | undefined =>
  (typeof cell === "string" ? names.get(cell) : undefined) ?? names.get(nameKey(cell ?? ""));

/**
 * The summable rows of a ledger snapshot read with summedColumns. A fast path for listing 40,000 rows:
 * instead of each row's full schema, the five cells the sums read are checked as the schema would check
 * them (a known line, amounts blank or >= 0, a known level or blank); a row failing any is left out and
 * counted, never guessed at. Blank rows are not rows.
 */
export function summedLedger(snapshot: TableSnapshot | undefined): SummedLedger {
  const lines = new Map<string, LineActual[]>();
  let skipped = 0;
  if (snapshot === undefined) return { lines, skipped };
  const at = (key: string): number => positionOf(snapshot.map, LEDGER.columns.find((column) => column.key === key) ?? { header: "" });
  const [contract, line, plan, actual, level] = SUMMED.map(at) as [number, number, number, number, number];
  const amount = (cell: CellValue | undefined): number | null | undefined => (isBlank(cell) ? null : typeof cell === "number" && cell >= 0 ? cell : undefined);
  for (const row of snapshot.body) {
    const id = idKey(row[contract] ?? "");
    const name = lookUp(LINES, row[line]);
    const planned = amount(row[plan]);
    const measured = amount(row[actual]);
    const evidence = isBlank(row[level]) ? null : lookUp(LEVELS, row[level]);
    if (id === "" && name === undefined && planned === null && measured === null && evidence === null) continue;
    if (id === "" || name === undefined || planned === undefined || measured === undefined || evidence === undefined) {
      skipped += 1;
      continue;
    }
    const entry: LineActual = { line: name, plan: planned, actual: measured, evidenceLevel: evidence };
    const list = lines.get(id);
    if (list) list.push(entry);
    else lines.set(id, [entry]);
  }
  return { lines, skipped };
}



/**
 * Queues a read of the Contract ID, Period and Line columns; the result, after the sync, is the body rows
 * (as they were when read) that hold one of `lines` for this contract and period.
 */
function queueRecordedLines(head: TableHead, contractId: string, period: string, lines: readonly NewLedgerEntry[]): () => number[] {
  const ids = queueColumn(head, "contractId");
  const periods = queueColumn(head, "period");
  const names = queueColumn(head, "line");
  const periodCell = recordCells(LEDGER, { period }, head.dates.offset)[LEDGER.columns.findIndex((column) => column.key === "period")];
  const wanted = new Set(lines.map((line) => nameKey(line.line)));
  return () => {
    const found: number[] = [];
    const byPeriod = periods();
    const byLine = names();
    ids().forEach((id, i) => {
      if (idKey(id) === idKey(contractId) && byPeriod[i] === periodCell && wanted.has(nameKey(byLine[i] ?? ""))) found.push(i);
    });
    return found;
  };
}

/** An updated row, its probe, and the fingerprint it must have had. */
interface Update {
  readonly id: string;
  readonly index: number;
  readonly expected: string;
  readonly probe: Probe<RowSeen>;
  readonly positions: readonly number[];
  readonly record: LedgerEntry;
}

/**
 * Records a period's actuals (see ContractStore.recordActuals). `heads` are open (key column read);
 * `contract` the contract as read in this request. Updates and appends go out in one request.
 */
export async function recordActualsIn(
  context: ExcelContext,
  head: TableHead,
  contract: StoredContract,
  period: string,
  lines: readonly ActualsLine[],
  recordedBy: string,
  opened: readonly StoredLedgerEntry[],
  updated: string,
  settings: WorkbookSettings,
): Promise<StoreResult<RecordedActuals>> {
  if (!isPeriodStart(period, settings)) {
    return fail(invalid("The actuals", [{ field: "period", message: `Period must be the first day of a ${settings.period.toLowerCase()} (fiscal year from ${settings.fiscalYearStart}); ${period} is not.` }]));
  }
  const records: NewLedgerEntry[] = [];
  for (const line of lines) {
    const parsed = parse(LedgerEntry.omit({ id: true }), { ...line, contractId: contract.id, period, recordedBy, updated }, `Line ${line.line}`);
    if (!parsed.ok) return parsed;
    records.push(parsed.value);
  }
  const existing = new Map<string, StoredLedgerEntry>();
  for (const stored of opened) {
    if (stored.entry !== null && stored.entry.period === period && idKey(stored.entry.contractId) === idKey(contract.id)) existing.set(nameKey(stored.entry.line), stored);
  }
  const updates: Update[] = [];
  const appends: NewRow[] = [];
  const fresh = nextIdsIn(head, head.keys, records.length);
  for (const [i, record] of records.entries()) {
    const found = existing.get(nameKey(record.line));
    if (found?.entry) {
      // Where the row is now, by its key as this request read it (rows may have moved since the form opened).
      const index = uniqueIndex(head.keys, found.entry.id) ?? found.row - sheetRow(head, 0);
      const full: LedgerEntry = { ...record, id: found.entry.id };
      const cells = recordCells(LEDGER, full, head.dates.offset);
      // Only what changed, and who and when: a cell left as it was keeps its content exactly (a formula typed into it too).
      const before: Readonly<Record<string, unknown>> = found.entry;
      const after: Readonly<Record<string, unknown>> = full;
      const written = new Map<number, CellValue>();
      LEDGER.columns.forEach((column, j) => {
        const position = positionOf(head.map, column);
        const stamp = column.key === "recordedBy" || column.key === "updated";
        if (column.kind !== "calculated" && position >= 0 && (stamp || before[column.key] !== after[column.key])) written.set(position, cells[j] ?? "");
      });
      updates.push({ id: found.entry.id, index, expected: found.fingerprint, probe: queueRowWrite(head, index, written), positions: [...written.keys()], record: full });
    } else {
      const id = fresh[i] ?? "";
      appends.push({ id, cells: recordCells(LEDGER, { ...record, id }, head.dates.offset) });
    }
  }
  // Read in the request that appends, before the new rows: has anyone recorded one of these lines for this period meanwhile?
  const others = appends.length > 0 ? queueRecordedLines(head, contract.id, period, records.filter((record) => !existing.get(nameKey(record.line))?.entry)) : () => [];
  // One request carries the updates and the appends (appendRows syncs them together).
  // Excel's blank row of a new ledger is filled (in the same request, proven blank first) rather than left as a gap.
  const appended = appends.length > 0 ? await appendRows(context, head, appends, true) : (await context.sync(), ok([]));
  const changed = updates.filter((update) => {
    const seen = update.probe();
    return idKey(seen.keys[update.index]) !== idKey(update.id) || fingerprintOf(ownOf(head, asRead(head, seen.before))) !== update.expected;
  });
  const targets = new Set(updates.map((update) => update.index));
  const recorded = others().filter((index) => !targets.has(index));
  if (changed.length > 0 || recorded.length > 0 || !appended.ok) {
    for (const update of updates) {
      const seen = update.probe();
      await restoreRow(context, head, update.index, update.id, update.positions, seen.before, seen.after);
    }
    if (!appended.ok) return appended;
    // The rows appended in this request are the last ones; take them out again, from the bottom.
    for (const row of [...appended.value].sort((a, b) => b.index - a.index)) head.table.rows.getItemAt(row.index).delete();
    await context.sync();
    const rows = [...changed.map((update) => update.index), ...recorded].map((index) => sheetRow(head, index)).join(", ");
    return fail({
      kind: "conflict",
      message: `Someone changed this period's ledger rows for ${contract.id} (row ${rows}) since you opened them, so nothing was saved. Reload to see their figures, then enter yours again.`,
      current: contract,
    });
  }
  const added = appended.value.map((row): LedgerEntry => {
    const source = records[appends.indexOf(row.source)];
    return { ...(source as NewLedgerEntry), id: row.id };
  });
  return ok({ entries: [...updates.map((update) => update.record), ...added], added: added.length, updated: updates.length });
}
