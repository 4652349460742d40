import type { Rect } from "./address";
import type { CellContent } from "./cell-input";
import { MemoryExcelError } from "./errors";
import type { Sheet } from "./model-sheet";
import type { StyleTable } from "./styles";

const DIMENSION_MISMATCH =
  "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

/**
 * Reads a 2-D array written to values or numberFormat (or given to rows.add) as a function of (row, column) within
 * the range. It must match the range exactly, else InvalidArgument with Excel's message above. (Excel also takes a
 * single value for the whole range, and spreads a 1x1 numberFormat; the store's types never pass either.)
 */
export function gridReader(input: unknown, rect: Rect, location: string): (row: number, column: number) => unknown {
  const rows: unknown[] = Array.isArray(input) ? input : [];
  const first = rows[0];
  const matches =
    Array.isArray(input) && rows.length === rect.rowCount && rows.every((row) => Array.isArray(row) && row.length === rect.columnCount);
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

/**
 * Puts parsed content into a cell: its content, its quote prefix, and the number format Excel infers for a
 * percentage or date typed into a General cell. `width` pre-sizes a new row (see Sheet.setContent).
 */
export function applyContent(styles: StyleTable, sheet: Sheet, row: number, column: number, content: CellContent, width?: number): void {
  sheet.setContent(row, column, content.content, width);
  const before = sheet.style(row, column);
  let style = styles.withQuotePrefix(before, content.quotePrefix);
  if (content.impliedFormat !== null && style.numberFormat === "General") style = styles.withFormat(style, content.impliedFormat);
  if (style !== before) sheet.setStyle(row, column, style, width);
}
