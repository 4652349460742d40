import type { CellValue, RangeLike } from "../workbook/excel-api";
import { formatAddress, insideGrid, type Rect } from "./address";
import { invalidArgument, MemoryExcelError } from "./errors";
import { cellGrid } from "./grid";
import { formulaOf, type Sheet } from "./model-sheet";
import { jsonBytes } from "./payload";
import { ProxyBase, unknownProperty, type ProxyContext } from "./proxy-base";
import { DataValidationProxy, RangeFormatProxy } from "./proxy-range-parts";
import { writeContent, writeNumberFormat } from "./range-write";

/** Where a range is: its sheet and cells. */
export interface Located {
  readonly sheet: Sheet;
  readonly rect: Rect;
}

/** "A range is limited to 5,000,000 cells for read operations" (resource limits, Excel add-ins). */
export const MAX_READ_CELLS = 5_000_000;

const SCALARS = ["values", "formulas", "numberFormat", "address", "rowIndex", "columnIndex", "rowCount", "columnCount", "cellCount"];

function checkIndex(value: number, location: string, name: string): void {
  if (!Number.isInteger(value)) throw invalidArgument(location, `${name} must be a whole number, got ${value}`);
}

function within(rect: Rect, location: string): Rect {
  if (!insideGrid(rect)) throw invalidArgument(location, "the resulting range is outside the worksheet grid");
  return rect;
}

/**
 * Excel.Range over the in-memory workbook. The cells a range means are found once per request (a range from
 * getDataBodyRange() sees the table's current size at each sync, as office.js re-evaluates the object path).
 * Setting values / formulas / numberFormat also caches the assigned array on the proxy, as office.js does, so reading
 * it back without load() returns what was assigned, not what Excel made of it.
 */
export class RangeProxy extends ProxyBase implements RangeLike {
  readonly dataValidation: DataValidationProxy;
  readonly format: RangeFormatProxy;
  private memo: { readonly requestId: number; readonly located: Located } | undefined;
  private loadedValues: CellValue[][] | undefined;
  private loadedFormulas: CellValue[][] | undefined;
  private loadedNumberFormat: string[][] | undefined;
  private loadedAddress: string | undefined;
  private loadedRect: Rect | undefined;

  constructor(
    ctx: ProxyContext,
    private readonly locator: () => Located,
  ) {
    super(ctx, "Range");
    this.dataValidation = new DataValidationProxy(ctx, this, (source) => (source instanceof RangeProxy ? source : null));
    this.format = new RangeFormatProxy(ctx, this);
  }

  /** The range's sheet and cells for the current request (ItemNotFound if its sheet or table is gone). */
  locate(): Located {
    if (this.memo === undefined || this.memo.requestId !== this.ctx.requestId) {
      this.memo = { requestId: this.ctx.requestId, located: this.locator() };
    }
    return this.memo.located;
  }

  protected resolve(): unknown {
    const located = this.locate();
    this.markResolved(false);
    return located;
  }

  protected scalarNames(): readonly string[] {
    return SCALARS;
  }

  protected override navigation(name: string): ProxyBase | undefined {
    if (name === "format") return this.format;
    if (name === "dataValidation") return this.dataValidation;
    return undefined;
  }

  protected capture(names: readonly string[]): { bytes: number; apply: () => void } {
    const { sheet, rect } = this.locate();
    const cells = rect.rowCount * rect.columnCount;
    const model = this.ctx.model;
    /** A 2-D read of the block, refused over Excel's cell limit for reads. */
    const grid = <T>(read: () => T[][]): T[][] => {
      if (cells > MAX_READ_CELLS) {
        throw new MemoryExcelError("RangeExceedsLimit", { location: "Range.load", detail: `${cells} cells` });
      }
      return read();
    };
    let values: CellValue[][] | undefined;
    let formulas: CellValue[][] | undefined;
    let numberFormat: string[][] | undefined;
    let address: string | undefined;
    let bytes = 0;
    for (const name of names) {
      if (name === "values") {
        values = grid(() => model.values(sheet, rect));
        bytes += jsonBytes(values);
      } else if (name === "formulas") {
        formulas = grid(() => cellGrid(rect, (row, column) => formulaOf(sheet.cell(row, column))));
        bytes += jsonBytes(formulas);
      } else if (name === "numberFormat") {
        numberFormat = grid(() => cellGrid(rect, (row, column) => sheet.cell(row, column)?.numberFormat ?? "General"));
        bytes += jsonBytes(numberFormat);
      } else if (name === "address") {
        address = formatAddress(sheet.name, rect);
        bytes += jsonBytes(address);
      } else if (!SCALARS.includes(name)) {
        throw unknownProperty("Range", name);
      } else {
        bytes += 12;
      }
    }
    return {
      bytes,
      apply: () => {
        this.loadedRect = rect;
        if (values !== undefined) this.loadedValues = values;
        if (formulas !== undefined) this.loadedFormulas = formulas;
        if (numberFormat !== undefined) this.loadedNumberFormat = numberFormat;
        if (address !== undefined) this.loadedAddress = address;
      },
    };
  }

  get values(): CellValue[][] {
    return this.loaded(this.loadedValues, "values");
  }

  set values(values: CellValue[][]) {
    this.loadedValues = values;
    this.queue(values, () => {
      const { sheet, rect } = this.locate();
      writeContent(this.ctx.model, sheet, rect, values, "Range.values");
    });
  }

  get formulas(): CellValue[][] {
    return this.loaded(this.loadedFormulas, "formulas");
  }

  set formulas(formulas: CellValue[][]) {
    this.loadedFormulas = formulas;
    this.queue(formulas, () => {
      const { sheet, rect } = this.locate();
      writeContent(this.ctx.model, sheet, rect, formulas, "Range.formulas");
    });
  }

  get numberFormat(): string[][] {
    return this.loaded(this.loadedNumberFormat, "numberFormat");
  }

  set numberFormat(formats: string[][]) {
    this.loadedNumberFormat = formats;
    this.queue(formats, () => {
      const { sheet, rect } = this.locate();
      writeNumberFormat(this.ctx.model, sheet, rect, formats, "Range.numberFormat");
    });
  }

  get address(): string {
    return this.loaded(this.loadedAddress, "address");
  }

  private rectProperty(property: string): Rect {
    return this.loaded(this.loadedRect, property);
  }

  get rowIndex(): number {
    return this.rectProperty("rowIndex").row;
  }

  get columnIndex(): number {
    return this.rectProperty("columnIndex").column;
  }

  get rowCount(): number {
    return this.rectProperty("rowCount").rowCount;
  }

  get columnCount(): number {
    return this.rectProperty("columnCount").columnCount;
  }

  get cellCount(): number {
    const rect = this.rectProperty("cellCount");
    return rect.rowCount * rect.columnCount;
  }

  /** A range derived from this one, computed when a request needs it. */
  private derive(location: string, compute: (rect: Rect) => Rect): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const { sheet, rect } = this.locate();
      return { sheet, rect: within(compute(rect), location) };
    });
  }

  /** "The cell can be outside the bounds of its parent range, so long as it stays within the worksheet grid." */
  getCell(row: number, column: number): RangeProxy {
    return this.derive("Range.getCell", (rect) => {
      checkIndex(row, "Range.getCell", "row");
      checkIndex(column, "Range.getCell", "column");
      return { row: rect.row + row, column: rect.column + column, rowCount: 1, columnCount: 1 };
    });
  }

  /** A row of the range; the fake requires it to be inside the range (Excel's reference does not say otherwise). */
  getRow(row: number): RangeProxy {
    return this.derive("Range.getRow", (rect) => {
      checkIndex(row, "Range.getRow", "row");
      if (row < 0 || row >= rect.rowCount) throw invalidArgument("Range.getRow", `row ${row} is outside the range`);
      return { ...rect, row: rect.row + row, rowCount: 1 };
    });
  }

  getColumn(column: number): RangeProxy {
    return this.derive("Range.getColumn", (rect) => {
      checkIndex(column, "Range.getColumn", "column");
      if (column < 0 || column >= rect.columnCount) {
        throw invalidArgument("Range.getColumn", `column ${column} is outside the range`);
      }
      return { ...rect, column: rect.column + column, columnCount: 1 };
    });
  }

  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this.derive("Range.getOffsetRange", (rect) => {
      checkIndex(rowOffset, "Range.getOffsetRange", "rowOffset");
      checkIndex(columnOffset, "Range.getOffsetRange", "columnOffset");
      return { ...rect, row: rect.row + rowOffset, column: rect.column + columnOffset };
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this.derive("Range.getResizedRange", (rect) => {
      checkIndex(deltaRows, "Range.getResizedRange", "deltaRows");
      checkIndex(deltaColumns, "Range.getResizedRange", "deltaColumns");
      return { ...rect, rowCount: rect.rowCount + deltaRows, columnCount: rect.columnCount + deltaColumns };
    });
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): RangeProxy {
    return this.derive("Range.getAbsoluteResizedRange", (rect) => {
      checkIndex(numRows, "Range.getAbsoluteResizedRange", "numRows");
      checkIndex(numColumns, "Range.getAbsoluteResizedRange", "numColumns");
      return { ...rect, rowCount: numRows, columnCount: numColumns };
    });
  }

  /** Rows directly below the range (ExcelApi 1.2); not in excel-api.ts, here for the documented append pattern. */
  getRowsBelow(count = 1): RangeProxy {
    return this.derive("Range.getRowsBelow", (rect) => {
      checkIndex(count, "Range.getRowsBelow", "count");
      return { ...rect, row: rect.row + rect.rowCount, rowCount: count };
    });
  }

  load(propertyNames?: string | string[]): RangeProxy {
    this.queueLoad(propertyNames);
    return this;
  }
}

/**
 * Checks a `Range | string` argument when the call is made (office.js refuses an object from another request
 * context right away) and returns how to find its cells during the request. A string without a sheet part means
 * the `fallback` sheet.
 */
export function rangeArgument(
  value: RangeLike | string,
  ctx: ProxyContext,
  fallback: () => Sheet,
  location: string,
): () => Located {
  if (typeof value === "string") return () => ctx.model.resolveAddress(value, fallback(), location);
  if (!(value instanceof RangeProxy)) throw invalidArgument(location, "the range is not a Range of this workbook");
  if (!value.belongsTo(ctx)) throw new MemoryExcelError("InvalidRequestContext", { location });
  return () => value.locate();
}
