/**
 * The subset of the Excel JavaScript API (ExcelApi 1.1 to 1.13) that the contract store uses. The real
 * Excel.RequestContext satisfies it (checked at compile time in excel-run.ts), and the in-memory Excel
 * implements it with the same load/sync rules, so the store runs unchanged on both.
 *
 * Names and semantics follow https://learn.microsoft.com/javascript/api/excel; read a property only
 * after load() and sync() (PropertyNotLoaded otherwise); getItem() of a missing item fails at sync
 * (ItemNotFound); getItemOrNullObject() returns an object whose isNullObject is true.
 */
export type CellValue = string | number | boolean;

export interface ClientObject {
  load(propertyNames?: string | string[]): ClientObject;
}

export interface ExcelContext {
  readonly workbook: WorkbookLike;
  sync(): Promise<void>;
}

export interface WorkbookLike {
  readonly worksheets: WorksheetCollectionLike;
  readonly tables: TableCollectionLike;
}

export interface WorksheetCollectionLike {
  getItem(key: string): WorksheetLike;
  getItemOrNullObject(key: string): WorksheetLike;
  add(name?: string): WorksheetLike;
}

export interface WorksheetLike {
  readonly name: string;
  readonly isNullObject: boolean;
  readonly freezePanes: { freezeRows(count?: number): void };
  getRange(address?: string): RangeLike;
  load(propertyNames?: string | string[]): WorksheetLike;
}

export interface TableCollectionLike {
  getItem(key: string): TableLike;
  getItemOrNullObject(key: string): TableLike;
  add(address: RangeLike | string, hasHeaders: boolean): TableLike;
}

export interface TableLike {
  /** Writable, as in Excel: set-up names the tables it creates. */
  name: string;
  readonly isNullObject: boolean;
  readonly worksheet: WorksheetLike;
  readonly columns: TableColumnCollectionLike;
  readonly rows: TableRowCollectionLike;
  getHeaderRowRange(): RangeLike;
  getDataBodyRange(): RangeLike;
  getRange(): RangeLike;
  resize(newRange: RangeLike | string): void;
  load(propertyNames?: string | string[]): TableLike;
}

export interface TableColumnCollectionLike {
  readonly items: TableColumnLike[];
  readonly count: number;
  add(index?: number, values?: CellValue[][] | CellValue, name?: string): TableColumnLike;
  getItemOrNullObject(key: number | string): TableColumnLike;
  load(propertyNames?: string | string[]): TableColumnCollectionLike;
}

export interface TableColumnLike {
  readonly name: string;
  readonly index: number;
  readonly isNullObject: boolean;
  getDataBodyRange(): RangeLike;
  getRange(): RangeLike;
  load(propertyNames?: string | string[]): TableColumnLike;
}

export interface TableRowCollectionLike {
  readonly count: number;
  add(index?: number, values?: CellValue[][] | CellValue, alwaysInsert?: boolean): unknown;
  load(propertyNames?: string | string[]): TableRowCollectionLike;
}

export interface DataValidationLike {
  /** A list rule: in Excel `source` is a comma-separated string or a Range; we always write a string. */
  rule: { list?: { inCellDropDown: boolean; source: string | object } };
  clear(): void;
}

export interface RangeLike {
  /** Raw values: numbers, strings, booleans; "" for a blank cell; a formula cell gives its result. */
  values: CellValue[][];
  /** Formulas in A1 style; a constant cell gives its value. */
  formulas: CellValue[][];
  numberFormat: string[][];
  readonly address: string;
  /** Zero-based row index of the range's first row on the sheet. */
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly dataValidation: DataValidationLike;
  readonly format: { autofitColumns(): void; wrapText: boolean };
  getCell(row: number, column: number): RangeLike;
  getRow(row: number): RangeLike;
  getColumn(column: number): RangeLike;
  getOffsetRange(rowOffset: number, columnOffset: number): RangeLike;
  getResizedRange(deltaRows: number, deltaColumns: number): RangeLike;
  getAbsoluteResizedRange(numRows: number, numColumns: number): RangeLike;
  load(propertyNames?: string | string[]): RangeLike;
}

/** Runs a batch against a workbook, as Excel.run does. */
export type ExcelRun = <T>(batch: (context: ExcelContext) => Promise<T>) => Promise<T>;
