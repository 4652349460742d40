import type { Rect } from "./address";
import type { CellContent } from "./cell-input";
import { MemoryExcelError } from "./errors";
import type { Cell } from "./model-sheet";

const DIMENSION_MISMATCH =
  "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

/**
 * Reads what was assigned to values / formulas / numberFormat as a function of (row, column) within the range.
 * A single (non-array) value applies to every cell ("If the argument is a single value, it will be applied to all
 * cells in the range", the Range reference quoted in OfficeDev/office-js-docs-reference#578). A 2-D array must match
 * the range exactly, else InvalidArgument with Excel's message above; for numberFormat a 1x1 array also applies to
 * all cells, as the "Fundamental programming concepts" sample does (totalRange.numberFormat = [["$0.00"]] on E3:E6).
 */
export function gridReader(
  input: unknown,
  rect: Rect,
  location: string,
  broadcastOneByOne: boolean,
): (row: number, column: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const rows: unknown[] = input;
  const first = rows[0];
  if (broadcastOneByOne && rows.length === 1 && Array.isArray(first) && first.length === 1) {
    const only: unknown = first[0];
    return () => only;
  }
  const matches =
    rows.length === rect.rowCount && rows.every((row) => Array.isArray(row) && row.length === rect.columnCount);
  if (!matches) {
    const shape = `${rows.length}x${Array.isArray(first) ? first.length : "?"}`;
    throw new MemoryExcelError("InvalidArgument", {
      location,
      message: DIMENSION_MISMATCH,
      detail: `a ${shape} array was written to a ${rect.rowCount}x${rect.columnCount} range`,
    });
  }
  return (row, column) => {
    const cells: unknown = rows[row];
    return Array.isArray(cells) ? cells[column] : undefined;
  };
}

/** The block's cells as a 2-D array (rows of columns), `cell` given sheet coordinates: how every read builds its array. */
export function cellGrid<T>(rect: Rect, cell: (row: number, column: number) => T): T[][] {
  const rows = new Array<T[]>(rect.rowCount);
  for (let r = 0; r < rect.rowCount; r += 1) {
    const row = new Array<T>(rect.columnCount);
    for (let c = 0; c < rect.columnCount; c += 1) row[c] = cell(rect.row + r, rect.column + c);
    rows[r] = row;
  }
  return rows;
}

/** Puts parsed content into a cell, applying the number format Excel infers for a percentage or date. */
export function applyContent(cell: Cell, content: CellContent): void {
  cell.value = content.value;
  cell.formula = content.formula;
  cell.quotePrefix = content.quotePrefix;
  if (content.impliedFormat !== null && cell.numberFormat === "General") cell.numberFormat = content.impliedFormat;
}
