import { ACCOUNTING_FORMAT, DATE_FORMAT, PERCENT_FORMAT } from "../domain/field-model";
import { OUTSIDE_HEADLINE } from "../domain/portfolio-headline";
import { columnLetter, type CellValue } from "./excel-api";
import { REPORT_AREA, REPORT_ROWS, type ReportLayout } from "./report-layout";
import { REPORT_COLUMNS } from "./report-parts";
import { literalText } from "./text-literal";

/**
 * The report laid out (report-layout.ts) as report.ts writes it: every cell of REPORT_AREA with its number format,
 * and how the sheet reads without the add-in (column widths, bold titles).
 */

const FORMATS = { amount: ACCOUNTING_FORMAT, count: "0", percent: PERCENT_FORMAT } as const;

/**
 * A column width in points for a number of characters of the default font (Calibri 11, whose widest digit is 7 px):
 * 7 px a character and 5 px of padding (ECMA-376 Part 1, 18.3.1.13 "col", width), at 0.75 pt a pixel (96 dpi). Excel's
 * standard 8.43 characters comes out at 64 px, 48 pt.
 */
const pointsFor = (characters: number): number => (7 * characters + 5) * 0.75;
/** Characters of column A, the labels' (the longest today, "Acquire and retain customers", has 28); block titles overflow to the right. */
export const LABEL_CHARACTERS = 34;
/** Characters of each figure column: an accounting amount in the millions with its separators and brackets. */
export const FIGURE_CHARACTERS = 16;

/** How the report reads without the add-in: its columns' widths (points) and the cells set bold (its titles). */
export interface ReportLook {
  /** Column A for the labels, then B to the widest grid's last column for the figures: a cell of each, with its width. */
  readonly widths: readonly { readonly columns: string; readonly points: number }[];
  /** The title cells, A1 without the sheet: the report's own and each block's. */
  readonly bold: readonly string[];
}

export function reportLook(layout: ReportLayout): ReportLook {
  const widest = Math.max(...layout.blocks.flatMap((block) => block.grid.map((cells) => cells.length)));
  return {
    widths: [
      { columns: "A1", points: pointsFor(LABEL_CHARACTERS) },
      { columns: `B1:${columnLetter(widest - 1)}1`, points: pointsFor(FIGURE_CHARACTERS) },
    ],
    bold: ["A1", ...layout.blocks.map((block) => `A${block.row + 1}`)],
  };
}

/**
 * The whole report area as Range.formulas and Range.numberFormat write it: the title, the blocks, and "" in every
 * other cell of REPORT_AREA (so a shorter J-curve leaves nothing behind).
 */
export function reportCells(layout: ReportLayout, asOf: string): { formulas: CellValue[][]; numberFormat: string[][] } {
  const formulas: CellValue[][] = Array.from({ length: REPORT_ROWS }, () => Array.from({ length: REPORT_COLUMNS }, () => ""));
  const numberFormat: string[][] = Array.from({ length: REPORT_ROWS }, () => Array.from({ length: REPORT_COLUMNS }, () => "General"));
  const put = (row: number, column: number, value: CellValue, format = "General"): void => {
    const cells = formulas[row];
    const formats = numberFormat[row];
    if (cells === undefined || formats === undefined || column >= REPORT_COLUMNS) return;
    cells[column] = value;
    formats[column] = format;
  };
  put(0, 0, "AIVM Report");
  put(1, 0, literalText(`Written by AIVM (Refresh report, ${asOf}); the figures are live formulas over the tables, for the live portfolio: ${OUTSIDE_HEADLINE.join(" and ")} contracts are left out. AIVM rewrites ${REPORT_AREA} at each refresh: keep your own cells outside it.`));
  for (const block of layout.blocks) {
    put(block.row, 0, literalText(block.title));
    block.grid.forEach((cells, r) =>
      cells.forEach((content, c) => {
        if (content === null) return;
        if (content.kind === "label") put(block.row + 1 + r, c, literalText(content.text));
        else if (content.kind === "date") put(block.row + 1 + r, c, content.serial, DATE_FORMAT);
        else if (content.kind === "number") put(block.row + 1 + r, c, content.value, FORMATS[content.format]);
        else put(block.row + 1 + r, c, content.formula, FORMATS[content.format]);
      }),
    );
  }
  return { formulas, numberFormat };
}
