import type { CellProblem } from "../workbook/contract-store";
import { createContractStore } from "../workbook/excel-contract-store";
import { CONTRACTS, LEDGER, LOSSES, RANGES, REVIEWS } from "../workbook/layout";
import type { MemoryExcel } from "../memory-excel";
import { openWorkbook, UsageError } from "./files";

/**
 * `aivm check FILE.xlsx...`: each workbook read into the in-memory Excel and checked by the add-in's own store
 * (the pane's Check workbook: every contract, review, ledger and range row against the same schemas, missing tables
 * and columns, overwritten formulas, rows whose contract is missing, two ranges for one contract and line, a blank
 * Likely whose plan lies outside its range, loss exposures out of order or two for one contract).
 */

/** A problem as one line: `file: sheet, row N, column "X": message` (row and column left out when the problem has none). */
export function problemLine(file: string, problem: CellProblem): string {
  const where = [problem.sheet, problem.row === null ? null : `row ${problem.row}`, problem.column === null ? null : `column "${problem.column}"`].filter((part) => part !== null);
  return `${file}: ${where.join(", ")}: ${problem.message}`;
}

/** The store's problems with a workbook; a UsageError when it is no AIVM workbook at all (no ValueContracts table). */
export async function checkedProblems(file: string, excel: MemoryExcel): Promise<readonly CellProblem[]> {
  if (!excel.workbook.hasTable(CONTRACTS.table)) {
    throw new UsageError(`${file}: not an AIVM workbook (it has no table ${CONTRACTS.table}; tables: ${excel.workbook.tableNames().join(", ") || "none"})`);
  }
  const checked = await createContractStore(excel.run).check();
  if (!checked.ok) throw new UsageError(`${file}: ${checked.error.message}`);
  return checked.value.problems;
}

/** Data rows of a table, or 0 when it is missing. */
function rowsIn(excel: MemoryExcel, table: string): number {
  return excel.workbook.hasTable(table) ? excel.workbook.table(table).rowCount() : 0;
}

const plural = (count: number, one: string, many = `${one}s`): string => `${count.toLocaleString("en-GB")} ${count === 1 ? one : many}`;

/** Checks each file; resolves to the exit code: 0 all valid, 1 a problem found. UsageErrors propagate (exit 2). */
export async function checkCommand(files: readonly string[], out: (line: string) => void, progress: (line: string) => void): Promise<number> {
  let failed = false;
  for (const [i, file] of files.entries()) {
    progress(`Reading ${file} (${i + 1} of ${files.length})...`);
    const excel = await openWorkbook(file);
    const problems = await checkedProblems(file, excel);
    for (const problem of problems) out(problemLine(file, problem));
    const rows = new Set(problems.filter((problem) => problem.row !== null).map((problem) => `${problem.sheet}\u0001${problem.row}`));
    const counts = `${plural(rowsIn(excel, CONTRACTS.table), "contract")}, ${plural(rowsIn(excel, REVIEWS.table), "review")}, ${plural(rowsIn(excel, LEDGER.table), "ledger row")}, ${plural(rowsIn(excel, RANGES.table), "range")}, ${plural(rowsIn(excel, LOSSES.table), "loss exposure")}`;
    out(problems.length === 0 ? `${file}: OK (${counts})` : `${file}: ${plural(problems.length, "problem")} in ${plural(rows.size, "row")} (${counts})`);
    if (problems.length > 0) failed = true;
  }
  return failed ? 1 : 0;
}
