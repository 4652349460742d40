import type { CellValue } from "../workbook/excel-api";
import { intersects, parseAddress, type Rect } from "./address";
import { invalidArgument, itemNotFound, MemoryExcelError } from "./errors";
import { Calculation, UNCALCULATED, type Calculate } from "./calculation";
import { InputParser, type Locale } from "./cell-input";
import type { DateSystem } from "./dates";
import { cellGrid } from "./grid";
import { formulaOf, Formula, isValidSheetName, Sheet } from "./model-sheet";
import type { Table } from "./model-table";
import { textRenderer } from "./number-format";
import { StyleTable } from "./styles";

/** How a workbook reads dates and numbers (createMemoryExcel's options). */
export interface WorkbookSettings {
  readonly calculate: Calculate | null;
  readonly dateSystem: DateSystem;
  readonly locale: Locale;
  /** The ExcelApi version whose chart types the host knows: "1.8" refuses Waterfall (an ExcelApi 1.9 type). */
  readonly chartTypes: ChartTypesVersion;
}

/** How new the host's chart types are (createMemoryExcel's chartTypes). */
export type ChartTypesVersion = "1.8" | "1.9";

/**
 * The workbook state both the API proxies and the test helpers act on: sheets (looked up without case, as Excel
 * does), tables (names unique across the workbook, without case), the interned cell styles, and the values of
 * formula cells (through the calculator, if one was given: see calculation.ts).
 */
export class Workbook {
  readonly sheets: Sheet[] = [];
  readonly tables: Table[] = [];
  /** Bumped on every change; the calculation's cache keys on it. */
  version = 0;
  private nextSheetId = 1;
  private nextTableId = 1;
  readonly styles = new StyleTable();
  readonly parser: InputParser;
  readonly dateSystem: DateSystem;
  readonly chartTypes: ChartTypesVersion;
  private readonly calculation: Calculation | null;

  constructor(settings: WorkbookSettings) {
    this.dateSystem = settings.dateSystem;
    this.chartTypes = settings.chartTypes;
    this.parser = new InputParser(settings.dateSystem, settings.locale);
    this.calculation = settings.calculate === null ? null : new Calculation(this, settings.calculate);
  }

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

  /** What Range.values reports for one cell: its constant, or its formula's calculated value; "" when blank. */
  value(sheet: Sheet, row: number, column: number): CellValue {
    const content = sheet.content(row, column);
    if (content === undefined) return "";
    if (!(content instanceof Formula)) return content;
    return this.calculation === null ? UNCALCULATED : this.calculation.value(sheet, row, column, content.text);
  }

  /** What Range.values reports for a block of cells (row arrays read directly: the store lists 50,000 rows this way). */
  values(sheet: Sheet, rect: Rect): CellValue[][] {
    const rows = new Array<CellValue[]>(rect.rowCount);
    for (let r = 0; r < rect.rowCount; r += 1) {
      const row = rect.row + r;
      const cells = sheet.contentRow(row);
      const out = new Array<CellValue>(rect.columnCount);
      for (let c = 0; c < rect.columnCount; c += 1) {
        const content = cells?.[rect.column + c];
        out[c] = content === undefined ? "" : content instanceof Formula ? this.value(sheet, row, rect.column + c) : content;
      }
      rows[r] = out;
    }
    return rows;
  }

  /** What Range.formulas reports for a block: formulas as typed, constants as their values, "" when blank. */
  formulas(sheet: Sheet, rect: Rect): CellValue[][] {
    return cellGrid(rect, (row, column) => formulaOf(sheet.content(row, column)));
  }

  /** What Range.text reports for a block: each value as its number format shows it (number-format.ts). */
  texts(sheet: Sheet, rect: Rect): string[][] {
    const render = textRenderer(this.dateSystem);
    return cellGrid(rect, (row, column) => render(this.value(sheet, row, column), sheet.style(row, column).numberFormat));
  }
}
