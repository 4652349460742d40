import { ambiguousColumnProblems, mapHeaders, missingColumnProblems, orphanProblem, readContracts, readReviews } from "./codec";
import { idKey } from "../domain/lists";
import type { CellProblem, WorkbookCheck } from "./contract-store";
import type { ExcelContext } from "./excel-api";
import { CONTRACTS, LEDGER, LISTS_SHEET, LOSSES, RANGES, REVIEWS, SETTINGS, type TableLayout } from "./layout";
import { readRanges } from "./range-store";
import { readLosses } from "./loss-store";
import { contractsByKey } from "./row-set";
import { readLedger } from "./ledger-store";
import { allColumns, layoutError, openHeads, readColumns, sheetRow, type TableHead } from "./table-io";

/**
 * Every problem in the workbook: missing (or renamed) tables and the lists sheet, missing columns,
 * every invalid contract or review row (sheet, row, column, reason), calculated cells overwritten by
 * hand, reviews, ledger rows and ranges of contracts that are not in ValueContracts (a deleted row, or an ID changed
 * by hand), a second range for the same contract and line, a blank Likely whose contract's plan lies outside its range,
 * and loss exposures out of order, of no contract, or two for one contract.
 */
export async function checkWorkbook(context: ExcelContext): Promise<WorkbookCheck> {
  const { heads, missing } = await openHeads(context, LAYOUTS);
  const problems: CellProblem[] = await missingTableProblems(context, missing);
  // The lists sheet and the calculated columns' formulas first, in a request of their own (small).
  const listsSheet = context.workbook.worksheets.getItemOrNullObject(LISTS_SHEET).load("isNullObject");
  const formulas = heads.map((head) => queueFormulas(head));
  await context.sync();
  const snapshots = await readColumns(context, heads, allColumns);
  if (listsSheet.isNullObject) {
    problems.push({ sheet: LISTS_SHEET, row: null, column: null, field: null, message: `Sheet "${LISTS_SHEET}", which the dropdowns list from, is missing: run Set up to restore it.` });
  }
  const contracts = snapshots.find((snapshot) => snapshot.layout === CONTRACTS) ?? null;
  const reviews = snapshots.find((snapshot) => snapshot.layout === REVIEWS) ?? null;
  const ledger = snapshots.find((snapshot) => snapshot.layout === LEDGER) ?? null;
  const ranges = snapshots.find((snapshot) => snapshot.layout === RANGES) ?? null;
  const losses = snapshots.find((snapshot) => snapshot.layout === LOSSES) ?? null;
  const stored = contracts ? readContracts(contracts.map, contracts.body, contracts.place, undefined, contracts.dates.offset) : null;
  heads.forEach((head, i) => problems.push(...missingColumnProblems(head.layout, head.map.missing, head.place), ...ambiguousColumnProblems(head.layout, head.map, head.place), ...(formulas[i]?.() ?? [])));
  if (stored) problems.push(...stored.flatMap((row) => row.problems));
  const contractKeys = stored ? new Set(stored.map((row) => idKey(row.id))) : null;
  if (reviews) problems.push(...problemsWithOrphans(REVIEWS, reviews.place.sheet, readReviews(reviews.map, reviews.body, reviews.place, reviews.dates.offset), contractKeys));
  if (ledger) problems.push(...problemsWithOrphans(LEDGER, ledger.place.sheet, readLedger(ledger.map, ledger.body, ledger.place, ledger.dates.offset), contractKeys));
  // Ranges are judged against their contracts too: no such contract, or a blank Likely whose plan lies outside the range.
  const byKey = stored ? contractsByKey(stored) : null;
  if (ranges) problems.push(...readRanges(ranges, byKey).flatMap((row) => row.problems));
  // Loss exposures: each row's schema (a text in a number column, ranges out of order), a second row for a Contract ID, no such contract.
  if (losses) problems.push(...readLosses(losses, byKey).flatMap((row) => row.problems));
  const ready = LAYOUTS.every((layout) => {
    const snapshot = snapshots.find((candidate) => candidate.layout === layout);
    return snapshot !== undefined && layoutError(snapshot) === null;
  });
  return { ready, tablesExist: contracts !== null, problems };
}

/** Each table that is missing, or (when another table has all its columns) renamed: say which, and that Repair names it back. */
async function missingTableProblems(context: ExcelContext, layouts: readonly TableLayout[]): Promise<CellProblem[]> {
  const renamed = await findRenamed(context, layouts);
  return layouts.map((layout) => {
    const name = renamed.get(layout);
    const message =
      name === undefined
        ? `Table ${layout.table} is missing: run Set up to create it.`
        : `Table ${layout.table} has been renamed to ${name}: run Repair to give it back its name (AIVM finds its tables by name).`;
    return { sheet: layout.sheet, row: null, column: null, field: null, message };
  });
}

/**
 * For each of `layouts`, another table (not one of ours) whose header has every data column of it: the
 * table renamed by hand. At most two syncs, whatever the number of layouts; none when none is asked for.
 */
export async function findRenamed(context: ExcelContext, layouts: readonly TableLayout[]): Promise<Map<TableLayout, string>> {
  const found = new Map<TableLayout, string>();
  if (layouts.length === 0) return found;
  const tables = context.workbook.tables.load("items/name");
  await context.sync();
  const candidates = tables.items.filter((table) => !LAYOUTS.some((ours) => ours.table === table.name));
  if (candidates.length === 0) return found;
  const headers = candidates.map((table) => table.getHeaderRowRange().load("values"));
  await context.sync();
  for (const layout of layouts) {
    const needed = layout.columns.filter((column) => column.kind !== "calculated");
    const index = headers.findIndex((header) => mapHeaders(layout, header.values[0] ?? []).missing.every((column) => !needed.includes(column as never)));
    const name = index < 0 ? undefined : candidates[index]?.name;
    if (name !== undefined) found.set(layout, name);
  }
  return found;
}

/**
 * Queues a read of the formulas of the calculated columns; the result lists each cell whose formula is
 * not the column's (overwritten by hand: Repair puts the column's formula back).
 */
function queueFormulas(head: TableHead): () => CellProblem[] {
  const reads = head.layout.columns.flatMap((column) => {
    if (column.kind !== "calculated") return [];
    const position = head.map.positions.get(column.header);
    return position === undefined ? [] : [{ column, range: head.table.getDataBodyRange().getColumn(position).load("formulas") }];
  });
  return () =>
    reads.flatMap(({ column, range }) =>
      range.formulas.flatMap((row, i) =>
        isColumnFormula(row[0], column.formula) || (head.keys[i] ?? "").trim() === ""
          ? []
          : [{ sheet: head.place.sheet, row: sheetRow(head, i), column: column.header, field: column.key, message: `This cell of the calculated column "${column.header}" was overwritten by hand, or holds an earlier AIVM's formula (it holds ${JSON.stringify(row[0])}). Run Repair to put the column's formula back.` }],
      ),
    );
}

/** Whether a cell's formula is the column's, ignoring spaces, case and a table-name prefix Excel may add to structured references. */
export function isColumnFormula(cell: unknown, formula: string): boolean {
  // The column's own formula, as set-up writes it: most cells, and 60,000 ledger cells of 1-3 kB each in a large workbook.
  if (cell === formula) return true;
  // Excel also gives [@[Line]] back as [@Line] where the header needs no brackets.
  const norm = (text: string): string =>
    text
      .replace(/\s+/g, "")
      .replace(TABLE_PREFIX, "[")
      .replace(/\[@\[([A-Za-z0-9_]+)\]\]/g, "[@$1]")
      .toLowerCase();
  return typeof cell === "string" && norm(cell) === norm(formula);
}

/** Every table AIVM keeps, in the order Check workbook reports them. */
const LAYOUTS = [CONTRACTS, REVIEWS, LEDGER, RANGES, LOSSES, SETTINGS] as const;

/** A structured reference's table name (one of ours) before its column: what isColumnFormula ignores. */
const TABLE_PREFIX = new RegExp(`\\b(${LAYOUTS.map((layout) => layout.table).join("|")})\\[`, "g");

/**
 * Each row's own problems, plus a row (a review, a ledger entry) whose Contract ID is in no contract row (orphanProblem).
 * @param contractKeys  idKey of every contract row's ID (null when there is no contract table): a set,
 *   since each row looks its contract up (5,000 reviews against 5,000 contracts).
 */
function problemsWithOrphans(layout: TableLayout, sheet: string, rows: readonly { readonly draft: Readonly<Record<string, unknown>>; readonly row: number; readonly problems: readonly CellProblem[] }[], contractKeys: ReadonlySet<string> | null): CellProblem[] {
  return rows.flatMap((stored) => {
    const orphan = orphanProblem(layout, { sheet, row: stored.row }, stored.draft, contractKeys);
    return orphan === null ? stored.problems : [...stored.problems, orphan];
  });
}
