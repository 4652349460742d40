import type { CellValue, RangeFormatLike, RangeLike } from "../workbook/excel-api";
import { insideGrid, type Rect } from "./address";
import { invalidArgument, MemoryExcelError, propertyNotLoaded } from "./errors";
import type { Sheet } from "./model-sheet";
import { jsonBytes } from "./payload";
import { LoadableProxy, queueCommand, unknownProperty, type Capture, type ProxyContext } from "./proxy-base";
import { DataValidationProxy } from "./proxy-validation";
import { writeContent, writeNumberFormat } from "./range-write";

/** Where a range is: its sheet and cells. */
export interface Located {
  readonly sheet: Sheet;
  readonly rect: Rect;
}

/** "A range is limited to 5,000,000 cells for read operations" (resource limits, Excel add-ins). */
export const MAX_READ_CELLS = 5_000_000;

/** What the store loads of a range (text is rendered only when loaded). */
const LOADABLE = ["values", "text", "formulas", "rowIndex", "rowCount", "columnCount"];



/** Rows read per step of a large load, so a response past the payload limit stops being built early. */
const READ_STEP_ROWS = 2_000;

/**
 * Reads a block in steps of rows, adding up the JSON size; once it passes `room` (what the response may still take
 * before the payload limit) it stops and gives rows null with bytes past the limit: the request will fail anyway, and
 * a 50,000-row read the store retries in halves should not cost the fake the whole table each time.
 */
function readWithin(rect: Rect, room: number, read: (block: Rect) => CellValue[][]): { rows: CellValue[][] | null; bytes: number } {
  const rows: CellValue[][] = [];
  let bytes = 2;
  for (let first = 0; first < rect.rowCount; first += READ_STEP_ROWS) {
    const block = read({ ...rect, row: rect.row + first, rowCount: Math.min(READ_STEP_ROWS, rect.rowCount - first) });
    bytes += jsonBytes(block) - 2 + (first > 0 ? 1 : 0);
    if (bytes > room) return { rows: null, bytes };
    for (const row of block) rows.push(row);
  }
  return { rows, bytes };
}

function checkIndex(value: number, location: string, name: string): void {
  if (!Number.isInteger(value)) throw invalidArgument(location, `${name} must be a whole number, got ${value}`);
}

function within(rect: Rect, location: string): Rect {
  if (!insideGrid(rect)) throw invalidArgument(location, "the resulting range is outside the worksheet grid");
  return rect;
}

/**
 * Range.format (the RangeFormat and RangeFont references): `columnWidth`, "the width of all columns within the range"
 * in points, kept per sheet and column (a width below 0 or not a number is InvalidArgument here; Excel's reference
 * does not say); `font.bold`, kept in each cell's style; `autofitColumns()`, recorded on the sheet (the fake measures
 * no text, so it sets no width). The store only writes widths and bold: they read back what was assigned, as office.js
 * keeps an assigned value, and PropertyNotLoaded before.
 */
class RangeFormatProxy implements RangeFormatLike {
  readonly font: { bold: boolean };
  private assignedWidth: number | undefined;

  constructor(
    private readonly ctx: ProxyContext,
    private readonly range: RangeProxy,
  ) {
    let assignedBold: boolean | undefined;
    this.font = {
      get bold(): boolean {
        if (assignedBold === undefined) throw propertyNotLoaded("RangeFont", "bold");
        return assignedBold;
      },
      set bold(bold: boolean) {
        assignedBold = bold;
        queueCommand(ctx, bold, () => {
          if (typeof bold !== "boolean") throw invalidArgument("RangeFont.bold", `${String(bold)} is not a boolean`);
          const { sheet, rect } = range.locate();
          const styles = ctx.model.styles;
          for (let row = rect.row; row < rect.row + rect.rowCount; row += 1) {
            for (let column = rect.column; column < rect.column + rect.columnCount; column += 1) sheet.setStyle(row, column, styles.withBold(sheet.style(row, column), bold));
          }
          ctx.model.touch();
        });
      },
    };
  }

  get columnWidth(): number {
    if (this.assignedWidth === undefined) throw propertyNotLoaded("RangeFormat", "columnWidth");
    return this.assignedWidth;
  }

  set columnWidth(points: number) {
    this.assignedWidth = points;
    queueCommand(this.ctx, points, () => {
      if (typeof points !== "number" || !Number.isFinite(points) || points < 0) throw invalidArgument("RangeFormat.columnWidth", `${String(points)} is not a width in points`);
      const { sheet, rect } = this.range.locate();
      for (let column = rect.column; column < rect.column + rect.columnCount; column += 1) sheet.columnWidths.set(column, points);
    });
  }

  autofitColumns(): void {
    queueCommand(this.ctx, null, () => {
      const { sheet, rect } = this.range.locate();
      sheet.autofitCalls.push(rect);
    });
  }
}

/**
 * Excel.Range over the in-memory workbook. The cells a range means are found once per request (a range from
 * getDataBodyRange() sees the table's current size at each sync, as office.js re-evaluates the object path).
 * Setting values or numberFormat also keeps the assigned array on the proxy, as office.js does, so reading it back
 * without load() returns what was assigned, not what Excel made of it.
 */
export class RangeProxy extends LoadableProxy implements RangeLike {
  readonly dataValidation: DataValidationProxy;
  readonly format: RangeFormatProxy;
  private memo: { readonly requestId: number; readonly located: Located } | undefined;
  private readonly grids: { values?: CellValue[][]; text?: string[][]; formulas?: CellValue[][] } = {};
  private assignedNumberFormat: string[][] | undefined;
  private loadedRect: Rect | undefined;

  constructor(
    ctx: ProxyContext,
    private readonly locator: () => Located,
  ) {
    super(ctx, "Range");
    this.dataValidation = new DataValidationProxy(ctx, this);
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
    return this.locate();
  }

  protected capture(names: readonly string[]): Capture {
    const { sheet, rect } = this.locate();
    const model = this.ctx.model;
    const read: { values?: CellValue[][]; text?: string[][]; formulas?: CellValue[][] } = {};
    let bytes = 0;
    for (const name of names) {
      if (!LOADABLE.includes(name)) throw unknownProperty("Range", name);
      if (name === "values" || name === "text" || name === "formulas") {
        const cells = rect.rowCount * rect.columnCount;
        if (cells > MAX_READ_CELLS) {
          throw new MemoryExcelError("RangeExceedsLimit", { location: "Range.load", detail: `${cells} cells` });
        }
        const room = (this.ctx.response?.room ?? Number.POSITIVE_INFINITY) - bytes;
        const grid = readWithin(rect, room, (block) => (name === "text" ? model.texts(sheet, block) : name === "values" ? model.values(sheet, block) : model.formulas(sheet, block)));
        bytes += grid.bytes;
        if (grid.rows === null) break;
        if (name === "text") read.text = grid.rows.map((row) => row.map(String));
        else read[name] = grid.rows;
      } else {
        bytes += 12;
      }
    }
    return {
      bytes,
      apply: () => {
        this.loadedRect = rect;
        Object.assign(this.grids, read);
      },
    };
  }

  get values(): CellValue[][] {
    return this.loaded(this.grids.values, "values");
  }

  set values(values: CellValue[][]) {
    this.grids.values = values;
    this.queue(values, () => {
      const { sheet, rect } = this.locate();
      writeContent(this.ctx.model, sheet, rect, values, "Range.values");
    });
  }

  /** "Text values of the specified range": each value as its number format shows it (number-format.ts). Read-only. */
  get text(): string[][] {
    return this.loaded(this.grids.text, "text");
  }

  /**
   * "Represents the formula in A1-style notation. If a cell has no formula, its value is returned instead." Written,
   * it parses as values does, so writing back what was read restores formulas, numbers, booleans and plain text;
   * quote-prefixed text comes back without its apostrophe and is parsed again (OfficeDev/office-js#6687).
   */
  get formulas(): CellValue[][] {
    return this.loaded(this.grids.formulas, "formulas");
  }

  set formulas(formulas: CellValue[][]) {
    this.grids.formulas = formulas;
    this.queue(formulas, () => {
      const { sheet, rect } = this.locate();
      writeContent(this.ctx.model, sheet, rect, formulas, "Range.formulas");
    });
  }

  /** Not loadable here (the store only writes formats): reads back what was assigned. */
  get numberFormat(): string[][] {
    return this.loaded(this.assignedNumberFormat, "numberFormat");
  }

  set numberFormat(formats: string[][]) {
    this.assignedNumberFormat = formats;
    this.queue(formats, () => {
      const { sheet, rect } = this.locate();
      writeNumberFormat(this.ctx.model, sheet, rect, formats, "Range.numberFormat");
    });
  }

  private rectProperty(property: string): Rect {
    return this.loaded(this.loadedRect, property);
  }

  get rowIndex(): number {
    return this.rectProperty("rowIndex").row;
  }

  get rowCount(): number {
    return this.rectProperty("rowCount").rowCount;
  }

  get columnCount(): number {
    return this.rectProperty("columnCount").columnCount;
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

  /** A row of the range; the in-memory Excel requires it to be inside the range (Excel's reference does not say otherwise). */
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

  /** "with its bottom-right corner expanded (or contracted) by some number of rows and columns". */
  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this.derive("Range.getResizedRange", (rect) => {
      checkIndex(deltaRows, "Range.getResizedRange", "deltaRows");
      checkIndex(deltaColumns, "Range.getResizedRange", "deltaColumns");
      return { ...rect, rowCount: rect.rowCount + deltaRows, columnCount: rect.columnCount + deltaColumns };
    });
  }

  load(propertyNames: string | string[]): RangeProxy {
    this.queueLoad(propertyNames);
    return this;
  }
}
