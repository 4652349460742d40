import { excelError, freshExcel, seedTable, sheetOf, tableOf } from "./support";

// Data validation: https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation
// Range format: https://learn.microsoft.com/javascript/api/excel/excel.rangeformat

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
});
