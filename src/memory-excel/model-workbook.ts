import type { CellValue } from "../workbook/excel-api";
import { intersects, parseAddress, type Rect } from "./address";
import { invalidArgument, itemNotFound, MemoryExcelError } from "./errors";
import { evaluateFormula, type ErrorValue, type FormulaScope } from "./formula-eval";
import { cellGrid } from "./grid";
import { isBlank, isValidSheetName, Sheet, type Cell } from "./model-sheet";
import type { Table } from "./model-table";

/** Raised through the formulas of a circular reference up to the cell that started it. */
class CircularReference {
  constructor(readonly cell: Cell) {}
}

/**
 * The workbook state both the API proxies and the test helpers act on: sheets (looked up without case, as Excel
 * does), tables (names unique across the workbook, without case), and formula evaluation with a cache that any
 * change invalidates.
 */
export class Workbook {
  readonly sheets: Sheet[] = [];
  readonly tables: Table[] = [];
  /** Bumped on every change; the formula cache and proxies' per-request range resolution key on it. */
  version = 0;
  private nextSheetId = 1;
  private nextTableId = 1;
  private calcVersion = -1;
  private readonly calculated = new Map<Cell, CellValue>();
  private readonly evaluating = new Set<Cell>();

  touch(): void {
    this.version += 1;
  }

  findSheet(name: string): Sheet | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === key || sheet.id === name);
  }

  /** The sheet for an API call, or ItemNotFound as Excel reports a missing worksheet. */
  sheetOrThrow(name: string, location: string): Sheet {
    const sheet = this.findSheet(name);
    if (sheet === undefined) throw itemNotFound(location, `no worksheet named "${name}"`);
    return sheet;
  }

  findTable(key: string): Table | undefined {
    const lower = key.toLowerCase();
    return this.tables.find((table) => table.name.toLowerCase() === lower || table.id === key);
  }

  tablesOn(sheet: Sheet): Table[] {
    return this.tables.filter((table) => table.sheet === sheet);
  }

  tableAt(sheet: Sheet, row: number, column: number): Table | undefined {
    return this.tables.find(
      (table) =>
        table.sheet === sheet && row >= table.top && row <= table.bottom && column >= table.left && column <= table.right,
    );
  }

  tablesIntersecting(sheet: Sheet, rect: Rect, except?: Table): Table[] {
    return this.tables.filter((table) => table.sheet === sheet && table !== except && intersects(table.rect, rect));
  }

  /** Adds a worksheet. Names follow Excel's rules (isValidSheetName) and must be new (ItemAlreadyExists). */
  addSheet(sheetName: string, location: string): Sheet {
    if (!isValidSheetName(sheetName)) {
      throw invalidArgument(location, `"${sheetName}" is not a valid worksheet name`);
    }
    if (this.findSheet(sheetName) !== undefined) {
      throw new MemoryExcelError("ItemAlreadyExists", { location, detail: `a worksheet named "${sheetName}" exists` });
    }
    const sheet = new Sheet(sheetName, `{sheet-${this.nextSheetId}}`);
    this.nextSheetId += 1;
    this.sheets.push(sheet);
    this.touch();
    return sheet;
  }

  newTableId(): string {
    const id = String(this.nextTableId);
    this.nextTableId += 1;
    return id;
  }

  /** Resolves an address that may name its sheet; without a sheet part it means `fallback` (the active sheet). */
  resolveAddress(address: string, fallback: Sheet, location: string): { sheet: Sheet; rect: Rect } {
    const parsed = parseAddress(address);
    if (parsed === null) throw invalidArgument(location, `"${address}" is not an A1 address`);
    const sheet = parsed.sheet === null ? fallback : this.sheetOrThrow(parsed.sheet, location);
    return { sheet, rect: parsed.rect };
  }

  /** What Range.values reports for one cell: its constant, or its formula's computed value; "" when blank. */
  value(sheet: Sheet, row: number, column: number): CellValue {
    const cell = sheet.cell(row, column);
    if (cell === undefined) return "";
    return cell.formula === null ? cell.value : this.formulaValue(sheet, row, column, cell, cell.formula);
  }

  /** What Range.values reports for a block of cells. */
  values(sheet: Sheet, rect: Rect): CellValue[][] {
    return cellGrid(rect, (row, column) => this.value(sheet, row, column));
  }

  /**
   * A formula's value, cached until the workbook changes. Excel keeps 15 significant digits of a calculated number
   * (5 * 9.56 reads 47.8, as in the set-get-values article's sample). Cells on a circular reference read 0, as Excel
   * shows them after its circular-reference warning.
   */
  private formulaValue(sheet: Sheet, row: number, column: number, cell: Cell, formula: string): CellValue {
    if (this.calcVersion !== this.version) {
      this.calculated.clear();
      this.calcVersion = this.version;
    }
    const cached = this.calculated.get(cell);
    if (cached !== undefined) return cached;
    if (this.evaluating.has(cell)) throw new CircularReference(cell);
    this.evaluating.add(cell);
    let result: CellValue;
    try {
      result = evaluateFormula(formula, this.scope(sheet, row, column));
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

  private scope(sheet: Sheet, row: number, column: number): FormulaScope {
    return new CellScope(this, sheet, row, column);
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
