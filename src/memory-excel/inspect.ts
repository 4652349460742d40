import type { CellValue, DataValidationLike } from "../workbook/excel-api";
import { columnIndex, formatAddress, formatRect, parseAddress, type Rect } from "./address";
import { formulaOf, Formula, type Sheet } from "./model-sheet";
import type { Table } from "./model-table";
import type { Workbook } from "./model-workbook";
import { typeIntoCell, writeContent } from "./range-write";
import type { Validation } from "./styles";
import { addColumn, addTable, checkTableName, deleteTableRow, insertRows } from "./table-ops";

/** One cell as the tests see it, without load/sync. */
export interface CellInfo {
  /** What Range.values reads: the constant, or the formula's calculated value (UNCALCULATED without a calculator; "" when blank). */
  readonly value: CellValue;
  /** What Range.formulas reads: the formula, or the constant. */
  readonly formula: CellValue;
  readonly isFormula: boolean;
  readonly numberFormat: string;
  /** True when the text was entered with a leading apostrophe (Excel's quotePrefix style). */
  readonly quotePrefix: boolean;
  /** Whether the cell's font is bold (RangeFont.bold). */
  readonly bold: boolean;
  /** The cell's list rule, or null (other rules, alerts and prompts: MemorySheet.dataValidation). */
  readonly validation: { readonly inCellDropDown: boolean; readonly source: string } | null;
}

/** A cell's data validation in the shape Range.dataValidation takes, bounds as Excel reads them back ("=0"). */
export type CellValidation = Omit<DataValidationLike, "rule"> & {
  readonly rule: { list?: { inCellDropDown: boolean; source: string }; decimal?: Bound; wholeNumber?: Bound; date?: Bound };
};

type Bound = { formula1: string; formula2?: string; operator: NonNullable<DataValidationLike["rule"]["decimal"]>["operator"] };

/** A worksheet, read and edited directly: no load, no sync, no sync counted. */
export interface MemorySheet {
  readonly name: string;
  cell(address: string): CellInfo;
  values(address: string): CellValue[][];
  formulas(address: string): CellValue[][];
  /** What Range.text reads: each value as its number format shows it. */
  text(address: string): string[][];
  /** The cell's data validation (rule, error alert, prompt, ignoreBlanks), or null. */
  dataValidation(address: string): CellValidation | null;
  /**
   * Types into one cell as a user would and presses Enter: "=..." is a formula, "'..." text, "12" a number, "12%"
   * 0.12 formatted 0%, "2026-01-31" (or the locale's 1/31/2026, 31/01/2026) a date serial formatted as a date; into a
   * Text ("@") cell it stays text; a header cell renames its column. An entry the cell's validation refuses with a
   * Stop alert throws ValidationStopError and leaves the cell as it was.
   */
  setCellDirect(address: string, input: CellValue): void;
  /** Pastes a block of values as a user would: parsed as typed, but not checked against data validation. */
  setValuesDirect(address: string, values: CellValue[][]): void;
  /** Rows frozen by freezePanes.freezeRows (0 = none). */
  frozenRows(): number;
  /** Addresses on which format.autofitColumns() was called, in order. */
  autofitCalls(): string[];
  /**
   * The width in points that format.columnWidth set on a column ("A"), or null when none did: the column then has
   * Excel's standard width, or whatever autofitColumns() gave it (the fake measures no text).
   */
  columnWidth(column: string): number | null;
  /** The sheet's charts, in the order they were added. */
  charts(): ChartInfo[];
}

/** A chart as the tests see it: its name, type, source ("'AIVM Report'!A5:B14"), series orientation, title, cells covered. */
export interface ChartInfo {
  readonly name: string;
  readonly type: string;
  readonly source: string;
  readonly seriesBy: "Auto" | "Columns" | "Rows";
  readonly title: string;
  /** "E4:M19", or null until setPosition. */
  readonly position: string | null;
  /** The value axis's number format, once set (axes.valueAxis.numberFormat). */
  readonly valueFormat?: string;
  /** The value axis's maximum, once set to a number. */
  readonly valueMaximum?: number;
}

/** A table, read and edited directly. Rows are data rows, 0 = the first row under the header. */
export interface MemoryTable {
  readonly name: string;
  readonly sheetName: string;
  /** The whole table, header included, e.g. "'Value Contracts'!A1:AU3". */
  address(): string;
  headers(): string[];
  rowCount(): number;
  /** Values of the data body, as Range.values reads them. */
  body(): CellValue[][];
  /** One data row's values as an object keyed by header. */
  row(index: number): Record<string, CellValue>;
  /** A user types into the data cell of `row` under `header` (e.g. text in a number column, a duplicate ID); checked like MemorySheet.setCellDirect. */
  setCellDirect(row: number, header: string, input: CellValue): void;
  /** A user renames a column by typing over its header cell. */
  renameColumnDirect(header: string, newName: string): void;
  /** A user deletes a table row (Excel's Delete > Table Rows): the rows below move up. */
  deleteRowDirect(index: number): void;
  /**
   * A user inserts a table row at data index `index` (Insert > Table Rows Above; the row count appends): the rows
   * below move down, the new row takes the formats and validation of the row above, calculated columns fill it, and
   * `values` (one per column, optional) are pasted into it.
   */
  insertRowDirect(index: number, values?: readonly CellValue[]): void;
  /**
   * A user adds a row at the end by typing under the table, left to right, skipping "" cells: the first entry makes
   * the table grow over the row (with the table's formats, validation and calculated columns), and each later entry
   * is checked against its column's validation (ValidationStopError, the entries before it staying).
   */
  addRowDirect(values: readonly CellValue[]): void;
  /** A user pastes a whole data row over row `index` (one value per column; not checked against validation). */
  pasteRowDirect(index: number, values: readonly CellValue[]): void;
  /** A user pastes one value into the data cell of `row` under `header`: parsed as typed, not checked against validation. */
  pasteCellDirect(row: number, header: string, input: CellValue): void;
  /** A user adds a column at the right end of the table, with optional data cells (one per data row). */
  addColumnDirect(header: string, values?: readonly CellValue[]): void;
  /** A user renames the table (Table Design > Table Name). */
  renameDirect(newName: string): void;
  /** A user converts the table to a plain range: the cells stay, the table is gone. */
  convertToRangeDirect(): void;
}

export interface MemoryWorkbook {
  sheetNames(): string[];
  tableNames(): string[];
  hasSheet(name: string): boolean;
  hasTable(name: string): boolean;
  /** The sheet (name without case); throws if there is none. */
  sheet(name: string): MemorySheet;
  table(name: string): MemoryTable;
  addSheet(name: string): MemorySheet;
  /** Creates a table over a sheet-qualified address (header row first) and names it, as a user would. */
  addTableDirect(address: string, name: string): MemoryTable;
}

function info(workbook: Workbook, sheet: Sheet, row: number, column: number): CellInfo {
  const content = sheet.content(row, column);
  const style = sheet.style(row, column);
  const rule = style.validation?.rule ?? null;
  return {
    value: workbook.value(sheet, row, column),
    formula: formulaOf(content),
    isFormula: content instanceof Formula,
    numberFormat: style.numberFormat,
    quotePrefix: style.quotePrefix,
    bold: style.bold,
    validation: rule?.type === "list" ? { inCellDropDown: rule.inCellDropDown, source: rule.source } : null,
  };
}

function publicValidation(validation: Validation | null): CellValidation | null {
  if (validation === null) return null;
  const { rule, errorAlert, prompt, ignoreBlanks } = validation;
  let shown: CellValidation["rule"] = {};
  if (rule?.type === "list") shown = { list: { inCellDropDown: rule.inCellDropDown, source: rule.source } };
  else if (rule !== null) {
    const bound: Bound = { formula1: rule.formula1, operator: rule.operator, ...(rule.formula2 === null ? {} : { formula2: rule.formula2 }) };
    shown = { [rule.type]: bound };
  }
  return { rule: shown, errorAlert: { ...errorAlert }, prompt: { ...prompt }, ignoreBlanks };
}

function rectOf(address: string): Rect {
  const parsed = parseAddress(address);
  if (parsed === null) throw new Error(`"${address}" is not an A1 address`);
  return parsed.rect;
}

function sheetView(workbook: Workbook, sheet: Sheet): MemorySheet {
  return {
    get name() {
      return sheet.name;
    },
    cell: (address) => {
      const rect = rectOf(address);
      return info(workbook, sheet, rect.row, rect.column);
    },
    values: (address) => workbook.values(sheet, rectOf(address)),
    formulas: (address) => workbook.formulas(sheet, rectOf(address)),
    text: (address) => workbook.texts(sheet, rectOf(address)),
    dataValidation: (address) => {
      const rect = rectOf(address);
      return publicValidation(sheet.style(rect.row, rect.column).validation);
    },
    setCellDirect: (address, input) => {
      const rect = rectOf(address);
      typeIntoCell(workbook, sheet, rect.row, rect.column, input, "hand edit");
    },
    setValuesDirect: (address, values) => writeContent(workbook, sheet, rectOf(address), values, "hand edit", "paste"),
    frozenRows: () => sheet.frozenRows,
    autofitCalls: () => sheet.autofitCalls.map((rect) => formatAddress(sheet.name, rect)),
    columnWidth: (column) => {
      const index = columnIndex(column);
      if (index < 0) throw new Error(`"${column}" is not a column's letters`);
      return sheet.columnWidths.get(index) ?? null;
    },
    charts: () =>
      sheet.charts.map((chart) => ({
        name: chart.name,
        type: chart.type,
        source: formatAddress(chart.source.sheet.name, chart.source.rect),
        seriesBy: chart.seriesBy,
        title: chart.title,
        position: chart.position === null ? null : `${formatRect(chart.position.start)}:${formatRect(chart.position.end)}`,
        ...(chart.valueFormat === null ? {} : { valueFormat: chart.valueFormat }),
        ...(chart.valueMaximum === null ? {} : { valueMaximum: chart.valueMaximum }),
      })),
  };
}

function tableView(workbook: Workbook, table: Table): MemoryTable {
  const columnOf = (header: string): number => {
    const index = table.columnIndexByName(header);
    if (index < 0) throw new Error(`table ${table.name} has no column "${header}"`);
    return table.left + index;
  };
  return {
    get name() {
      return table.name;
    },
    get sheetName() {
      return table.sheet.name;
    },
    address: () => formatAddress(table.sheet.name, table.rect),
    headers: () => table.columns.map((column) => column.name),
    rowCount: () => table.rowCount,
    body: () => workbook.values(table.sheet, table.bodyRect),
    row: (index) => Object.fromEntries(table.columns.map((column, c) => [column.name, workbook.value(table.sheet, table.top + 1 + index, table.left + c)])),
    setCellDirect: (row, header, input) => typeIntoCell(workbook, table.sheet, table.top + 1 + row, columnOf(header), input, "hand edit"),
    renameColumnDirect: (header, newName) => typeIntoCell(workbook, table.sheet, table.top, columnOf(header), newName, "hand edit"),
    deleteRowDirect: (index) => deleteTableRow(workbook, table, index),
    insertRowDirect: (index, values) => {
      const row = table.columns.map((_, c) => values?.[c] ?? "");
      insertRows(workbook, table, index, [row], "hand edit", true);
    },
    addRowDirect: (values) => {
      const row = table.bottom + 1;
      values.forEach((input, c) => {
        if (input !== "" && c < table.columns.length) typeIntoCell(workbook, table.sheet, row, table.left + c, input, "hand edit");
      });
    },
    pasteCellDirect: (row, header, input) => {
      const rect = { row: table.top + 1 + row, column: columnOf(header), rowCount: 1, columnCount: 1 };
      writeContent(workbook, table.sheet, rect, [[input]], "hand edit", "paste");
    },
    pasteRowDirect: (index, values) => {
      if (!Number.isInteger(index) || index < 0 || index >= table.rowCount) throw new RangeError(`no data row ${index}`);
      const rect = { row: table.top + 1 + index, column: table.left, rowCount: 1, columnCount: table.columns.length };
      writeContent(workbook, table.sheet, rect, [table.columns.map((_, c) => values[c] ?? "")], "hand edit", "paste");
    },
    addColumnDirect: (header, values) => {
      const cells = values === undefined ? undefined : [[header], ...Array.from({ length: table.rowCount }, (_, r) => [values[r] ?? ""])];
      addColumn(workbook, table, cells, header, "hand edit");
    },
    renameDirect: (newName) => {
      checkTableName(workbook, newName, table, "hand edit");
      table.name = newName;
      workbook.touch();
    },
    convertToRangeDirect: () => {
      table.deleted = true;
      workbook.tables.splice(workbook.tables.indexOf(table), 1);
      workbook.touch();
    },
  };
}

/** The test-facing view of a workbook: inspection and the hand edits a user (or co-author) makes. */
export function memoryWorkbook(workbook: Workbook): MemoryWorkbook {
  const sheetOf = (name: string): Sheet => {
    const sheet = workbook.findSheet(name);
    if (sheet === undefined) throw new Error(`no sheet "${name}" (sheets: ${workbook.sheets.map((s) => s.name).join(", ")})`);
    return sheet;
  };
  const tableOf = (name: string): Table => {
    const table = workbook.findTable(name);
    if (table === undefined) throw new Error(`no table "${name}" (tables: ${workbook.tables.map((t) => t.name).join(", ")})`);
    return table;
  };
  return {
    sheetNames: () => workbook.sheets.map((sheet) => sheet.name),
    tableNames: () => workbook.tables.map((table) => table.name),
    hasSheet: (name) => workbook.findSheet(name) !== undefined,
    hasTable: (name) => workbook.findTable(name) !== undefined,
    sheet: (name) => sheetView(workbook, sheetOf(name)),
    table: (name) => tableView(workbook, tableOf(name)),
    addSheet: (name) => sheetView(workbook, workbook.addSheet(name, "hand edit")),
    addTableDirect: (address, name) => {
      const parsed = parseAddress(address);
      if (parsed === null || parsed.sheet === null) throw new Error(`"${address}" must be a sheet-qualified A1 address`);
      checkTableName(workbook, name, null, "hand edit");
      const table = addTable(workbook, sheetOf(parsed.sheet), parsed.rect, "hand edit");
      table.name = name;
      return tableView(workbook, table);
    },
  };
}

