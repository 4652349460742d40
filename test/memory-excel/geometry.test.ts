import { columnLetter, type RangeLike } from "../../src/workbook/excel-api";
import { excelError, freshExcel, sheetOf } from "./support";

// Excel.Range geometry: https://learn.microsoft.com/javascript/api/excel/excel.range

/**
 * Where ranges made from Sheet1 (or `sheetName`) are: each cell of A1:AV20 holds its own address, so the values a
 * range loads name its first and last cells ("B2:C3"; "B2" for one cell), with its rowIndex and size.
 */
async function shapes(make: (range: (address: string) => RangeLike) => RangeLike[], sheetName = "Sheet1") {
  const excel = freshExcel({ sheets: [sheetName] });
  const grid = Array.from({ length: 20 }, (_, row) => Array.from({ length: 48 }, (_, column) => `${columnLetter(column)}${row + 1}`));
  excel.workbook.sheet(sheetName).setValuesDirect("A1:AV20", grid);
  return excel.run(async (context) => {
    const sheet = sheetOf(context, sheetName);
    const ranges = make((address) => sheet.getRange(address)).map((range) => range.load("values, rowIndex, rowCount, columnCount"));
    await context.sync();
    return ranges.map((range) => {
      const first = String(range.values[0]?.[0]);
      const last = String(range.values.at(-1)?.at(-1));
      return { cells: first === last ? first : `${first}:${last}`, rowIndex: range.rowIndex, size: [range.rowCount, range.columnCount] };
    });
  });
}

describe("addresses", () => {
  // Worksheet.getRange(address): "The address or the name of the range", A1-style, absolute ($) or not, with the
  // sheet's name quoted when it needs quotes, as Excel writes it in references.
  it("reads A1 addresses, absolute or relative, with the sheet's own quoted name", async () => {
    const [wide] = await shapes((range) => [range("'Value Contracts'!A1:AU1")], "Value Contracts");
    expect(wide).toEqual({ cells: "A1:AU1", rowIndex: 0, size: [1, 47] });
    const plain = await shapes((range) => [range("B2"), range("$C$3:$D$4")]);
    expect(plain).toEqual([
      { cells: "B2", rowIndex: 1, size: [1, 1] },
      { cells: "C3:D4", rowIndex: 2, size: [2, 2] },
    ]);
  });

  // An address on another sheet, or one that is not an address, is refused.
  it("refuses another sheet's address or a bad address", async () => {
    const excel = freshExcel({ sheets: ["Value Contracts", "Other"] });
    await excel.run(async (context) => {
      const sheet = sheetOf(context, "Value Contracts");
      sheet.getRange("Other!A1").load("values");
      expect((await excelError(context.sync())).code).toBe("InvalidArgument");
      sheet.getRange("A0").load("values");
      expect((await excelError(context.sync())).code).toBe("InvalidArgument");
    });
  });
});

describe("derived ranges", () => {
  // getCell: "The cell can be outside the bounds of its parent range, so long as it stays within the worksheet grid.
  // The returned cell is located relative to the top left cell of the range."
  it("getCell is relative to the top-left cell and may leave the range", async () => {
    const result = await shapes((range) => [range("B2:C3").getCell(0, 0), range("B2:C3").getCell(5, 4)]);
    expect(result.map((shape) => shape.cells)).toEqual(["B2", "F7"]);
  });

  // getRow / getColumn: "Gets a row [column] contained in the range", zero-indexed.
  it("getRow and getColumn give one row or column of the range", async () => {
    const result = await shapes((range) => [range("B2:D4").getRow(1), range("B2:D4").getColumn(2)]);
    expect(result.map((shape) => shape.cells)).toEqual(["B3:D3", "D2:D4"]);
  });

  // getResizedRange: "with its bottom-right corner expanded (or contracted) by some number of rows and columns".
  it("getResizedRange keeps the top-left cell", async () => {
    const result = await shapes((range) => [range("B2:C3").getResizedRange(2, -1), range("A1:A1").getCell(4, 0).getResizedRange(9, 46)]);
    expect(result.map((shape) => shape.cells)).toEqual(["B2:B5", "A5:AU14"]);
    const excel = freshExcel();
    await excel.run(async (context) => {
      sheetOf(context).getRange("B2:C3").getResizedRange(-2, 0).load("values");
      expect((await excelError(context.sync())).code).toBe("InvalidArgument");
    });
  });

  // "A range is limited to 5,000,000 cells for read operations" (resource limits, Excel add-ins):
  // RangeExceedsLimit, "The cell count in the range has exceeded the maximum supported number."
  it("refuses to read more than five million cells", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      sheetOf(context).getRange("A1:E1000001").load("values");
      const error = await excelError(context.sync());
      expect(error.code).toBe("RangeExceedsLimit");
    });
  });
});

describe("worksheets", () => {
  // WorksheetCollection.add(name): a taken name is ItemAlreadyExists ("The resource being created already exists.",
  // error table) and names follow Excel's rules (at most 31 characters, none of : \ / ? * [ ]).
  it("adds sheets with Excel's naming rules", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      const added = context.workbook.worksheets.add("Sheet2").load("name");
      await context.sync();
      expect(added.name).toBe("Sheet2");
      context.workbook.worksheets.add("sheet1");
      expect((await excelError(context.sync())).code).toBe("ItemAlreadyExists");
      context.workbook.worksheets.add("Q1/Q2");
      expect((await excelError(context.sync())).code).toBe("InvalidArgument");
      context.workbook.worksheets.add("x".repeat(32));
      expect((await excelError(context.sync())).code).toBe("InvalidArgument");
    });
    expect(excel.workbook.sheetNames()).toEqual(["Sheet1", "Sheet2"]);
  });

  // A sheet added and used in the same batch: the commands run in order, so the later ones find it.
  it("lets later commands of the same request use a sheet added earlier in it", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Lists");
      sheet.getRange("A1:A2").values = [["Draft"], ["Active"]];
      sheetOf(context, "lists").getRange("A3").values = [["Paused"]];
      await context.sync();
    });
    expect(excel.workbook.sheet("Lists").values("A1:A3")).toEqual([["Draft"], ["Active"], ["Paused"]]);
  });

  // Worksheet.freezePanes.freezeRows(count): "Optional number of rows to freeze, or zero to unfreeze all rows".
  it("freezes rows", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      sheetOf(context).freezePanes.freezeRows(1);
      await context.sync();
      expect(excel.workbook.sheet("Sheet1").frozenRows()).toBe(1);
      sheetOf(context).freezePanes.freezeRows(0);
      await context.sync();
    });
    expect(excel.workbook.sheet("Sheet1").frozenRows()).toBe(0);
  });
});
