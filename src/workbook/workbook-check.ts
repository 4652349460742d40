import { missingColumnProblems, readContracts, readReviews } from "./codec";
import { idKey } from "../domain/lists";
import type { CellProblem, WorkbookCheck } from "./contract-store";
import type { ExcelContext, TableLike } from "./excel-api";
import { headerOf } from "../domain/field-model";
import { REVIEW_FIELDS } from "../domain/review";
import { CONTRACTS, LISTS_SHEET, REVIEWS, type TableLayout } from "./layout";
import { layoutError, locateTables, readTables, type TableSnapshot } from "./table-io";

/**
 * Every problem in the workbook, in two syncs: missing tables and the lists sheet, missing columns,
 * every invalid contract or review row (sheet, row, column, reason), and reviews of contracts that are
 * not in ValueContracts (a deleted row, or an ID changed by hand).
 */
export async function checkWorkbook(context: ExcelContext): Promise<WorkbookCheck> {
  const layouts = [CONTRACTS, REVIEWS] as const;
  // Queued before locateTables' sync, so that one sync also tells whether the lists sheet exists.
  const listsSheet = context.workbook.worksheets.getItemOrNullObject(LISTS_SHEET).load("isNullObject");
  const tables = await locateTables(context, layouts);

  const problems: CellProblem[] = [];
  const found = layouts.flatMap((layout, i): [TableLike, TableLayout][] => {
    const table = tables[i];
    if (table) return [[table, layout]];
    problems.push({ sheet: layout.sheet, row: null, column: null, field: null, message: `Table ${layout.table} is missing: run Set up to create it.` });
    return [];
  });
  if (listsSheet.isNullObject) {
    problems.push({ sheet: LISTS_SHEET, row: null, column: null, field: null, message: `Sheet "${LISTS_SHEET}", which the dropdowns list from, is missing: run Set up to restore it.` });
  }
  const snapshots = await readTables(context, found);
  const contracts = snapshots.find((snapshot) => snapshot.layout === CONTRACTS) ?? null;
  const reviews = snapshots.find((snapshot) => snapshot.layout === REVIEWS) ?? null;
  const stored = contracts ? readContracts(contracts.map, contracts.body, contracts.place) : null;
  for (const snapshot of [contracts, reviews]) {
    if (snapshot) problems.push(...missingColumnProblems(snapshot.layout, snapshot.map.missing, snapshot.place));
  }
  if (stored) problems.push(...stored.flatMap((row) => row.problems));
  if (reviews) problems.push(...reviewProblems(reviews, stored ? new Set(stored.map((row) => idKey(row.id))) : null));
  const ready = [contracts, reviews].every((snapshot) => snapshot !== null && layoutError(snapshot) === null);
  return { ready, tablesExist: contracts !== null, problems };
}

/** The header of the review column naming its contract. */
const CONTRACT_ID = headerOf(REVIEW_FIELDS, "contractId");

/**
 * Problems of every review row, plus a review whose Contract ID is in no contract row.
 * @param contractKeys  idKey of every contract row's ID (null when there is no contract table): a set,
 *   since each review looks its contract up (5,000 reviews against 5,000 contracts).
 */
function reviewProblems(snapshot: TableSnapshot, contractKeys: ReadonlySet<string> | null): CellProblem[] {
  return readReviews(snapshot.map, snapshot.body, snapshot.place).flatMap((stored) => {
    const id = String(stored.draft["contractId"] ?? "").trim();
    const orphan = contractKeys !== null && id !== "" && !contractKeys.has(idKey(id));
    const missing: CellProblem[] = orphan
      ? [{ sheet: snapshot.place.sheet, row: stored.row, column: CONTRACT_ID, field: "contractId", message: `No contract has Contract ID "${id}" in table ${CONTRACTS.table}: was its row deleted or its ID changed?` }]
      : [];
    return [...stored.problems, ...missing];
  });
}
