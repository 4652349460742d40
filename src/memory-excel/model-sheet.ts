import type { CellValue } from "../workbook/excel-api";
import { MAX_COLUMNS, MAX_ROWS, type Rect } from "./address";
import { MemoryExcelError } from "./errors";
import { DEFAULT_STYLE, type Style } from "./styles";

/** A formula as a cell holds it (text with its "="); the cells of a calculated column share one object. */
export class Formula {
  constructor(readonly text: string) {}
}

/** What a cell holds: a constant or a formula. A blank cell holds nothing (undefined), never "". */
export type Content = CellValue | Formula;

/** Excel's rules for a worksheet name: 1 to 31 characters, none of : \ / ? * [ ], no apostrophe at either end. */
export function isValidSheetName(name: string): boolean {
  return name.length > 0 && name.length <= 31 && !/[:\\/?*[\]]/.test(name) && !/^'|'$/.test(name);
}

/** What Range.formulas reads for a cell: its formula, else its constant ("" when blank). */
export function formulaOf(content: Content | undefined): CellValue {
  return content === undefined ? "" : content instanceof Formula ? content.text : content;
}

type Row<T> = (T | undefined)[];

/** A chart as the in-memory Excel keeps it: what it shows and where, and its value axis's number format (no colours or series formatting). */
export interface ChartModel {
  name: string;
  readonly type: string;
  /** Its source: the sheet and block, kept as found when set (Excel keeps the series formulas' references). */
  source: { readonly sheet: Sheet; readonly rect: Rect };
  seriesBy: "Auto" | "Columns" | "Rows";
  title: string;
  /** The cells it covers, as setPosition gave them (A1, no sheet); null until placed. */
  position: { readonly start: Rect; readonly end: Rect } | null;
  /** axes.valueAxis.numberFormat as set (ExcelApi 1.8); null until set: the file then writes "#,##0". */
  valueFormat: string | null;
  /** axes.valueAxis.maximum as set (a number); null: automatic. */
  valueMaximum: number | null;
}

/**
 * A worksheet's cells, one array per row for the contents and one for the styles (row index -> column index), so
 * reading or writing an n-cell block is O(n) with no per-access address parsing. A blank cell with the default
 * style costs nothing but an empty slot; a style is a pointer to an interned object (styles.ts). At 50,000 rows of
 * 47 columns this keeps the sheet to about a fifth of an object per cell (see README, "Scale").
 */
export class Sheet {
  /** Rows that freezePanes.freezeRows() froze (0 = none). */
  frozenRows = 0;
  /** Column widths in points that format.columnWidth set, by column index (a column not here has Excel's standard width, or what autofit gave it). */
  readonly columnWidths = new Map<number, number>();
  /** Every format.autofitColumns() call, as the rectangle it was called on. */
  readonly autofitCalls: Rect[] = [];
  /** The sheet's charts, in the order they were added (proxy-chart.ts). */
  readonly charts: ChartModel[] = [];
  private readonly contents: (Row<Content> | undefined)[] = [];
  private readonly styles: (Row<Style> | undefined)[] = [];
  /** Style rows shared by several rows (rows a table added take their neighbour's): copied before a change. */
  private readonly shared = new WeakSet<Row<Style>>();

  constructor(
    public name: string,
    readonly id: string,
  ) {}

  /** Number of rows that may hold cells (one past the last row ever written). */
  get rowExtent(): number {
    return Math.max(this.contents.length, this.styles.length);
  }

  content(row: number, column: number): Content | undefined {
    return this.contents[row]?.[column];
  }

  /** The row's contents by column (holes for blanks), for reading a block quickly; undefined for an empty row. */
  contentRow(row: number): readonly (Content | undefined)[] | undefined {
    return this.contents[row];
  }

  /** The row's styles by column (holes for the default style); undefined for a row with none. For the .xlsx writer. */
  styleRow(row: number): readonly (Style | undefined)[] | undefined {
    return this.styles[row];
  }

  style(row: number, column: number): Style {
    return this.styles[row]?.[column] ?? DEFAULT_STYLE;
  }

  isBlank(row: number, column: number): boolean {
    return this.contents[row]?.[column] === undefined;
  }

  /** Sets a cell's content; `width` pre-sizes a new row array (a row written whole gets exactly its length). */
  setContent(row: number, column: number, content: Content | undefined, width = column + 1): void {
    set(this.contents, row, column, content, width);
  }

  setStyle(row: number, column: number, style: Style, width = column + 1): void {
    this.writeStyle(row, column, style === DEFAULT_STYLE ? undefined : style, width);
  }

  private writeStyle(row: number, column: number, style: Style | undefined, width: number): void {
    const cells = this.styles[row];
    if (cells !== undefined && this.shared.has(cells)) {
      if (cells[column] === style) return;
      this.styles[row] = cells.slice();
    }
    set(this.styles, row, column, style, width);
  }

  /**
   * Gives row `to` the styles of row `from` within columns [left, right] by sharing `from`'s style array, when neither
   * row has styles outside those columns and none carries a quote prefix; false when it cannot (copy cell by cell).
   * At 50,000 rows added to a table this saves a 47-slot array per row.
   */
  shareStyles(from: number, to: number, left: number, right: number): boolean {
    const source = this.styles[from];
    const target = this.styles[to];
    if (source === undefined) return false;
    const outside = (cells: Row<Style>): boolean => cells.some((style, column) => style !== undefined && (column < left || column > right));
    if (outside(source) || (target !== undefined && outside(target)) || source.some((style) => style?.quotePrefix === true)) return false;
    while (this.styles.length < to) this.styles.push(undefined);
    this.styles[to] = source;
    this.shared.add(source);
    return true;
  }

  /** True when any cell in the block has content (formats and validation do not count). */
  hasContent(rect: Rect): boolean {
    const lastRow = Math.min(rect.row + rect.rowCount, this.contents.length);
    for (let row = rect.row; row < lastRow; row += 1) {
      const cells = this.contents[row];
      if (cells === undefined) continue;
      const lastColumn = Math.min(rect.column + rect.columnCount, cells.length);
      for (let column = rect.column; column < lastColumn; column += 1) if (cells[column] !== undefined) return true;
    }
    return false;
  }

  /** Moves one cell (content and style) from (fromRow, fromColumn) to (toRow, toColumn), leaving the source empty. */
  private move(fromRow: number, fromColumn: number, toRow: number, toColumn: number): void {
    const content = this.contents[fromRow]?.[fromColumn];
    const style = this.styles[fromRow]?.[fromColumn];
    if (content === undefined && style === undefined && this.content(toRow, toColumn) === undefined && this.styles[toRow]?.[toColumn] === undefined) {
      return;
    }
    set(this.contents, toRow, toColumn, content, toColumn + 1);
    this.writeStyle(toRow, toColumn, style, toColumn + 1);
    set(this.contents, fromRow, fromColumn, undefined, 0);
    this.writeStyle(fromRow, fromColumn, undefined, 0);
  }

  /**
   * True when rows from `row` down hold nothing outside columns [column, column + columnCount): shifting those columns
   * is then shifting whole rows, done by splicing the row arrays (shared style rows stay shared).
   */
  private onlyWithin(row: number, column: number, columnCount: number): boolean {
    const outside = (cells: Row<unknown> | undefined): boolean =>
      cells !== undefined && cells.some((cell, c) => cell !== undefined && (c < column || c >= column + columnCount));
    for (let r = row; r < this.rowExtent; r += 1) if (outside(this.contents[r]) || outside(this.styles[r])) return false;
    return true;
  }

  /** Inserts `count` blank rows of cells at `row` within columns [column, column + columnCount), shifting down. */
  insertCellsDown(row: number, count: number, column: number, columnCount: number): void {
    const pushedOff = { row: MAX_ROWS - count, column, rowCount: count, columnCount };
    if (this.hasContent(pushedOff)) throw new MemoryExcelError("NonBlankCellOffSheet", { location: "Range.insert" });
    if (row >= this.rowExtent) return;
    if (this.onlyWithin(row, column, columnCount)) {
      for (const rows of [this.contents, this.styles]) if (rows.length > row) rows.splice(row, 0, ...new Array<undefined>(count));
      return;
    }
    for (let source = this.rowExtent - 1; source >= row; source -= 1) {
      for (let c = column; c < column + columnCount; c += 1) this.move(source, c, source + count, c);
    }
  }

  /** Deletes `count` rows of cells at `row` within the given columns, shifting the cells below up. */
  deleteCellsUp(row: number, count: number, column: number, columnCount: number): void {
    const extent = this.rowExtent;
    if (this.onlyWithin(row, column, columnCount)) {
      for (const rows of [this.contents, this.styles]) rows.splice(row, count);
      return;
    }
    for (let c = column; c < column + columnCount; c += 1) {
      for (let r = row; r < row + count; r += 1) {
        set(this.contents, r, c, undefined, 0);
        this.writeStyle(r, c, undefined, 0);
      }
    }
    for (let source = row + count; source < extent; source += 1) {
      for (let c = column; c < column + columnCount; c += 1) this.move(source, c, source - count, c);
    }
  }

  /** Inserts `count` blank columns of cells at `column` within rows [row, row + rowCount), shifting right. */
  insertCellsRight(column: number, count: number, row: number, rowCount: number): void {
    const pushedOff = { row, column: MAX_COLUMNS - count, rowCount, columnCount: count };
    if (this.hasContent(pushedOff)) throw new MemoryExcelError("NonBlankCellOffSheet", { location: "Range.insert" });
    const lastRow = Math.min(row + rowCount, this.rowExtent);
    for (let r = row; r < lastRow; r += 1) {
      const styles = this.styles[r];
      if (styles !== undefined && this.shared.has(styles)) this.styles[r] = styles.slice();
      for (const rows of [this.contents, this.styles] as const) {
        const cells = rows[r];
        if (cells === undefined || cells.length <= column) continue;
        cells.splice(column, 0, ...new Array<undefined>(count));
      }
    }
  }
}

/** Writes one slot of a row-of-arrays store, creating the row (sized `width`) only for a value. */
function set<T>(rows: (Row<T> | undefined)[], row: number, column: number, value: T | undefined, width: number): void {
  let cells = rows[row];
  if (cells === undefined) {
    if (value === undefined) return;
    while (rows.length < row) rows.push(undefined);
    cells = new Array<T | undefined>(Math.max(width, column + 1));
    rows[row] = cells;
  }
  if (value === undefined && column >= cells.length) return;
  cells[column] = value;
}
