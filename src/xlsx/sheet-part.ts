import { Formula, type Content, type Sheet } from "../memory-excel/model-sheet";
import type { Table } from "../memory-excel/model-table";
import type { Style, Validation } from "../memory-excel/styles";
import { toFileFormula } from "./formula-syntax";
import { MAIN_NS, REL_NS, XML_DECLARATION, cellRef, rangeRef, xmlText, type PartWriter } from "./xml";
import { validationElement } from "./validation-xml";

/**
 * One worksheet part, xl/worksheets/sheetN.xml, streamed row by row. CT_Worksheet (ECMA-376 Part 1 §18.3.1.99)
 * children in schema order, those written here: sheetViews (the frozen header, §18.3.1.66 pane), sheetFormatPr,
 * cols (widths), sheetData (rows of cells), dataValidations (§18.3.1.33), tableParts (§18.3.1.95). Text goes to
 * the shared strings (t="s"), numbers bare, booleans t="b"; a cell holds a formula only when the model holds a
 * Formula object: text a user typed is never written as a formula. Formulas have no cached value (<v>): the
 * workbook part asks for a full calculation on load.
 */

/** What a sheet part needs from the workbook being written. */
export interface SheetContext {
  /** The shared-string index of a text. */
  readonly stringIndex: (text: string) => number;
  /** The cellXfs index of a style. */
  readonly xfIndex: (style: Style) => number;
  readonly tables: readonly Table[];
  readonly selected: boolean;
  /** Whether the sheet has a drawing (its charts): then its relationship follows the tables' (rId k+1). */
  readonly drawing: boolean;
}

/**
 * A run of cells down a column holding the same formula in the same table (a calculated column, or a formula filled
 * down), written as one shared formula (§18.3.1.40, t="shared"): the first cell carries the text and the range, the
 * others only the group's index. The run's formulas have no relative A1 reference to shift: they are the same text.
 */
interface SharedRun {
  readonly top: number;
  readonly bottom: number;
  readonly text: string;
  readonly file: string;
  readonly index: number;
}

/** Column widths in characters of the default font: the longest of the header and the first rows' texts, 10 to 50. */
const SAMPLE_ROWS = 200;
const MIN_WIDTH = 10;
const MAX_WIDTH = 50;

/**
 * A width in points (RangeFormat.columnWidth) as the file's width in characters of the default font (§18.3.1.13):
 * pixels = points x 96 / 72, and characters = (pixels - 5 px of padding) / 7 px, Calibri 11's maximum digit width,
 * kept to two decimals.
 */
export const charactersOfPoints = (points: number): number => Math.round(((points * 4) / 3 - 5) / 7 * 100) / 100;

function columnWidths(sheet: Sheet): number[] {
  const widths: number[] = [];
  const last = Math.min(sheet.rowExtent, SAMPLE_ROWS);
  for (let row = 0; row < last; row += 1) {
    sheet.contentRow(row)?.forEach((content, column) => {
      if (content === undefined || content instanceof Formula) return;
      const length = typeof content === "number" ? 14 : String(content).length + 2;
      widths[column] = Math.max(widths[column] ?? MIN_WIDTH, Math.min(length, MAX_WIDTH));
    });
  }
  // A width the add-in set (the report's columns) is kept as set.
  for (const [column, points] of sheet.columnWidths) widths[column] = charactersOfPoints(points);
  return widths;
}

function colsElement(sheet: Sheet): string {
  const widths = columnWidths(sheet);
  const cols = widths.flatMap((width, column) => (width === undefined ? [] : [`<col min="${column + 1}" max="${column + 1}" width="${width}" customWidth="1"/>`]));
  return cols.length === 0 ? "" : `<cols>${cols.join("")}</cols>`;
}

function sheetViews(sheet: Sheet, selected: boolean): string {
  const rows = sheet.frozenRows;
  const pane =
    rows > 0 ? `<pane ySplit="${rows}" topLeftCell="${cellRef(rows, 0)}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${cellRef(rows, 0)}" sqref="${cellRef(rows, 0)}"/>` : "";
  return `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ""} workbookViewId="0">${pane}</sheetView></sheetViews>`;
}

/** The table a formula cell is in, for its unqualified structured references. */
function tableAt(tables: readonly Table[], row: number, column: number): string | null {
  return tables.find((table) => row > table.top && row <= table.bottom && column >= table.left && column <= table.right)?.name ?? null;
}

/** Every run of two or more cells down a column with the same formula in the same table (or outside any), by column. */
function sharedRuns(sheet: Sheet, tables: readonly Table[]): Map<number, SharedRun[]> {
  const runs = new Map<number, SharedRun[]>();
  const open = new Map<number, { top: number; bottom: number; text: string; table: string | null }>();
  let index = 0;
  const close = (column: number): void => {
    const run = open.get(column);
    if (run === undefined) return;
    open.delete(column);
    if (run.bottom === run.top) return;
    const list = runs.get(column) ?? [];
    list.push({ top: run.top, bottom: run.bottom, text: run.text, file: toFileFormula(run.text, run.table), index });
    index += 1;
    runs.set(column, list);
  };
  for (let row = 0; row < sheet.rowExtent; row += 1) {
    const cells = sheet.contentRow(row);
    for (const [column, run] of open) {
      const content = cells?.[column];
      if (!(content instanceof Formula) || content.text !== run.text || run.bottom !== row - 1 || tableAt(tables, row, column) !== run.table) close(column);
    }
    cells?.forEach((content, column) => {
      if (!(content instanceof Formula)) return;
      const run = open.get(column);
      if (run === undefined) open.set(column, { top: row, bottom: row, text: content.text, table: tableAt(tables, row, column) });
      else run.bottom = row;
    });
  }
  for (const column of [...open.keys()]) close(column);
  return runs;
}

/** Collects each validation's cells as vertical runs, one column at a time. */
class ValidationRuns {
  private readonly runs = new Map<Validation, string[]>();
  private readonly open = new Map<number, { validation: Validation; top: number; bottom: number }>();

  add(row: number, column: number, validation: Validation | null): void {
    const current = this.open.get(column);
    if (current !== undefined && current.validation === validation && current.bottom === row - 1) {
      current.bottom = row;
      return;
    }
    if (current !== undefined) this.close(column);
    if (validation !== null) this.open.set(column, { validation, top: row, bottom: row });
  }

  private close(column: number): void {
    const run = this.open.get(column);
    if (run === undefined) return;
    this.open.delete(column);
    const list = this.runs.get(run.validation) ?? [];
    list.push(run.top === run.bottom ? cellRef(run.top, column) : rangeRef(run.top, column, run.bottom - run.top + 1, 1));
    this.runs.set(run.validation, list);
  }

  element(): string {
    for (const column of [...this.open.keys()]) this.close(column);
    if (this.runs.size === 0) return "";
    const items = [...this.runs].map(([validation, ranges]) => validationElement(validation, ranges.join(" ")));
    return `<dataValidations count="${items.length}">${items.join("")}</dataValidations>`;
  }
}

/** Writes the worksheet part. `tableIds` are the relationship order of the sheet's tables (rId1..k). */
export function writeSheetPart(out: PartWriter, sheet: Sheet, context: SheetContext): void {
  out.write(`${XML_DECLARATION}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`);
  // A sheet with charts (the report) prints landscape, one page wide (sheetPr's pageSetUpPr fitToPage, §18.3.1.65).
  if (context.drawing) out.write('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  out.write(sheetViews(sheet, context.selected));
  out.write('<sheetFormatPr defaultRowHeight="15"/>');
  out.write(colsElement(sheet));
  out.write("<sheetData>");
  const shared = sharedRuns(sheet, context.tables);
  const validations = new ValidationRuns();
  const cell = (row: number, column: number, content: Content | undefined, style: Style | undefined): string => {
    const ref = cellRef(row, column);
    const xf = style === undefined ? 0 : context.xfIndex(style);
    const s = xf === 0 ? "" : ` s="${xf}"`;
    if (content === undefined) return `<c r="${ref}"${s}/>`;
    if (typeof content === "number") return `<c r="${ref}"${s}><v>${Object.is(content, -0) ? 0 : content}</v></c>`;
    if (typeof content === "boolean") return `<c r="${ref}"${s} t="b"><v>${content ? 1 : 0}</v></c>`;
    if (typeof content === "string") return `<c r="${ref}"${s} t="s"><v>${context.stringIndex(content)}</v></c>`;
    const group = shared.get(column)?.find((candidate) => row >= candidate.top && row <= candidate.bottom);
    if (group === undefined) return `<c r="${ref}"${s}><f>${xmlText(toFileFormula(content.text, tableAt(context.tables, row, column)))}</f></c>`;
    if (row !== group.top) return `<c r="${ref}"${s}><f t="shared" si="${group.index}"/></c>`;
    const area = rangeRef(group.top, column, group.bottom - group.top + 1, 1);
    return `<c r="${ref}"${s}><f t="shared" ref="${area}" si="${group.index}">${xmlText(group.file)}</f></c>`;
  };
  for (let row = 0; row < sheet.rowExtent; row += 1) {
    const contents = sheet.contentRow(row);
    const styles = sheet.styleRow(row);
    const width = Math.max(contents?.length ?? 0, styles?.length ?? 0);
    let cells = "";
    for (let column = 0; column < width; column += 1) {
      const content = contents?.[column];
      const style = styles?.[column];
      validations.add(row, column, style?.validation ?? null);
      if (content !== undefined || style !== undefined) cells += cell(row, column, content, style);
    }
    if (cells !== "") out.write(`<row r="${row + 1}">${cells}</row>`);
  }
  out.write("</sheetData>");
  out.write(validations.element());
  // CT_Worksheet's sequence: dataValidations, pageMargins, pageSetup, drawing, tableParts (§18.3.1.99).
  if (context.drawing) {
    out.write('<pageMargins left="0.5" right="0.5" top="0.5" bottom="0.5" header="0.3" footer="0.3"/>');
    out.write('<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    out.write(`<drawing r:id="rId${context.tables.length + 1}"/>`);
  }
  if (context.tables.length > 0) {
    out.write(`<tableParts count="${context.tables.length}">${context.tables.map((_, i) => `<tablePart r:id="rId${i + 1}"/>`).join("")}</tableParts>`);
  }
  out.write("</worksheet>");
  out.end();
}
