/**
 * The subset of the Excel JavaScript API (ExcelApi 1.1 to 1.13) that the contract store uses. The real
 * Excel.RequestContext satisfies it (checked at compile time in excel-run.ts), and the in-memory Excel
 * implements it with the same load/sync rules, so the store runs unchanged on both.
 *
 * Names and semantics follow https://learn.microsoft.com/javascript/api/excel; read a property only
 * after load() and sync() (PropertyNotLoaded otherwise); getItem() of a missing item fails at sync
 * (ItemNotFound); getItemOrNullObject() returns an object whose isNullObject is true.
 *
 * Also here, because both the store and the in-memory Excel need them: A1 column letters and the UTF-8 byte count
 * by which Excel on the web measures a request.
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

/**
 * A1 column letters of a zero-based column index: 0 -> "A", 25 -> "Z", 26 -> "AA", 16383 -> "XFD" (the last of
 * Excel's 16,384 columns, "Excel specifications and limits").
 */
export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * Bytes of text in UTF-8: how a request's JSON is measured against Excel on the web's 5 MB payload limit
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * Pass JSON text to size what a request carries (quotes and escapes included).
 */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes += unit < 0x80 ? 1 : unit < 0x800 ? 2 : unit >= 0xd800 && unit <= 0xdfff ? 2 : 3;
  }
  return bytes;
}
