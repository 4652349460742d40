import type { RangeLike } from "../../src/workbook/excel-api";
import { WorksheetProxy } from "../../src/memory-excel/proxy-worksheet";
import { concrete, excelError, freshExcel } from "./support";

// Excel.Range geometry: https://learn.microsoft.com/javascript/api/excel/excel.range

/** Loads address and position of ranges made from Sheet1 (or `sheetName`) and returns them. */
async function shapes(make: (range: (address?: string) => RangeLike) => RangeLike[], sheetName = "Sheet1") {
  const excel = freshExcel({ sheets: [sheetName] });
  return excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const ranges = make((address) => sheet.getRange(address)).map((range) =>
      range.load("address, rowIndex, columnIndex, rowCount, columnCount"),
    );
    await context.sync();
    return ranges.map((range) => ({
      address: range.address,
      at: [range.rowIndex, range.columnIndex],
      size: [range.rowCount, range.columnCount],
    }));
  });
}

describe("addresses", () => {
  // Range.address: "the range reference in A1-style ... contain[s] the sheet reference (e.g., "Sheet1!A1:B4")";
  // a sheet name with a space is quoted, as Excel writes it in references.
  it("formats addresses with the sheet name, quoted when it needs quotes", async () => {
    const [wide] = await shapes((range) => [range("A1:AU1")], "Value Contracts");
    expect(wide).toEqual({ address: "'Value Contracts'!A1:AU1", at: [0, 0], size: [1, 47] });
    const plain = await shapes((range) => [range("B2"), range("$C$3:$D$4"), range("2:3"), range("B:C")]);
    expect(plain.map((shape) => shape.address)).toEqual(["Sheet1!B2", "Sheet1!C3:D4", "Sheet1!2:3", "Sheet1!B:C"]);
    expect(plain[2]).toMatchObject({ at: [1, 0], size: [2, 16_384] });
  });

  // Worksheet.getRange(address): "The address or the name of the range"; an address on another sheet, or one that
  // is not an address, is refused.
  it("accepts the sheet's own name in an address and refuses another sheet or a bad address", async () => {
    const excel = freshExcel({ sheets: ["Value Contracts", "Other"] });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Value Contracts");
      const own = sheet.getRange("'Value Contracts'!B2").load("address");
      await context.sync();
      expect(own.address).toBe("'Value Contracts'!B2");
      sheet.getRange("Other!A1").load("address");
      expect((await excelError(context.sync())).code).toBe("InvalidArgument");
      sheet.getRange("A0").load("address");
      expect((await excelError(context.sync())).code).toBe("InvalidArgument");
    });
  });
});

describe("derived ranges", () => {
  // getCell: "The cell can be outside the bounds of its parent range, so long as it stays within the worksheet grid.
  // The returned cell is located relative to the top left cell of the range."
  it("getCell is relative to the top-left cell and may leave the range", async () => {
    const result = await shapes((range) => [range("B2:C3").getCell(0, 0), range("B2:C3").getCell(5, 4)]);
    expect(result.map((shape) => shape.address)).toEqual(["Sheet1!B2", "Sheet1!F7"]);
  });

  // getRow / getColumn: "Gets a row [column] contained in the range", zero-indexed.
  it("getRow and getColumn give one row or column of the range", async () => {
    const result = await shapes((range) => [range("B2:D4").getRow(1), range("B2:D4").getColumn(2)]);
    expect(result.map((shape) => shape.address)).toEqual(["Sheet1!B3:D3", "Sheet1!D2:D4"]);
  });

  // getOffsetRange: "The dimension of the returned range will match this range. If the resulting range is forced
  // outside the bounds of the worksheet grid, an error will be thrown."
  it("getOffsetRange keeps the size and fails outside the grid", async () => {
    const [moved] = await shapes((range) => [range("B2:C3").getOffsetRange(2, -1)]);
    expect(moved?.address).toBe("Sheet1!A4:B5");
    const excel = freshExcel();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").getOffsetRange(-1, 0).load("address");
      expect((await excelError(context.sync())).code).toBe("InvalidArgument");
    });
  });

  // getResizedRange: "with its bottom-right corner expanded (or contracted) by some number of rows and columns";
  // getAbsoluteResizedRange: "the same top-left cell ... but with the specified numbers of rows and columns".
  it("getResizedRange and getAbsoluteResizedRange keep the top-left cell", async () => {
    const result = await shapes((range) => [
      range("B2:C3").getResizedRange(2, -1),
      range("B2").getAbsoluteResizedRange(3, 47),
      range("A1:A1").getCell(4, 0).getResizedRange(9, 46),
    ]);
    expect(result.map((shape) => shape.address)).toEqual(["Sheet1!B2:B5", "Sheet1!B2:AV4", "Sheet1!A5:AU14"]);
    const excel = freshExcel();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B2:C3").getResizedRange(-2, 0).load("address");
      expect((await excelError(context.sync())).code).toBe("InvalidArgument");
    });
  });

  // "A range is limited to 5,000,000 cells for read operations" (resource limits, Excel add-ins):
  // RangeExceedsLimit, "The cell count in the range has exceeded the maximum supported number."
  it("refuses to read more than five million cells", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange().load("values");
      const error = await excelError(context.sync());
      expect(error.code).toBe("RangeExceedsLimit");
      const all = context.workbook.worksheets.getItem("Sheet1").getRange().load("address");
      await context.sync();
      expect(all.address).toBe("Sheet1!1:1048576");
    });
  });
});

describe("worksheets", () => {
  // WorksheetCollection.add(name?): a new sheet gets the next free "Sheet<n>"; a taken name is ItemAlreadyExists
  // ("The resource being created already exists.", error table) and names follow Excel's rules (at most 31
  // characters, none of : \ / ? * [ ]).
  it("adds sheets with Excel's naming rules", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      const added = context.workbook.worksheets.add().load("name, position");
      await context.sync();
      expect([added.name, concrete(added, WorksheetProxy).position]).toEqual(["Sheet2", 1]);
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
      context.workbook.worksheets.getItem("lists").getRange("A3").values = [["Paused"]];
      await context.sync();
    });
    expect(excel.workbook.sheet("Lists").values("A1:A3")).toEqual([["Draft"], ["Active"], ["Paused"]]);
  });

  // Worksheet.freezePanes.freezeRows(count?): "Optional number of rows to freeze, or zero to unfreeze all rows";
  // without a count one row is frozen.
  it("freezes rows", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").freezePanes.freezeRows();
      await context.sync();
      expect(excel.workbook.sheet("Sheet1").frozenRows()).toBe(1);
      context.workbook.worksheets.getItem("Sheet1").freezePanes.freezeRows(0);
      await context.sync();
    });
    expect(excel.workbook.sheet("Sheet1").frozenRows()).toBe(0);
  });
});
