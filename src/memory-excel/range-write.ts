import type { Rect } from "./address";
import { parseCellInput, parseNumberFormat, type CellContent } from "./cell-input";
import { applyContent, gridReader } from "./grid";
import type { ListValidation, Sheet } from "./model-sheet";
import type { Workbook } from "./model-workbook";
import { calculatedFormulas, fillCalculated, syncHeaders } from "./table-ops";

/**
 * Writes Range.values (or what a user types): checks the shape and every element first, so a rejected write changes
 * nothing, then writes, renames table columns whose header cells changed, and lets a table grow over rows written
 * directly below it.
 */
export function writeContent(workbook: Workbook, sheet: Sheet, rect: Rect, input: unknown, location: string): void {
  const read = gridReader(input, rect, location);
  const contents: (CellContent | null)[] = [];
  for (let r = 0; r < rect.rowCount; r += 1) {
    for (let c = 0; c < rect.columnCount; c += 1) contents.push(parseCellInput(read(r, c), location));
  }
  let index = 0;
  for (let r = 0; r < rect.rowCount; r += 1) {
    for (let c = 0; c < rect.columnCount; c += 1) {
      const content = contents[index];
      index += 1;
      if (content === null || content === undefined) continue;
      const existing = sheet.cell(rect.row + r, rect.column + c);
      if (existing === undefined && content.value === "" && content.formula === null && !content.quotePrefix) continue;
      applyContent(existing ?? sheet.ensureCell(rect.row + r, rect.column + c), content);
    }
  }
  workbook.touch();
  afterContentWritten(workbook, sheet, rect);
}

/**
 * Table side effects of writing cells. Header cells are table column names: writing them renames the column
 * (blank and duplicate names become "Column<n>" / "<name>2"). A write that starts on the row directly below a table,
 * within its columns, extends the table over the written rows ("write the data into a range object via
 * table.getDataBodyRange(), and the table will expand automatically": Excel JavaScript API performance optimization,
 * https://learn.microsoft.com/office/dev/add-ins/excel/performance#importing-data-into-tables), and calculated
 * columns fill the new rows' blank cells.
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
      sheet.ensureCell(rect.row + r, rect.column + c).numberFormat = format;
    }
  }
  workbook.touch();
}

/** Gives every cell of the block a list validation rule (DataValidation.rule). */
export function setValidation(workbook: Workbook, sheet: Sheet, rect: Rect, rule: ListValidation): void {
  for (let r = rect.row; r < rect.row + rect.rowCount; r += 1) {
    for (let c = rect.column; c < rect.column + rect.columnCount; c += 1) sheet.ensureCell(r, c).validation = rule;
  }
  workbook.touch();
}
