import type { CellValue } from "../workbook/excel-api";
import { MAX_COLUMNS, type Rect } from "./address";
import type { DateSystem } from "./dates";
import type { Sheet } from "./model-sheet";
import type { Workbook } from "./model-workbook";

/**
 * What Range.values reads for a formula cell. The in-memory Excel does not calculate formulas itself: the store never
 * decodes a calculated column (it computes the figures in the domain), and the preview never shows one. A test that
 * checks what the sheet computes plugs a calculator in (createMemoryExcel({ calculate })); the tests' own, covering
 * the formulas the contract tables use, is test/support/formula-eval.ts.
 */

/**
 * Excel's error values. Range.values gives them as these strings ("Cells that contain an error will return the error
 * string"), and the fake stores them so: a formula reading such a cell sees an error, not text.
 */
export const ERROR_VALUES: ReadonlySet<string> = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!"]);

/** An Excel error value while a formula is calculated, e.g. { error: "#REF!" }. */
export interface ErrorValue {
  readonly error: string;
}

/** What a formula in a cell can see of the workbook. */
export interface FormulaScope {
  /** The workbook's date system: what DATE and EDATE return and take (1900: serial 1 is 1900-01-01; 1904: serial 0 is 1904-01-01). */
  readonly dateSystem: DateSystem;
  /**
   * The value of a cell (its formula calculated), null when blank, an ErrorValue for an error value (and #REF! for a
   * missing sheet). `sheet` null is the
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
  constructor(readonly key: string) {}
}

/** A cell's key in the caches: its sheet and position. */
function cellKey(sheet: Sheet, row: number, column: number): string {
  return `${sheet.id}:${row * MAX_COLUMNS + column}`;
}

/**
 * Formula values through a calculator, cached until the workbook changes. Excel keeps 15 significant digits of a
 * calculated number (5 * 9.56 reads 47.8, as in the set-get-values article's sample). Cells on a circular reference
 * read 0, as Excel shows them after its circular-reference warning.
 */
export class Calculation {
  private version = -1;
  private readonly calculated = new Map<string, CellValue>();
  private readonly evaluating = new Set<string>();

  constructor(
    private readonly workbook: Workbook,
    private readonly calculate: Calculate,
  ) {}

  value(sheet: Sheet, row: number, column: number, formula: string): CellValue {
    if (this.version !== this.workbook.version) {
      this.calculated.clear();
      this.version = this.workbook.version;
    }
    const key = cellKey(sheet, row, column);
    const cached = this.calculated.get(key);
    if (cached !== undefined) return cached;
    if (this.evaluating.has(key)) throw new CircularReference(key);
    this.evaluating.add(key);
    let result: CellValue;
    try {
      result = this.calculate(formula, new CellScope(this.workbook, sheet, row, column));
      if (typeof result === "number") result = Number(result.toPrecision(15));
    } catch (error) {
      if (!(error instanceof CircularReference)) throw error;
      this.calculated.set(key, 0);
      if (error.key !== key) throw error;
      result = 0;
    } finally {
      this.evaluating.delete(key);
    }
    this.calculated.set(key, result);
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

  get dateSystem(): DateSystem {
    return this.workbook.dateSystem;
  }

  cell(sheetName: string | null, row: number, column: number): CellValue | null | ErrorValue {
    const target = sheetName === null || sheetName === this.sheet.name ? this.sheet : this.workbook.findSheet(sheetName);
    if (target === undefined) return { error: "#REF!" };
    if (target.isBlank(row, column)) return null;
    const value = this.workbook.value(target, row, column);
    return typeof value === "string" && ERROR_VALUES.has(value) ? { error: value } : value;
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
