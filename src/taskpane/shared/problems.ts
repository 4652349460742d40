import type { CellProblem } from "../../workbook/contract-store";

/** Where a problem sits, in words: "Value Contracts, row 7, column Status". */
export function problemPlace(problem: CellProblem): string {
  const parts = [problem.sheet || "Workbook"];
  if (problem.row !== null) parts.push(`row ${problem.row}`);
  if (problem.column !== null) parts.push(`column ${problem.column}`);
  return parts.join(", ");
}
