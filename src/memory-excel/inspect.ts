import type { CellValue } from "../workbook/excel-api";
import { formatAddress, parseAddress, type Rect } from "./address";
import { cellGrid } from "./grid";
import { formulaOf, type Cell, type Sheet } from "./model-sheet";
import type { Table } from "./model-table";
import type { Workbook } from "./model-workbook";
import { writeContent } from "./range-write";
import { addColumn, addTable, checkTableName, deleteTableRow } from "./table-ops";

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
  readonly validation: { readonly inCellDropDown: boolean; readonly source: string } | null;
}

/** A worksheet, read and edited directly: no load, no sync, no sync counted. */
export interface MemorySheet {
  readonly name: string;
  cell(address: string): CellInfo;
  values(address: string): CellValue[][];
  formulas(address: string): CellValue[][];
  /** Types into one cell as a user would ("=..." is a formula, "'..." text, "12" a number); a header cell renames its column. */
  setCellDirect(address: string, input: CellValue): void;
  /** Pastes a block of values as a user would (same parsing as setCellDirect). */
  setValuesDirect(address: string, values: CellValue[][]): void;
  /** Rows frozen by freezePanes.freezeRows (0 = none). */
  frozenRows(): number;
  /** Addresses on which format.autofitColumns() was called, in order. */
  autofitCalls(): string[];
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
  /** A user types into the data cell of `row` under `header` (e.g. text in a number column, a duplicate ID). */
  setCellDirect(row: number, header: string, input: CellValue): void;
  /** A user renames a column by typing over its header cell. */
  renameColumnDirect(header: string, newName: string): void;
  /** A user deletes a table row (Excel's Delete > Table Rows): the rows below move up. */
  deleteRowDirect(index: number): void;
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
  const cell: Cell | undefined = sheet.cell(row, column);
  return {
    value: workbook.value(sheet, row, column),
    formula: formulaOf(cell),
    isFormula: cell?.formula != null,
    numberFormat: cell?.numberFormat ?? "General",
    quotePrefix: cell?.quotePrefix ?? false,
    validation: cell?.validation ?? null,
  };
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
    formulas: (address) => cellGrid(rectOf(address), (row, column) => formulaOf(sheet.cell(row, column))),
    setCellDirect: (address, input) => writeContent(workbook, sheet, { ...rectOf(address), rowCount: 1, columnCount: 1 }, [[input]], "hand edit"),
    setValuesDirect: (address, values) => writeContent(workbook, sheet, rectOf(address), values, "hand edit"),
    frozenRows: () => sheet.frozenRows,
    autofitCalls: () => sheet.autofitCalls.map((rect) => formatAddress(sheet.name, rect)),
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
    setCellDirect: (row, header, input) => {
      const rect = { row: table.top + 1 + row, column: columnOf(header), rowCount: 1, columnCount: 1 };
      writeContent(workbook, table.sheet, rect, [[input]], "hand edit");
    },
    renameColumnDirect: (header, newName) => {
      const rect = { row: table.top, column: columnOf(header), rowCount: 1, columnCount: 1 };
      writeContent(workbook, table.sheet, rect, [[newName]], "hand edit");
    },
    deleteRowDirect: (index) => deleteTableRow(workbook, table, index),
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

