import type { CellValue } from "../workbook/excel-api";
import type { Rect } from "./address";
import { parseNumberFormat, type CellContent } from "./cell-input";
import { applyContent, gridReader } from "./grid";
import type { Sheet } from "./model-sheet";
import type { Workbook } from "./model-workbook";
import { calculatedFormulas, fillCalculated, inheritStyles, syncHeaders } from "./table-ops";
import { stopAlert, stopped } from "./validation";

/**
 * How cells are written: by the API (Range.values, Range.formulas), pasted by a user, or typed by one. All three
 * parse the same way (cell-input.ts) except that typed and pasted text also reads dates in the locale's order;
 * only typing is checked against data validation (validation.ts).
 */
export type WriteMode = "api" | "paste";

/** Parses the value for (row, column) as it would land there (a Text-formatted cell keeps text as it is). */
function parseFor(workbook: Workbook, sheet: Sheet, row: number, column: number, input: unknown, location: string, typed: boolean): CellContent | null {
  const textFormat = sheet.style(row, column).numberFormat === "@";
  return workbook.parser.parse(input, location, { textFormat, typed });
}

/**
 * Writes Range.values or Range.formulas (or a user's paste): checks the shape and every element first, so a rejected
 * write changes nothing, then writes, renames table columns whose header cells changed, and lets a table grow over
 * rows written directly below it.
 */
export function writeContent(workbook: Workbook, sheet: Sheet, rect: Rect, input: unknown, location: string, mode: WriteMode = "api"): void {
  const read = gridReader(input, rect, location);
  const contents: (CellContent | null)[] = [];
  for (let r = 0; r < rect.rowCount; r += 1) {
    for (let c = 0; c < rect.columnCount; c += 1) {
      contents.push(parseFor(workbook, sheet, rect.row + r, rect.column + c, read(r, c), location, mode === "paste"));
    }
  }
  const width = rect.column + rect.columnCount;
  let index = 0;
  for (let r = 0; r < rect.rowCount; r += 1) {
    for (let c = 0; c < rect.columnCount; c += 1) {
      const content = contents[index];
      index += 1;
      if (content !== null && content !== undefined) applyContent(workbook.styles, sheet, rect.row + r, rect.column + c, content, width);
    }
  }
  workbook.touch();
  afterContentWritten(workbook, sheet, rect);
}

/**
 * A user types `input` into one cell and presses Enter. Like writeContent, plus data validation: an entry that breaks
 * the cell's rule, whose error alert has style Stop, is refused (the cell keeps what it had) with a
 * ValidationStopError carrying the alert's title and message.
 */
export function typeIntoCell(workbook: Workbook, sheet: Sheet, row: number, column: number, input: CellValue, location: string): void {
  const content = parseFor(workbook, sheet, row, column, input, location, true);
  if (content === null) return;
  const before = { content: sheet.content(row, column), style: sheet.style(row, column) };
  applyContent(workbook.styles, sheet, row, column, content);
  workbook.touch();
  const alert = stopAlert(workbook, sheet, row, column);
  if (alert !== null) {
    sheet.setContent(row, column, before.content);
    sheet.setStyle(row, column, before.style);
    workbook.touch();
    throw stopped(sheet, row, column, input, alert);
  }
  afterContentWritten(workbook, sheet, { row, column, rowCount: 1, columnCount: 1 });
}

/**
 * Table side effects of writing cells. Header cells are table column names: writing them renames the column
 * (blank and duplicate names become "Column<n>" / "<name>2"). A write that starts on the row directly below a table,
 * within its columns, extends the table over the written rows ("write the data into a range object via
 * table.getDataBodyRange(), and the table will expand automatically": Excel JavaScript API performance optimization,
 * https://learn.microsoft.com/office/dev/add-ins/excel/performance#importing-data-into-tables); the new rows take the
 * table's formats and validation and calculated columns fill their blank cells, as for rows.add.
 */
function afterContentWritten(workbook: Workbook, sheet: Sheet, rect: Rect): void {
  for (const table of workbook.tablesOn(sheet)) {
    const headerHit = rect.row <= table.top && rect.row + rect.rowCount > table.top;
    const left = Math.max(rect.column, table.left);
    const right = Math.min(rect.column + rect.columnCount - 1, table.right);
    if (headerHit && left <= right) {
      const edited = new Set<number>();
      for (let column = left; column <= right; column += 1) edited.add(column - table.left);
      syncHeaders(workbook, table, edited);
    }
    const below =
      rect.row === table.bottom + 1 && rect.column >= table.left && rect.column + rect.columnCount - 1 <= table.right;
    const newRows = { row: rect.row, column: table.left, rowCount: rect.rowCount, columnCount: table.columns.length };
    if (below && sheet.hasContent(rect) && workbook.tablesIntersecting(sheet, newRows, table).length === 0) {
      const formulas = calculatedFormulas(table);
      inheritStyles(workbook, table, rect.row, rect.rowCount, true);
      table.bottom += rect.rowCount;
      fillCalculated(table, rect.row, rect.rowCount, formulas);
      workbook.touch();
    }
  }
}

/** Writes Range.numberFormat; null leaves a cell's format, "" resets it to General. */
export function writeNumberFormat(workbook: Workbook, sheet: Sheet, rect: Rect, input: unknown, location: string): void {
  const read = gridReader(input, rect, location);
  const formats: (string | null)[] = [];
  for (let r = 0; r < rect.rowCount; r += 1) {
    for (let c = 0; c < rect.columnCount; c += 1) formats.push(parseNumberFormat(read(r, c), location));
  }
  let index = 0;
  for (let r = 0; r < rect.rowCount; r += 1) {
    for (let c = 0; c < rect.columnCount; c += 1) {
      const format = formats[index];
      index += 1;
      if (format === null || format === undefined) continue;
      const row = rect.row + r;
      const column = rect.column + c;
      sheet.setStyle(row, column, workbook.styles.withFormat(sheet.style(row, column), format));
    }
  }
  workbook.touch();
}
