import type { CellValue } from "../workbook/excel-api";
import type { Rect } from "./address";
import { isBlank, type Cell, type Sheet } from "./model-sheet";
import type { Workbook } from "./model-workbook";

/**
 * What Range.values reads for a formula cell. The in-memory Excel does not calculate formulas itself: the store never
 * decodes a calculated column (it computes the figures in the domain), and the preview never shows one. A test that
 * checks what the sheet computes plugs a calculator in (createMemoryExcel({ calculate })); the tests' own, covering
 * the formulas the contract tables use, is test/support/formula-eval.ts.
 */

/** An Excel error value while a formula is calculated, e.g. { error: "#REF!" }. */
export interface ErrorValue {
  readonly error: string;
}

/** What a formula in a cell can see of the workbook. */
export interface FormulaScope {
  /**
   * The value of a cell (its formula calculated), null when blank, #REF! for a missing sheet. `sheet` null is the
   * formula's own sheet; rows and columns are zero-based.
   */
  cell(sheet: string | null, row: number, column: number): CellValue | null | ErrorValue;
  /**
   * The cells a structured reference means: the column's data body, or with `thisRow` its cell on the formula's row
   * (#VALUE! off the table's rows); #REF! for a missing table or column. `table` null is the table the formula is in.
   */
  structured(table: string | null, column: string, thisRow: boolean): { sheet: string; rect: Rect } | ErrorValue;
}

/** A calculator: the value of `formula` (with its "="), a number, text, boolean or an error string such as "#NAME?". */
export type Calculate = (formula: string, scope: FormulaScope) => CellValue;

/**
 * What a formula cell reads without a calculator: "#NAME?", the error Excel shows for a formula it cannot evaluate
 * (as =AIVM.* reads where the add-in's functions are not loaded). An error, never the formula text, so a formula
 * written where text was meant cannot pass a test by reading back as that text.
 */
export const UNCALCULATED = "#NAME?";

/** Raised through the formulas of a circular reference up to the cell that started it. */
class CircularReference {
  constructor(readonly cell: Cell) {}
}

/**
 * Formula values through a calculator, cached until the workbook changes. Excel keeps 15 significant digits of a
 * calculated number (5 * 9.56 reads 47.8, as in the set-get-values article's sample). Cells on a circular reference
 * read 0, as Excel shows them after its circular-reference warning.
 */
export class Calculation {
  private version = -1;
  private readonly calculated = new Map<Cell, CellValue>();
  private readonly evaluating = new Set<Cell>();

  constructor(
    private readonly workbook: Workbook,
    private readonly calculate: Calculate,
  ) {}

  value(sheet: Sheet, row: number, column: number, cell: Cell, formula: string): CellValue {
    if (this.version !== this.workbook.version) {
      this.calculated.clear();
      this.version = this.workbook.version;
    }
    const cached = this.calculated.get(cell);
    if (cached !== undefined) return cached;
    if (this.evaluating.has(cell)) throw new CircularReference(cell);
    this.evaluating.add(cell);
    let result: CellValue;
    try {
      result = this.calculate(formula, new CellScope(this.workbook, sheet, row, column));
      if (typeof result === "number") result = Number(result.toPrecision(15));
    } catch (error) {
      if (!(error instanceof CircularReference)) throw error;
      this.calculated.set(cell, 0);
      if (error.cell !== cell) throw error;
      result = 0;
    } finally {
      this.evaluating.delete(cell);
    }
    this.calculated.set(cell, result);
    return result;
  }
}

/** What a formula at (sheet, row, column) can see: cells on any sheet, and the tables for structured references. */
class CellScope implements FormulaScope {
  constructor(
    private readonly workbook: Workbook,
    private readonly sheet: Sheet,
    private readonly row: number,
    private readonly column: number,
  ) {}

  cell(sheetName: string | null, row: number, column: number): CellValue | null | ErrorValue {
    const target = sheetName === null || sheetName === this.sheet.name ? this.sheet : this.workbook.findSheet(sheetName);
    if (target === undefined) return { error: "#REF!" };
    return isBlank(target.cell(row, column)) ? null : this.workbook.value(target, row, column);
  }

  structured(tableName: string | null, columnName: string, thisRow: boolean): { sheet: string; rect: Rect } | ErrorValue {
    const { sheet, row } = this;
    const table = tableName === null ? this.workbook.tableAt(sheet, row, this.column) : this.workbook.findTable(tableName);
    if (table === undefined) return { error: "#REF!" };
    const index = table.columnIndexByName(columnName);
    if (index < 0) return { error: "#REF!" };
    if (!thisRow) return { sheet: table.sheet.name, rect: { ...table.bodyRect, column: table.left + index, columnCount: 1 } };
    if (table.sheet !== sheet || row <= table.top || row > table.bottom) return { error: "#VALUE!" };
    return { sheet: sheet.name, rect: { row, column: table.left + index, rowCount: 1, columnCount: 1 } };
  }
}
