import { excelError, freshExcel, seedTable, sheetOf, tableOf, thrownError } from "./support";

// Data validation: https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation
// Range format: https://learn.microsoft.com/javascript/api/excel/excel.rangeformat
// Range font: https://learn.microsoft.com/javascript/api/excel/excel.rangefont

describe("list validation", () => {
  // "The source property specifies the list of valid values. The string argument refers to a range containing the
  // names. You can also assign a comma-delimited list such as "Sue, Ricky, Liz"."
  // The rule reads back as assigned (office.js keeps an assigned property on the proxy; the store never loads it).
  it("sets a list rule on a range and reads it back", async () => {
    const excel = freshExcel();
    seedTable(excel, "Contracts", ["ID", "Status"], [["C-1", "Draft"], ["C-2", "Active"]]);
    await excel.run(async (context) => {
      const status = tableOf(context, "Contracts").getDataBodyRange().getColumn(1);
      status.dataValidation.rule = { list: { inCellDropDown: true, source: "Draft,Active,Paused" } };
      await context.sync();
      expect(status.dataValidation.rule).toEqual({ list: { inCellDropDown: true, source: "Draft,Active,Paused" } });
    });
    expect(excel.workbook.sheet("Sheet1").cell("B3").validation).toEqual({ inCellDropDown: true, source: "Draft,Active,Paused" });
    expect(excel.workbook.sheet("Sheet1").cell("A3").validation).toBeNull();
  });

  // The source may be a range reference ("=Names!$A$1:$A$3", as set-up writes it); one naming a missing sheet is refused.
  it("takes a range source as a reference string", async () => {
    const excel = freshExcel({ sheets: ["Sheet1", "Lists"] });
    await excel.run(async (context) => {
      const sheet = sheetOf(context);
      sheet.getRange("A1:A3").dataValidation.rule = { list: { inCellDropDown: true, source: "=Lists!$A$2:$A$7" } };
      await context.sync();
      sheet.getRange("C1").dataValidation.rule = { list: { inCellDropDown: true, source: "=Missing!$A$1:$A$3" } };
      expect((await excelError(context.sync())).code).toBe("InvalidArgument");
    });
    expect(excel.workbook.sheet("Sheet1").cell("A2").validation?.source).toBe("=Lists!$A$2:$A$7");
  });

  // A typed list is at most 255 characters (Excel's limit on a list validation's source string, cited by XlsxWriter's
  // and excelize's documentation); longer lists must come from cells. The error Excel's API gives is not documented:
  // the fake uses InvalidArgument.
  it("refuses a typed list longer than 255 characters", async () => {
    const excel = freshExcel();
    const items = (count: number): string => Array.from({ length: count }, (_, i) => `Item number ${String(i).padStart(3, "0")}`).join(",");
    expect(items(16)).toHaveLength(255);
    await excel.run(async (context) => {
      const range = sheetOf(context).getRange("A1:A5");
      range.dataValidation.rule = { list: { inCellDropDown: true, source: items(16) } };
      await context.sync();
      range.dataValidation.rule = { list: { inCellDropDown: true, source: items(17) } };
      const error = await excelError(context.sync());
      expect(error.code).toBe("InvalidArgument");
      expect(error.debugInfo.detail).toContain("255");
    });
  });

  // "data validation is triggered only if the user directly enters a value into a cell": writes from the API are not
  // checked against the rule.
  it("does not check values written through the API", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      const cell = sheetOf(context).getRange("A1");
      cell.dataValidation.rule = { list: { inCellDropDown: true, source: "Yes,No" } };
      cell.values = [["Maybe"]];
      await context.sync();
    });
    expect(excel.workbook.sheet("Sheet1").cell("A1").value).toBe("Maybe");
  });
});

describe("format", () => {
  // RangeFormat.autofitColumns(): "Changes the width of the columns of the current range to achieve the best fit"
  // (recorded, the fake has no widths).
  it("records autofit calls", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      sheetOf(context).getRange("A1:C1").format.autofitColumns();
      await context.sync();
    });
    expect(excel.workbook.sheet("Sheet1").autofitCalls()).toEqual(["Sheet1!A1:C1"]);
  });

  // RangeFormat.columnWidth: "Specifies the width of all columns within the range" (points; ExcelApi 1.2). Set on one
  // cell it sets that cell's whole column; the store never reads it back, so it reads as assigned.
  it("sets the width of every column a range spans, in points", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      const sheet = sheetOf(context);
      const first = sheet.getRange("A1");
      expect(thrownError(() => first.format.columnWidth).code).toBe("PropertyNotLoaded");
      first.format.columnWidth = 182.25;
      sheet.getRange("B3:D3").format.columnWidth = 87.75;
      sheet.getRange("D9").format.columnWidth = 60;
      await context.sync();
      expect(first.format.columnWidth).toBe(182.25);
    });
    const sheet = excel.workbook.sheet("Sheet1");
    expect(["A", "B", "C", "D", "E"].map((column) => sheet.columnWidth(column))).toEqual([182.25, 87.75, 87.75, 60, null]);
  });

  it("refuses a width that is not a number of points", async () => {
    const excel = freshExcel();
    const error = await excelError(
      excel.run(async (context) => {
        sheetOf(context).getRange("A1").format.columnWidth = -1;
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
    expect(excel.workbook.sheet("Sheet1").columnWidth("A")).toBeNull();
  });

  // The fake measures no text: autofit is recorded and sets no width (set-up's behaviour is unchanged).
  it("leaves an autofitted column's width unset", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      sheetOf(context).getRange("A1:B1").format.autofitColumns();
      await context.sync();
    });
    expect(excel.workbook.sheet("Sheet1").columnWidth("A")).toBeNull();
  });

  // RangeFont.bold: "Represents the bold status of the font" (ExcelApi 1.1). Bold is a cell's format: writing values
  // keeps it, and rows a table adds take it from the row above as they take its number format.
  it("makes cells bold, and keeps them bold when their values change", async () => {
    const excel = freshExcel();
    seedTable(excel, "Totals", ["Name", "Amount"], [["A", 1]]);
    await excel.run(async (context) => {
      const sheet = sheetOf(context);
      const header = sheet.getRange("A1:B2");
      expect(thrownError(() => header.format.font.bold).code).toBe("PropertyNotLoaded");
      header.format.font.bold = true;
      sheet.getRange("A1").format.font.bold = false;
      await context.sync();
      expect(header.format.font.bold).toBe(true);
      sheet.getRange("B2").values = [[42]];
      tableOf(context, "Totals").rows.add(undefined, [["B", 2]]);
      await context.sync();
    });
    const sheet = excel.workbook.sheet("Sheet1");
    expect(["A1", "B1", "A2", "B2", "A3", "B3", "C1"].map((address) => sheet.cell(address).bold)).toEqual([false, true, true, true, true, true, false]);
    expect(sheet.cell("B2").value).toBe(42);
  });
});
