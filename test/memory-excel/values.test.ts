import type { CellValue } from "../../src/workbook/excel-api";
import { excelError, freshExcel, sheetOf } from "./support";

// Range.values: https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member
// "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a
// formula. ... To ensure dates are stored as dates, use ... a locale-neutral format like ISO (YYYY-MM-DD)."

/**
 * Writes one value to Sheet1!A1 through the API and returns what values reads back, with the cell's formula (what
 * Range.formulas would read) and number format as the workbook holds them (the store never loads those two).
 */
async function roundTrip(input: CellValue) {
  const excel = freshExcel();
  const value = await excel.run(async (context) => {
    const cell = sheetOf(context).getRange("A1");
    cell.values = [[input]];
    await context.sync();
    cell.load("values");
    await context.sync();
    return cell.values[0]?.[0];
  });
  const { formula, numberFormat } = excel.workbook.sheet("Sheet1").cell("A1");
  return { value, formula, format: numberFormat, excel };
}

describe("what a written string becomes", () => {
  // Range.values reference: a string starting with "=" is a formula; values gives its result, formulas its text.
  it("stores a string starting with = as a formula and reads its result, never its text", async () => {
    expect(await roundTrip("=1+1")).toMatchObject({ value: 2, formula: "=1+1" });
    expect(await roundTrip('="a"&"b"')).toMatchObject({ value: "ab", formula: '="a"&"b"' });
  });

  // Same reference: a leading + or - makes a formula too (Excel stores "=" + what was typed); a plain number stays a number.
  it("treats a leading + or - as a formula unless the text is a number", async () => {
    expect(await roundTrip("-abc")).toMatchObject({ value: "#NAME?", formula: "=-abc" });
    expect(await roundTrip("+1+2")).toMatchObject({ value: 3, formula: "=+1+2" });
    expect(await roundTrip("-4")).toMatchObject({ value: -4, formula: -4 });
    expect(await roundTrip("+5")).toMatchObject({ value: 5, formula: 5 });
  });

  // Injection strings must not come back as text: a formula the fake cannot evaluate reads as #NAME?, as Excel shows
  // a name it does not know (and as =AIVM.* reads where the add-in's functions are not registered).
  it("reads a formula it cannot evaluate as #NAME?", async () => {
    expect((await roundTrip('=HYPERLINK("http://x","click")')).value).toBe("#NAME?");
    expect((await roundTrip("=AIVM.REALISEDVALUE(A2)")).value).toBe("#NAME?");
    expect((await roundTrip("=1+")).value).toBe("#NAME?");
  });

  // A leading apostrophe stores the rest as text (the cell's quotePrefix); values and formulas both read the text
  // without the apostrophe (OfficeDev/office-js#6687: "range.formulas removes Leading Single Quote").
  it("keeps text after an apostrophe literal and reads it back without the apostrophe", async () => {
    const result = await roundTrip("'=1+1");
    expect(result).toMatchObject({ value: "=1+1", formula: "=1+1" });
    expect(result.excel.workbook.sheet("Sheet1").cell("A1")).toMatchObject({ quotePrefix: true, isFormula: false });
    expect((await roundTrip("'007")).value).toBe("007");
    expect((await roundTrip("'-4")).value).toBe("-4");
  });

  // Excel's en-US parser turns numeric text, TRUE/FALSE and percentages into numbers and booleans, and ISO dates into
  // date serials (Range.values reference; 2025-08-19 is serial 45888 in the 1900 date system).
  it("parses numbers, booleans, percentages and ISO dates like Excel", async () => {
    expect((await roundTrip("123")).value).toBe(123);
    expect((await roundTrip("007")).value).toBe(7);
    expect((await roundTrip("1.5e3")).value).toBe(1500);
    expect((await roundTrip("1,234.5")).value).toBe(1234.5);
    expect((await roundTrip(" 42 ")).value).toBe(42);
    expect((await roundTrip("true")).value).toBe(true);
    expect((await roundTrip("FALSE")).value).toBe(false);
    expect(await roundTrip("12.5%")).toMatchObject({ value: 0.125, format: "0.00%" });
    expect(await roundTrip("2025-08-19")).toMatchObject({ value: 45888, format: "yyyy-mm-dd" });
  });

  // Documented deviation: the fake keeps these as text although Excel would convert them (currency, fractions, times,
  // en-US dates). Code that needs text must use the apostrophe, which works in both.
  it("keeps other look-alikes as text (documented deviation)", async () => {
    for (const text of ["$1,000", "1/2", "9:30", "8/19/2025", "1,23", "2025-02-30", "C-001"]) {
      expect((await roundTrip(text)).value).toBe(text);
    }
  });

  // Numbers and booleans written as such stay numbers and booleans.
  it("stores numbers and booleans as they are", async () => {
    expect((await roundTrip(1.25)).value).toBe(1.25);
    expect((await roundTrip(false)).value).toBe(false);
  });
});

describe("blank, null and single values", () => {
  // "specify null for all other cells in the 2-D array" to leave them unchanged; "If you specify a blank value for the
  // values property of a range, the content of the range is cleared."
  // (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values)
  it("leaves a cell alone for null and clears it for an empty string", async () => {
    const excel = freshExcel();
    excel.workbook.sheet("Sheet1").setValuesDirect("A1:C1", [["a", "b", "c"]]);
    await excel.run(async (context) => {
      const range = sheetOf(context).getRange("A1:C1");
      // null is outside CellValue's type, as in office.js's typings; Reflect.set assigns it without a cast.
      Reflect.set(range, "values", [[null, "", "z"]]);
      await context.sync();
    });
    expect(excel.workbook.sheet("Sheet1").values("A1:C1")).toEqual([["a", "", "z"]]);
  });
});

describe("what Excel refuses", () => {
  // InvalidArgument: "The number of rows or columns in the input array doesn't match the size or dimensions of the
  // range." A 1x1 array is not spread over a larger range for values (it fails on a merged 1x3 range too).
  it("rejects an array whose size does not match the range, writing nothing", async () => {
    const excel = freshExcel();
    for (const input of [[[1, 2, 3]], [[1], [2]], [[1]]]) {
      await excel.run(async (context) => {
        sheetOf(context).getRange("A1:B1").values = input;
        const error = await excelError(context.sync());
        expect(error.code).toBe("InvalidArgument");
        expect(error.message).toBe(
          "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
        );
      });
    }
    expect(excel.workbook.sheet("Sheet1").values("A1:C2")).toEqual([["", "", ""], ["", "", ""]]);
  });

  // "Total number of characters that a cell can contain: 32,767 characters" (Excel specifications and limits,
  // https://support.microsoft.com/office/1672b34d-7043-467e-8e27-269d656771c3).
  it("rejects text longer than 32,767 characters", async () => {
    expect((await roundTrip("x".repeat(32_767))).value).toHaveLength(32_767);
    const excel = freshExcel();
    await excel.run(async (context) => {
      sheetOf(context).getRange("A1").values = [["x".repeat(32_768)]];
      expect((await excelError(context.sync())).code).toBe("InvalidArgument");
    });
  });

  // "Length of formula contents: 8,192 characters" (Excel specifications and limits); a long note starting with "-"
  // becomes a formula and fails with "There was an internal error while processing the request"
  // (GeneralException, OfficeDev/office-js#3256).
  it("rejects a formula longer than 8,192 characters, such as a long note starting with a minus", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      sheetOf(context).getRange("A1").values = [[`- ${"word ".repeat(2000)}`]];
      const error = await excelError(context.sync());
      expect(error.code).toBe("GeneralException");
      expect(error.message).toBe("There was an internal error while processing the request.");
    });
  });

  // JSON cannot carry NaN or Infinity, and a cell holds only strings, numbers and booleans.
  it("rejects values that are not strings, finite numbers or booleans", async () => {
    const excel = freshExcel();
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, { a: 1 }]) {
      await excel.run(async (context) => {
        Reflect.set(sheetOf(context).getRange("A1"), "values", [[bad]]);
        expect((await excelError(context.sync())).code).toBe("InvalidArgument");
      });
    }
  });
});

describe("formulas and number formats", () => {
  // The set-get-values article's sample (B2:E6, totals in column E) reads back as documented, 97.3 in E6; the
  // article writes the totals through Range.formulas, which parses as Range.values does ("Formulas in A1-style
  // notation. If a cell has no formula, its value is returned instead": the cells' formulas, read by inspection).
  // (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values)
  it("computes the documented sales sample", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      const sheet = sheetOf(context);
      sheet.getRange("B2:D5").values = [
        ["Product", "Qty", "Unit Price"],
        ["Almonds", 2, 7.5],
        ["Coffee", 1, 34.5],
        ["Chocolate", 5, 9.56],
      ];
      sheet.getRange("E2").values = [["Total Price"]];
      sheet.getRange("E3:E6").values = [["=C3 * D3"], ["=C4 * D4"], ["=C5 * D5"], ["=SUM(E3:E5)"]];
      const all = sheet.getRange("B2:E6").load("values");
      await context.sync();
      expect(all.values.map((row) => row[3])).toEqual(["Total Price", 15, 34.5, 47.8, 97.3]);
    });
    const formulas = excel.workbook.sheet("Sheet1").formulas("B2:E6");
    expect(formulas.map((row) => row[3])).toEqual(["Total Price", "=C3 * D3", "=C4 * D4", "=C5 * D5", "=SUM(E3:E5)"]);
  });

  // Performance article: rangeToSet.values = [[1, 2, "=SUM(A1:B1)"]] then "Range value should be [1, 2, 3]"; a later
  // change to A1:B1 recalculates C1 (https://learn.microsoft.com/office/dev/add-ins/excel/performance).
  it("recalculates after the cells a formula reads change", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      const sheet = sheetOf(context);
      sheet.getRange("A1:C1").values = [[1, 2, "=SUM(A1:B1)"]];
      const first = sheet.getRange("A1:C1").load("values");
      await context.sync();
      expect(first.values).toEqual([[1, 2, 3]]);
      sheet.getRange("A1:B1").values = [[10, 20]];
      const second = sheet.getRange("A1:C1").load("values");
      await context.sync();
      expect(second.values).toEqual([[10, 20, 30]]);
    });
  });

  // Excel's error values come back as strings in values ("Cells that contain an error will return the error string").
  it("reads error values and circular references like Excel", async () => {
    expect((await roundTrip("=1/0")).value).toBe("#DIV/0!");
    expect((await roundTrip('=1+"a"')).value).toBe("#VALUE!");
    expect((await roundTrip("=-2^2")).value).toBe(4);
    expect((await roundTrip("=A1+1")).value).toBe(0);
  });

  // "null input in 2-D Array ... leaves the number format unchanged"; "If you specify a blank value for the
  // numberFormat property, the number format is reset to General" (excel-add-ins-blank-null-values).
  it("sets number formats per cell and resets on an empty string", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      const sheet = sheetOf(context);
      sheet.getRange("A1:D1").numberFormat = [["0.00", "yyyy-mm-dd", "@", "General"]];
      Reflect.set(sheet.getRange("A1:D1"), "numberFormat", [[null, "", null, null]]);
      await context.sync();
      const formats = ["A1", "B1", "C1", "D1"].map((address) => excel.workbook.sheet("Sheet1").cell(address).numberFormat);
      expect(formats).toEqual(["0.00", "General", "@", "General"]);
      sheet.getRange("A1:B1").numberFormat = [["0"], ["0"]];
      expect((await excelError(context.sync())).code).toBe("InvalidArgument");
    });
  });
});
