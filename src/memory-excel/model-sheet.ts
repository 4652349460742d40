import type { CellValue } from "../workbook/excel-api";
import { MAX_COLUMNS, MAX_ROWS, type Rect } from "./address";
import { MemoryExcelError } from "./errors";

/** A list data-validation rule as Excel stores it: a comma-separated list, or a reference formula ("=Lists!$A$1:$A$6"). */
export interface ListValidation {
  readonly inCellDropDown: boolean;
  readonly source: string;
}

/** One cell. A blank cell is either absent or has value "" and no formula. */
export interface Cell {
  value: CellValue;
  formula: string | null;
  quotePrefix: boolean;
  numberFormat: string;
  validation: ListValidation | null;
}

export function blankCell(): Cell {
  return { value: "", formula: null, quotePrefix: false, numberFormat: "General", validation: null };
}

export function isBlank(cell: Cell | undefined): boolean {
  return cell === undefined || (cell.formula === null && cell.value === "");
}

/** What Range.formulas reads for a cell: its formula, else its constant ("" when blank). */
export function formulaOf(cell: Cell | undefined): CellValue {
  return cell === undefined ? "" : (cell.formula ?? cell.value);
}

/** A cell that carries nothing at all (no content, format, validation) and can be dropped. */
function isEmpty(cell: Cell | undefined): boolean {
  return (
    cell === undefined ||
    (isBlank(cell) && !cell.quotePrefix && cell.numberFormat === "General" && cell.validation === null)
  );
}

/** Excel's rules for a worksheet name: 1 to 31 characters, none of : \ / ? * [ ], no apostrophe at either end. */
export function isValidSheetName(name: string): boolean {
  return name.length > 0 && name.length <= 31 && !/[:\\/?*[\]]/.test(name) && !/^'|'$/.test(name);
}

/**
 * A worksheet's cells, stored as one array per row (row index -> column index -> cell), so reading or writing an
 * n-cell block is O(n) with no per-access address parsing.
 */
export class Sheet {
  /** Rows that freezePanes.freezeRows() froze (0 = none). */
  frozenRows = 0;
  /** Every format.autofitColumns() call, as the rectangle it was called on. */
  readonly autofitCalls: Rect[] = [];
  private readonly rows: (Cell | undefined)[][] = [];

  constructor(
    public name: string,
    readonly id: string,
  ) {}

  /** Number of rows that may hold cells (one past the last row ever written). */
  get rowExtent(): number {
    return this.rows.length;
  }

  cell(row: number, column: number): Cell | undefined {
    return this.rows[row]?.[column];
  }

  ensureCell(row: number, column: number): Cell {
    while (this.rows.length <= row) this.rows.push([]);
    const cells = this.rows[row] ?? [];
    let cell = cells[column];
    if (cell === undefined) {
      while (cells.length < column) cells.push(undefined);
      cell = blankCell();
      cells[column] = cell;
    }
    return cell;
  }

  private place(row: number, column: number, cell: Cell | undefined): void {
    if (isEmpty(cell) && this.cell(row, column) === undefined) return;
    while (this.rows.length <= row) this.rows.push([]);
    const cells = this.rows[row] ?? [];
    while (cells.length < column) cells.push(undefined);
    cells[column] = isEmpty(cell) ? undefined : cell;
  }

  /** True when any cell in the block has content (formats and validation do not count). */
  hasContent(rect: Rect): boolean {
    const lastRow = Math.min(rect.row + rect.rowCount, this.rows.length);
    for (let row = rect.row; row < lastRow; row += 1) {
      const cells = this.rows[row];
      if (cells === undefined) continue;
      const lastColumn = Math.min(rect.column + rect.columnCount, cells.length);
      for (let column = rect.column; column < lastColumn; column += 1) if (!isBlank(cells[column])) return true;
    }
    return false;
  }

  /** Inserts `count` blank rows of cells at `row` within columns [column, column + columnCount), shifting down. */
  insertCellsDown(row: number, count: number, column: number, columnCount: number): void {
    const pushedOff = { row: MAX_ROWS - count, column, rowCount: count, columnCount };
    if (this.hasContent(pushedOff)) throw new MemoryExcelError("NonBlankCellOffSheet", { location: "Range.insert" });
    for (let source = this.rows.length - 1; source >= row; source -= 1) {
      for (let c = column; c < column + columnCount; c += 1) this.place(source + count, c, this.cell(source, c));
    }
    for (let r = row; r < row + count; r += 1) {
      for (let c = column; c < column + columnCount; c += 1) this.place(r, c, undefined);
    }
  }

  /** Deletes `count` rows of cells at `row` within the given columns, shifting the cells below up. */
  deleteCellsUp(row: number, count: number, column: number, columnCount: number): void {
    const extent = this.rows.length;
    for (let target = row; target < extent; target += 1) {
      for (let c = column; c < column + columnCount; c += 1) this.place(target, c, this.cell(target + count, c));
    }
  }

  /** Inserts `count` blank columns of cells at `column` within rows [row, row + rowCount), shifting right. */
  insertCellsRight(column: number, count: number, row: number, rowCount: number): void {
    const pushedOff = { row, column: MAX_COLUMNS - count, rowCount, columnCount: count };
    if (this.hasContent(pushedOff)) throw new MemoryExcelError("NonBlankCellOffSheet", { location: "Range.insert" });
    const lastRow = Math.min(row + rowCount, this.rows.length);
    for (let r = row; r < lastRow; r += 1) {
      const cells = this.rows[r];
      if (cells === undefined || cells.length <= column) continue;
      const moved: (Cell | undefined)[] = Array.from({ length: count }, () => undefined);
      cells.splice(column, 0, ...moved);
    }
  }
}
