/**
 * The subset of the Excel JavaScript API (ExcelApi 1.1 to 1.8, and the Waterfall chart type of 1.9 where the host has it) that the contract store calls: every member
 * here is used by src/workbook, and nothing else is declared, so the in-memory Excel (src/memory-excel)
 * implements exactly this. Where the store passes only one form of an argument, the type says so (a table
 * is added over an address with its header row, a column only by name, rows only at the end). The real
 * Excel.RequestContext satisfies it (checked at compile time in excel-run.ts), so the store runs unchanged
 * on both.
 *
 * Names and semantics follow https://learn.microsoft.com/javascript/api/excel: read a property only after
 * load() and sync() (PropertyNotLoaded otherwise), or after assigning it (office.js keeps what was assigned);
 * getItemOrNullObject() returns an object whose isNullObject is known after the next sync.
 *
 * Also here, because both the store and the in-memory Excel need them: A1 column letters and the UTF-8 byte count
 * by which Excel on the web measures a request.
 */
export type CellValue = string | number | boolean;

export interface ExcelContext {
  readonly workbook: WorkbookLike;
  sync(): Promise<void>;
}

export interface WorkbookLike {
  readonly worksheets: WorksheetCollectionLike;
  readonly tables: TableCollectionLike;
  /** Excel's worksheet functions; the store asks DATE(1904, 1, 1) to learn the workbook's date system. */
  readonly functions: FunctionsLike;
}

export interface FunctionsLike {
  /** DATE(year, month, day): the serial in the workbook's own date system (1462 in the 1900 system, 0 in 1904). */
  date(year: number, month: number, day: number): FunctionResultLike;
}

export interface FunctionResultLike {
  readonly value: number;
  /** null, or the error value's code when the function failed. */
  readonly error: string | null;
  load(propertyNames: string | string[]): FunctionResultLike;
}

export interface WorksheetCollectionLike {
  getItemOrNullObject(key: string): WorksheetLike;
  add(name: string): WorksheetLike;
}

export interface WorksheetLike {
  readonly name: string;
  readonly isNullObject: boolean;
  readonly freezePanes: { freezeRows(count: number): void };
  /** The sheet's charts: the report adds its own and finds them again by name. */
  readonly charts: ChartCollectionLike;
  getRange(address: string): RangeLike;
  load(propertyNames: string | string[]): WorksheetLike;
}

/** The chart types the report draws (Excel.ChartType's names); Waterfall needs ExcelApi 1.9, the others 1.1. */
export type ChartTypeName = "Waterfall" | "ColumnClustered" | "ColumnStacked" | "BarClustered" | "Pie" | "Line";
/** Whether a chart's series are the source's columns or its rows. */
export type ChartSeriesByName = "Auto" | "Columns" | "Rows";

export interface ChartCollectionLike {
  /** A chart over a range of the same workbook; Excel names it ("Chart 1") until the caller does. */
  add(type: ChartTypeName, sourceData: RangeLike, seriesBy: ChartSeriesByName): ChartLike;
  /** The chart with this name, or a null object (isNullObject after the next sync). */
  getItemOrNullObject(name: string): ChartLike;
}

export interface ChartLike {
  /** Writable: the report names its charts so a refresh finds them. */
  name: string;
  readonly isNullObject: boolean;
  readonly title: { text: string };
  /** The value axis's tick labels' number format ("0%"): ChartAxis.numberFormat, ExcelApi 1.8; its maximum ("" automatic), ExcelApi 1.1. */
  readonly axes: { readonly valueAxis: { numberFormat: string; maximum: number | "" } };
  /** Points the chart at another source (a report that grows by a period). */
  setData(sourceData: RangeLike, seriesBy: ChartSeriesByName): void;
  /** Places the chart over the cells from startCell to endCell (A1 addresses on the chart's sheet). */
  setPosition(startCell: string, endCell: string): void;
  load(propertyNames: string | string[]): ChartLike;
}

export interface TableCollectionLike {
  getItemOrNullObject(key: string): TableLike;
  /** Every table, once loaded (`load("items/name")`): how a renamed table is found. */
  readonly items: TableLike[];
  load(propertyNames: string | string[]): TableCollectionLike;
  /** Over an address whose first row is the header (set-up always writes the header). */
  add(address: string, hasHeaders: true): TableLike;
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
  load(propertyNames: string | string[]): TableLike;
}

export interface TableColumnCollectionLike {
  /** Repair appends a missing column, named, at the end of the table (no index, no values). */
  add(index: undefined, values: undefined, name: string): TableColumnLike;
}

export interface TableColumnLike {
  getDataBodyRange(): RangeLike;
}

export interface TableRowCollectionLike {
  /** Appends rows at the end of the table (index undefined); Excel returns the first new row, which the store ignores. */
  add(index: undefined, values: CellValue[][]): void;
  /** The data row at a zero-based index: the store deletes a row it appended when the request proves it must not stay. */
  getItemAt(index: number): TableRowLike;
}

export interface TableRowLike {
  delete(): void;
}

/**
 * A comparison rule of data validation: a number or date compared with formula1 (formula2 for Between). The bounds
 * and the operator are as wide as Excel's own types (a bound may be a Range or a Date, hence `object`; eight
 * operators), or the real request context would not satisfy this subset (excel-run.ts checks it).
 */
export interface BasicValidationLike {
  formula1: string | number | object;
  formula2?: string | number | object;
  operator: "Between" | "NotBetween" | "EqualTo" | "NotEqualTo" | "GreaterThan" | "LessThan" | "GreaterThanOrEqualTo" | "LessThanOrEqualTo";
}

export interface DataValidationLike {
  /**
   * One rule per range: a list (`source` written as a string; Excel's type also allows a Range, hence
   * `object`), a decimal, a whole number or a date.
   */
  rule: {
    list?: { inCellDropDown: boolean; source: string | object };
    decimal?: BasicValidationLike;
    wholeNumber?: BasicValidationLike;
    date?: BasicValidationLike;
  };
  /** What Excel shows when someone types a value the rule refuses; style Stop refuses it (Warning and Information let the user go on). */
  errorAlert: { message: string; showAlert: boolean; style: "Stop" | "Warning" | "Information"; title: string };
  /** What Excel shows when the cell is selected. */
  prompt: { message: string; showPrompt: boolean; title: string };
  /** Blank cells pass (they mean "not filled in yet"). */
  ignoreBlanks: boolean;
}

export interface RangeLike {
  /** Raw values: numbers, strings, booleans; "" for a blank cell; a formula cell gives its result. */
  values: CellValue[][];
  /** The text each cell shows, as its number format renders it (a date typed into a text column reads as typed). */
  readonly text: string[][];
  /** Formulas as typed ("=2000*45"); a constant cell gives its value. Writing one restores a cell exactly. */
  formulas: CellValue[][];
  numberFormat: string[][];
  /** Zero-based row index of the range's first row on the sheet. */
  readonly rowIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly dataValidation: DataValidationLike;
  readonly format: RangeFormatLike;
  getCell(row: number, column: number): RangeLike;
  getRow(row: number): RangeLike;
  getColumn(column: number): RangeLike;
  getResizedRange(deltaRows: number, deltaColumns: number): RangeLike;
  load(propertyNames: string | string[]): RangeLike;
}

/** Range.format: what set-up and the report set (the store writes these, never reads them). */
export interface RangeFormatLike {
  /** The width of every column the range spans, in points (ExcelApi 1.2): set on "A1", it sets column A. */
  columnWidth: number;
  /** The range's font: bold only (ExcelApi 1.1). */
  readonly font: { bold: boolean };
  /** Widens or narrows the range's columns to fit their contents (ExcelApi 1.2). */
  autofitColumns(): void;
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
