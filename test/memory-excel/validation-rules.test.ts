import { ValidationStopError, type MemoryExcel } from "../../src/memory-excel";
import type { DataValidationLike } from "../../src/workbook/excel-api";
import { excelError, freshExcel, seedTable, sheetOf, tableOf } from "./support";

// "Add data validation to Excel ranges" (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-data-validation):
// rules (wholeNumber, decimal, date, list, ...), errorAlert, prompt, and "data validation is triggered only if the
// user directly enters a value into a cell": not by the API, nor by a paste. The reference:
// https://learn.microsoft.com/javascript/api/excel/excel.datavalidation (errorAlert.showAlert "The default is true",
// DataValidationAlertStyle "The default is Stop", ignoreBlanks "Default is true").

const COST_ALERT = { message: "A cost is an amount of money spent: enter 0 or more.", showAlert: true, style: "Stop", title: "Cost" } as const;

/** A table Costs (Item, Cost, Start) whose Cost cells take decimals >= 0 with a Stop alert, set through the API. */
async function costs(alert: DataValidationLike["errorAlert"] = COST_ALERT): Promise<MemoryExcel> {
  const excel = freshExcel();
  seedTable(excel, "Costs", ["Item", "Cost", "Start"], [["Licence", 120_000, "2026-01-31"], ["Hosting", 60_000, "2026-02-28"]]);
  await excel.run(async (context) => {
    const cost = tableOf(context, "Costs").getDataBodyRange().getColumn(1);
    cost.dataValidation.rule = { decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
    cost.dataValidation.errorAlert = alert;
    cost.dataValidation.prompt = { message: "Whole currency units", showPrompt: true, title: "Cost" };
    await context.sync();
  });
  return excel;
}

/** The ValidationStopError a typing call raises. */
function stopOf(type: () => void): ValidationStopError {
  try {
    type();
  } catch (error) {
    if (error instanceof ValidationStopError) return error;
    throw error;
  }
  throw new Error("expected Excel to stop the entry");
}

describe("typing into a validated cell", () => {
  // The headline case: a cost typed as -180,000 is stopped with the column's own title and message, and the cell
  // keeps what it had; 180,000 goes in.
  it("stops a negative cost with the column's message", async () => {
    const excel = await costs();
    const table = excel.workbook.table("Costs");
    const stop = stopOf(() => table.setCellDirect(1, "Cost", "-180,000"));
    expect(stop.alert).toEqual({ title: "Cost", message: COST_ALERT.message });
    expect(stop.address).toBe("Sheet1!B3");
    expect(table.row(1)["Cost"]).toBe(60_000);
    table.setCellDirect(1, "Cost", "180,000");
    expect(table.row(1)["Cost"]).toBe(180_000);
  });

  // Writes through the API and pastes are not checked: the same -180,000 goes in.
  it("does not check API writes or pastes", async () => {
    const excel = await costs();
    await excel.run(async (context) => {
      tableOf(context, "Costs").getDataBodyRange().getCell(0, 1).values = [[-180_000]];
      await context.sync();
    });
    excel.workbook.table("Costs").pasteCellDirect(1, "Cost", -5);
    expect(excel.workbook.sheet("Sheet1").values("B2:B3")).toEqual([[-180_000], [-5]]);
  });

  // "showAlert: Specifies whether to show an error alert dialog when a user enters invalid data": without it, or with
  // a Warning or Information alert (the user may go on; the fake answers Yes / OK), the entry is taken.
  it("takes the entry when the alert is hidden or only warns", async () => {
    for (const alert of [{ ...COST_ALERT, showAlert: false }, { ...COST_ALERT, style: "Warning" as const }, { ...COST_ALERT, style: "Information" as const }]) {
      const excel = await costs(alert);
      excel.workbook.table("Costs").setCellDirect(0, "Cost", -1);
      expect(excel.workbook.table("Costs").row(0)["Cost"]).toBe(-1);
    }
  });

  // A rule set without an errorAlert still stops bad entries with Excel's own dialog ("The default is true", "The
  // default is Stop"); text is not a decimal.
  it("uses Excel's default Stop alert", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      sheetOf(context).getRange("A1:A3").dataValidation.rule = { wholeNumber: { formula1: 1, formula2: 10, operator: "Between" } };
      await context.sync();
    });
    const sheet = excel.workbook.sheet("Sheet1");
    sheet.setCellDirect("A1", "5");
    expect(stopOf(() => sheet.setCellDirect("A2", "5.5")).alert).toEqual({
      title: "Microsoft Excel",
      message: "This value doesn't match the data validation restrictions defined for this cell.",
    });
    expect(() => sheet.setCellDirect("A2", "11")).toThrow(ValidationStopError);
    expect(() => sheet.setCellDirect("A2", "ten")).toThrow(ValidationStopError);
    expect(sheet.values("A1:A2")).toEqual([[5], [""]]);
  });

  // Date rules compare serials: typed dates are dates, so "2019-12-31" is before the bound and "2026-01-31" after.
  it("checks date rules against typed dates", async () => {
    const excel = await costs();
    await excel.run(async (context) => {
      tableOf(context, "Costs").getDataBodyRange().getColumn(2).dataValidation.rule = { date: { formula1: "2020-01-01", operator: "GreaterThan" } };
      await context.sync();
    });
    const table = excel.workbook.table("Costs");
    expect(() => table.setCellDirect(0, "Start", "2019-12-31")).toThrow(ValidationStopError);
    table.setCellDirect(0, "Start", "2026-03-31");
    expect(excel.workbook.sheet("Sheet1").text("C2")).toEqual([["2026-03-31"]]);
    expect(excel.workbook.sheet("Sheet1").dataValidation("C2")?.rule).toEqual({ date: { formula1: "=43831", operator: "GreaterThan" } });
  });

  // A bound may be a cell ("=Limits!$B$1"); "Ignore blank": while the bound is blank, any entry passes.
  it("reads a bound from a cell and ignores it while blank", async () => {
    const excel = freshExcel({ sheets: ["Sheet1", "Limits"] });
    await excel.run(async (context) => {
      sheetOf(context).getRange("A1").dataValidation.rule = { decimal: { formula1: "=Limits!$B$1", operator: "LessThanOrEqualTo" } };
      await context.sync();
    });
    const sheet = excel.workbook.sheet("Sheet1");
    sheet.setCellDirect("A1", 150);
    excel.workbook.sheet("Limits").setCellDirect("B1", 100);
    expect(() => sheet.setCellDirect("A1", 150)).toThrow(ValidationStopError);
    sheet.setCellDirect("A1", 100);
    expect(sheet.cell("A1").value).toBe(100);
  });

  // "ignoreBlanks: Specifies if data validation will be performed on blank cells. Default is true."
  it("lets a blank entry through unless ignoreBlanks is false", async () => {
    const excel = await costs();
    excel.workbook.table("Costs").setCellDirect(0, "Cost", "");
    await excel.run(async (context) => {
      tableOf(context, "Costs").getDataBodyRange().getColumn(1).dataValidation.ignoreBlanks = false;
      await context.sync();
    });
    expect(() => excel.workbook.table("Costs").setCellDirect(1, "Cost", "")).toThrow(ValidationStopError);
  });

  // A list rule takes only its items (Excel compares without case); a range source reads the cells.
  it("checks list rules when typing", async () => {
    const excel = freshExcel({ sheets: ["Sheet1", "Lists"] });
    excel.workbook.sheet("Lists").setValuesDirect("A1:A3", [["Draft"], ["Active"], ["Paused"]]);
    await excel.run(async (context) => {
      sheetOf(context).getRange("A1").dataValidation.rule = { list: { inCellDropDown: true, source: "Yes,No" } };
      sheetOf(context).getRange("B1").dataValidation.rule = { list: { inCellDropDown: true, source: "=Lists!$A$1:$A$3" } };
      await context.sync();
    });
    const sheet = excel.workbook.sheet("Sheet1");
    expect(() => sheet.setCellDirect("A1", "Maybe")).toThrow(ValidationStopError);
    sheet.setCellDirect("A1", "yes");
    expect(() => sheet.setCellDirect("B1", "Actve")).toThrow(ValidationStopError);
    sheet.setCellDirect("B1", "Active");
    expect(sheet.values("A1:B1")).toEqual([["yes", "Active"]]);
  });
});

describe("setting rules, alerts and prompts", () => {
  // Each part reads back as assigned; inspection shows bounds as Excel reads them back, string formulas ("=0").
  it("stores each part per cell and reads it back as assigned", async () => {
    const excel = await costs();
    await excel.run(async (context) => {
      const cell = tableOf(context, "Costs").getDataBodyRange().getCell(0, 1);
      cell.dataValidation.ignoreBlanks = true;
      expect(cell.dataValidation.ignoreBlanks).toBe(true);
      expect(() => cell.dataValidation.prompt).toThrow(/is not available/);
      await context.sync();
    });
    expect(excel.workbook.sheet("Sheet1").dataValidation("B3")).toEqual({
      rule: { decimal: { formula1: "=0", operator: "GreaterThanOrEqualTo" } },
      errorAlert: COST_ALERT,
      prompt: { message: "Whole currency units", showPrompt: true, title: "Cost" },
      ignoreBlanks: true,
    });
    expect(excel.workbook.sheet("Sheet1").dataValidation("A3")).toBeNull();
    expect(excel.workbook.sheet("Sheet1").cell("B3").validation).toBeNull();
  });

  // A rule has one criterion; Between needs formula2; the fake takes bounds as numbers, ISO dates or one cell's
  // reference (Excel also takes any formula, which the fake refuses rather than misjudge).
  it("refuses malformed rules", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      const cell = sheetOf(context).getRange("A1");
      cell.dataValidation.rule = { decimal: { formula1: 0, operator: "Between" } };
      expect((await excelError(context.sync())).code).toBe("InvalidArgument");
      cell.dataValidation.rule = { decimal: { formula1: 0, operator: "GreaterThan" }, wholeNumber: { formula1: 0, operator: "GreaterThan" } };
      expect((await excelError(context.sync())).code).toBe("InvalidArgument");
      cell.dataValidation.rule = { decimal: { formula1: "=MIN(B1,C1)", operator: "GreaterThan" } };
      expect((await excelError(context.sync())).debugInfo.detail).toContain("bound");
    });
  });
});
