import type { CellValue } from "../../src/workbook/excel-api";
import { freshExcel, sheetOf } from "./support";

// Range.text: "Text values of the specified range. The text value will not depend on the cell width."
// Range.formulas: "Represents the formula in A1-style notation. If a cell has no formula, its value is returned instead."
// (https://learn.microsoft.com/javascript/api/excel/excel.range). Number format codes: "Review guidelines for
// customizing a number format" (https://support.microsoft.com/office/c0a1d1fa-d3f4-4018-96b7-9c9354dd99f5).

const ACCOUNTING = '_(* #,##0.00_);_(* (#,##0.00);_(* "-"??_);_(@_)';

/** The text of one value written through the API into A1 with a number format, read with load("text"). */
async function textOf(value: CellValue, format = "General", options: Parameters<typeof freshExcel>[0] = {}): Promise<string> {
  const excel = freshExcel(options);
  return excel.run(async (context) => {
    const cell = sheetOf(context).getRange("A1");
    cell.numberFormat = [[format]];
    cell.values = [[value]];
    cell.load("text");
    await context.sync();
    return cell.text[0]?.[0] ?? "";
  });
}

describe("Range.text", () => {
  // Microsoft KB 65903: "The General number format displays up to 11 numeric characters, with the decimal point
  // counting as a numeric character"; beyond, Excel shows scientific notation (123456789012 as 1.23457E+11).
  it("renders General numbers in at most 11 characters", async () => {
    expect(await textOf(1234)).toBe("1234");
    expect(await textOf(12_345_678_901)).toBe("12345678901");
    expect(await textOf(123_456_789_012)).toBe("1.23457E+11");
    expect(await textOf(1234.5)).toBe("1234.5");
    expect(await textOf(1 / 3)).toBe("0.333333333");
    expect(await textOf(1_234_567.891234)).toBe("1234567.891");
    expect(await textOf(-1.5)).toBe("-1.5");
    expect(await textOf(0.1 + 0.2)).toBe("0.3");
    expect(await textOf(0.000_000_123_4)).toBe("1.234E-07");
  });

  // Booleans and error values show as they are; text shows as typed; a blank cell is "".
  it("shows booleans, errors, text and blanks", async () => {
    expect(await textOf(true, ACCOUNTING)).toBe("TRUE");
    expect(await textOf("=1/0", ACCOUNTING)).toBe("#DIV/0!");
    expect(await textOf("Churn model")).toBe("Churn model");
    expect(await textOf("", ACCOUNTING)).toBe("");
  });

  // The accounting format AIVM writes: "_(" leaves the width of "(" (one space in text, which has no width), "* "
  // repeats a space to fill the cell (zero times: the text does not depend on the width), the third section shows
  // zero as a dash, the fourth shows text between spaces.
  it("renders the accounting format's four sections", async () => {
    expect(await textOf(1234.5, ACCOUNTING)).toBe(" 1,234.50 ");
    expect(await textOf(-1234.5, ACCOUNTING)).toBe(" (1,234.50)");
    expect(await textOf(0, ACCOUNTING)).toBe(" -   ");
    expect(await textOf(1_234_567.891, ACCOUNTING)).toBe(" 1,234,567.89 ");
    expect(await textOf("n/a", ACCOUNTING)).toBe(" n/a ");
  });

  // Percentages multiply by 100; rounding is half away from zero on Excel's 15 digits (12.5% in "0%" shows 13%).
  it("renders percentages and fixed decimals", async () => {
    expect(await textOf(0.12, "0%")).toBe("12%");
    expect(await textOf(0.125, "0%")).toBe("13%");
    expect(await textOf(0.125, "0.00%")).toBe("12.50%");
    expect(await textOf(1.005, "0.00")).toBe("1.01");
    expect(await textOf(1_234_567, "#,##0")).toBe("1,234,567");
  });

  // Dates and times ("Number format codes": y, m, d, h, m after h, s). 2026-01-31 is serial 46053 in the 1900 date
  // system; .75 of a day is 18:00. A negative date cannot be shown: Excel fills the cell with #.
  it("renders dates and date-times", async () => {
    const serial = 46_053.75 + 30 / 86_400;
    expect(await textOf(serial, "yyyy-mm-dd")).toBe("2026-01-31");
    expect(await textOf(serial, "yyyy-mm-dd hh:mm:ss")).toBe("2026-01-31 18:00:30");
    expect(await textOf(serial, "m/d/yyyy")).toBe("1/31/2026");
    expect(await textOf(serial, "d/m/yyyy")).toBe("31/1/2026");
    expect(await textOf(serial, "dddd d mmmm yyyy h:mm AM/PM")).toBe("Saturday 31 January 2026 6:00 PM");
    expect(await textOf(-1, "yyyy-mm-dd")).toBe("########");
    expect(await textOf(46_053 - 1462, "yyyy-mm-dd", { dateSystem: 1904 })).toBe("2026-01-31");
  });

  // "@" (Text): numbers written before the format show as General; text as it is.
  it("renders the Text format", async () => {
    expect(await textOf(42, "@")).toBe("42");
    expect(await textOf("00123", "@")).toBe("00123");
  });

  // The fake renders the formats above and fails loudly on others rather than show what Excel would not.
  it("refuses to guess a format it does not render", async () => {
    await expect(textOf(1, "[Red]0.00")).rejects.toThrow(/cannot render the number format/);
    await expect(textOf(1, "0.00E+00")).rejects.toThrow(/cannot render the number format/);
  });

  it("is not loaded with values", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      const cell = sheetOf(context).getRange("A1").load("values");
      await context.sync();
      expect(() => cell.text).toThrow(/The property 'text' is not available/);
    });
  });
});

describe("Range.formulas", () => {
  // "If a cell has no formula, its value is returned instead": constants keep their type; a blank cell is "".
  it("reads formulas as typed and constants as their values", async () => {
    const excel = freshExcel();
    excel.workbook.sheet("Sheet1").setValuesDirect("A1:E1", [[2000, "Churn", true, "=A1*45", ""]]);
    await excel.run(async (context) => {
      const range = sheetOf(context).getRange("A1:E1").load("formulas, values");
      await context.sync();
      expect(range.formulas).toEqual([[2000, "Churn", true, "=A1*45", ""]]);
      expect(range.values).toEqual([[2000, "Churn", true, 90_000, ""]]);
    });
  });

  // What an undo needs: the formulas read before a write, written back, restore formulas, numbers, booleans, text,
  // dates (their formats stay) and blanks exactly. Quote-prefixed text comes back without its apostrophe and is read
  // again ("range.formulas removes Leading Single Quote", OfficeDev/office-js#6687): "'=not a formula" becomes one.
  it("restores cells exactly when what it read is written back, except quote-prefixed text", async () => {
    const excel = freshExcel();
    const sheet = excel.workbook.sheet("Sheet1");
    sheet.setValuesDirect("A1:F1", [[1500.25, "Pricing", false, "=A1*2", "2026-01-31", ""]]);
    sheet.setCellDirect("G1", "'=not a formula");
    const before = { formulas: sheet.formulas("A1:F1"), values: sheet.values("A1:F1"), text: sheet.text("A1:F1") };
    await excel.run(async (context) => {
      const range = sheetOf(context).getRange("A1:G1").load("formulas");
      await context.sync();
      const saved = range.formulas;
      range.values = [["x", "y", "z", "w", "v", "u", "t"]];
      await context.sync();
      range.formulas = saved;
      await context.sync();
    });
    expect(sheet.formulas("A1:F1")).toEqual(before.formulas);
    expect(sheet.values("A1:F1")).toEqual(before.values);
    expect(sheet.text("A1:F1")).toEqual(before.text);
    expect(sheet.cell("G1")).toMatchObject({ isFormula: true, formula: "=not a formula", quotePrefix: false });
  });

  // Writing formulas parses as values does; what was assigned reads back without a load (office.js keeps it).
  it("writes formulas and reads back what was assigned", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      const range = sheetOf(context).getRange("A1:B1");
      range.formulas = [[5, "=A1+1"]];
      expect(range.formulas).toEqual([[5, "=A1+1"]]);
      await context.sync();
    });
    expect(excel.workbook.sheet("Sheet1").values("A1:B1")).toEqual([[5, 6]]);
  });
});
