import type { CellValue, DataValidationLike, RangeLike } from "../workbook/excel-api";
import { insideGrid, parseAddress, type Rect } from "./address";
import { invalidArgument, MemoryExcelError, propertyNotLoaded } from "./errors";
import type { ListValidation, Sheet } from "./model-sheet";
import { jsonBytes } from "./payload";
import { LoadableProxy, queueCommand, unknownProperty, type Capture, type ProxyContext } from "./proxy-base";
import { setValidation, writeContent, writeNumberFormat } from "./range-write";

/** Where a range is: its sheet and cells. */
export interface Located {
  readonly sheet: Sheet;
  readonly rect: Rect;
}

/** "A range is limited to 5,000,000 cells for read operations" (resource limits, Excel add-ins). */
export const MAX_READ_CELLS = 5_000_000;

/** What the store loads of a range. */
const LOADABLE = ["values", "rowIndex", "rowCount", "columnCount"];

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
 * Setting values or numberFormat also keeps the assigned array on the proxy, as office.js does, so reading it back
 * without load() returns what was assigned, not what Excel made of it.
 */
export class RangeProxy extends LoadableProxy implements RangeLike {
  readonly dataValidation: DataValidationProxy;
  /** RangeFormat.autofitColumns(), recorded on the sheet (the in-memory Excel has no column widths). */
  readonly format: { autofitColumns(): void };
  private memo: { readonly requestId: number; readonly located: Located } | undefined;
  private loadedValues: CellValue[][] | undefined;
  private assignedNumberFormat: string[][] | undefined;
  private loadedRect: Rect | undefined;

  constructor(
    ctx: ProxyContext,
    private readonly locator: () => Located,
  ) {
    super(ctx, "Range");
    this.dataValidation = new DataValidationProxy(ctx, this);
    this.format = {
      autofitColumns: () =>
        this.queue(null, () => {
          const { sheet, rect } = this.locate();
          sheet.autofitCalls.push(rect);
        }),
    };
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
    let values: CellValue[][] | undefined;
    let bytes = 0;
    for (const name of names) {
      if (!LOADABLE.includes(name)) throw unknownProperty("Range", name);
      if (name === "values") {
        const cells = rect.rowCount * rect.columnCount;
        if (cells > MAX_READ_CELLS) {
          throw new MemoryExcelError("RangeExceedsLimit", { location: "Range.load", detail: `${cells} cells` });
        }
        values = this.ctx.model.values(sheet, rect);
        bytes += jsonBytes(values);
      } else {
        bytes += 12;
      }
    }
    return {
      bytes,
      apply: () => {
        this.loadedRect = rect;
        if (values !== undefined) this.loadedValues = values;
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

type Rule = DataValidationLike["rule"];

/**
 * Excel's limit on a typed list: the comma-separated source is at most 255 characters (an Excel limit that
 * XlsxWriter's and excelize's documentation both cite; longer lists must come from a range). The in-memory Excel
 * rejects a longer list with InvalidArgument; which error Excel's API gives is not documented.
 */
export const MAX_LIST_SOURCE_LENGTH = 255;

/**
 * Range.dataValidation: a list rule written as text, either a comma-separated list or a reference ("=Lists!$A$2:$A$7",
 * whose sheet must exist). The rule reads back as assigned (the store never loads it). Writes through the API are not
 * checked against rules, as in Excel ("data validation is triggered only if the user directly enters a value").
 */
export class DataValidationProxy implements DataValidationLike {
  private assigned: Rule | undefined;

  constructor(
    private readonly ctx: ProxyContext,
    private readonly range: RangeProxy,
  ) {}

  get rule(): Rule {
    if (this.assigned === undefined) throw propertyNotLoaded("DataValidation", "rule");
    return this.assigned;
  }

  set rule(rule: Rule) {
    this.assigned = rule;
    queueCommand(this.ctx, typeof rule.list?.source === "string" ? rule : { list: { inCellDropDown: rule.list?.inCellDropDown } }, () => {
      const { sheet, rect } = this.range.locate();
      setValidation(this.ctx.model, sheet, rect, this.toValidation(rule));
    });
  }

  private toValidation(rule: Rule): ListValidation {
    const location = "DataValidation.rule";
    const list = rule.list;
    if (list === undefined) throw invalidArgument(location, "the in-memory Excel supports list rules only");
    const { inCellDropDown, source } = list;
    if (typeof source !== "string") throw invalidArgument(location, "the in-memory Excel takes a list source as text (the store writes a reference)");
    if (source.trim() === "" || source.trim() === "=") throw invalidArgument(location, "a list source cannot be empty");
    if (source.startsWith("=")) {
      const parsed = parseAddress(source.slice(1));
      if (parsed?.sheet != null && this.ctx.model.findSheet(parsed.sheet) === undefined) {
        throw invalidArgument(location, `the list source refers to a missing sheet "${parsed.sheet}"`);
      }
      return { inCellDropDown, source };
    }
    if (source.length > MAX_LIST_SOURCE_LENGTH) {
      throw invalidArgument(
        location,
        `a typed list is limited to ${MAX_LIST_SOURCE_LENGTH} characters (this one has ${source.length}); ` +
          `put the items in cells and use a range source such as "=Lists!$A$2:$A$11"`,
      );
    }
    return { inCellDropDown, source };
  }
}
