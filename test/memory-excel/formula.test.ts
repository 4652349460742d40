import { createMemoryExcel, UNCALCULATED } from "../../src/memory-excel";
import type { CellValue } from "../../src/workbook/excel-api";
import { freshExcel, seedTable, sheetOf } from "./support";

// With the tests' calculator (test/support/formula-eval.ts, which freshExcel plugs in), a small part of Excel's
// formula language is computed, so Range.values of a formula cell is a value.
// Operators and precedence: "Calculation operators and precedence in Excel"
// (https://support.microsoft.com/office/48be406d-4975-4d31-b2b8-7af9e0e2878a). Structured references: "Using
// structured references with Excel tables" (https://support.microsoft.com/office/f5ed2452-2337-4f71-bed3-c8ae6d2b276e).

function valueOf(formula: string, setUp: Record<string, CellValue> = {}): CellValue {
  const excel = freshExcel();
  const sheet = excel.workbook.sheet("Sheet1");
  for (const [address, value] of Object.entries(setUp)) sheet.setCellDirect(address, value);
  sheet.setCellDirect("Z99", formula);
  return sheet.cell("Z99").value;
}

describe("operators", () => {
  it("follows Excel's precedence: negation, %, ^, * /, + -, &, comparison", () => {
    expect(valueOf("=-2^2")).toBe(4);
    expect(valueOf("=2+3*4")).toBe(14);
    expect(valueOf("=(2+3)*4")).toBe(20);
    expect(valueOf("=2^3^2")).toBe(64);
    expect(valueOf("=50%")).toBe(0.5);
    expect(valueOf('=1+2&"x"')).toBe("3x");
    expect(valueOf("=1+2=3")).toBe(true);
  });

  // Text that reads as a number takes part in arithmetic; other text is #VALUE!; text compares without case, and a
  // number sorts before text, text before a boolean.
  it("coerces and compares like Excel", () => {
    expect(valueOf('="3"+1')).toBe(4);
    expect(valueOf("=TRUE+1")).toBe(2);
    expect(valueOf('="x"*2')).toBe("#VALUE!");
    expect(valueOf('="abc"="ABC"')).toBe(true);
    expect(valueOf('=9<"a"')).toBe(true);
    expect(valueOf('="z"<TRUE')).toBe(true);
    expect(valueOf("=A1=0", {})).toBe(true);
    expect(valueOf('=A1=""', {})).toBe(true);
    expect(valueOf('=A1&"!"', { A1: 2.5 })).toBe("2.5!");
  });
});

describe("functions", () => {
  // IF: "=IF(C2="Yes",1,2)"; without value_if_false a false test returns FALSE
  // (https://support.microsoft.com/office/69aed7c9-4e8a-4755-a9bc-aa8bbff73be2).
  it("IF returns the branch the test picks", () => {
    expect(valueOf('=IF(A1="Yes",1,2)', { A1: "yes" })).toBe(1);
    expect(valueOf('=IF(A1="Yes",1,2)', { A1: "No" })).toBe(2);
    expect(valueOf("=IF(A1>5,1)", { A1: 3 })).toBe(false);
    expect(valueOf('=IF(A1="","",1/0)')).toBe("");
  });

  // AND / OR / NOT: "=OR(A2>1,A2<100)" and friends (https://support.microsoft.com/office/7d17ad14-8700-4281-b308-00b131e22af0).
  it("AND, OR and NOT combine logical values", () => {
    expect(valueOf("=OR(A1>1,A1<100)", { A1: 50 })).toBe(true);
    expect(valueOf("=AND(A1>1,A1<10)", { A1: 50 })).toBe(false);
    expect(valueOf('=OR(A1="",B1="")', { A1: "x" })).toBe(true);
    expect(valueOf("=NOT(A1)", { A1: 0 })).toBe(true);
  });

  // SWITCH: the result of the first value equal to the expression, else the default, else #N/A
  // (https://support.microsoft.com/office/47ab33c0-28ce-4530-8a45-d532ec4aa25e).
  it("SWITCH picks the first matching value", () => {
    expect(valueOf('=SWITCH(A1,"Weekly",7,"Monthly",30,0)', { A1: "monthly" })).toBe(30);
    expect(valueOf('=SWITCH(A1,"Weekly",7,"Monthly",30,0)', { A1: "Yearly" })).toBe(0);
    expect(valueOf('=SWITCH(A1,"Weekly",7)', { A1: "Yearly" })).toBe("#N/A");
  });

  // SUM: "If an argument is an array or reference, only numbers in that array or reference are counted. Empty cells,
  // logical values, or text in the array or reference are ignored" (a reference to one cell too); numbers, logical
  // values and text representations of numbers typed directly as arguments are counted; an error is the result
  // (https://support.microsoft.com/office/043e1c7d-7726-4e80-8f32-07b23e057f89).
  it("SUM ignores text and logical values in references but counts them typed as arguments", () => {
    expect(valueOf("=SUM(A1)", { A1: "'5" })).toBe(0);
    expect(valueOf("=SUM(A1)", { A1: true })).toBe(0);
    expect(valueOf("=SUM(A1:A3)", { A1: 1, A2: "'2", A3: true })).toBe(1);
    expect(valueOf('=SUM("5",TRUE,1)')).toBe(7);
    expect(valueOf('=SUM("five")')).toBe("#VALUE!");
    expect(valueOf("=SUM(A1,2)", { A1: "=1/0" })).toBe("#DIV/0!");
    expect(valueOf("=A1+1", { A1: "'5" })).toBe(6);
  });

  // EDATE: "=EDATE(A2,1)" with A2 = 15-Jan-2011 gives 15-Feb-2011 (serial 40589); a day past the end of the target
  // month gives its last day (https://support.microsoft.com/office/3c920eb2-6e66-44e7-a1f5-753ae47ee4f5).
  it("EDATE adds months to a date serial", () => {
    expect(valueOf("=EDATE(A1,1)", { A1: "2011-01-15" })).toBe(40589);
    expect(valueOf("=EDATE(A1,-1)", { A1: "2011-01-15" })).toBe(40527);
    expect(valueOf("=EDATE(A1,1)", { A1: "2025-01-31" })).toBe(45716);
    expect(valueOf("=EDATE(A1,1)", { A1: "2024-01-31" })).toBe(45351);
    expect(valueOf("=EDATE(A1,12)", { A1: "2024-02-29" })).toBe(45716);
  });
});

describe("references", () => {
  it("reads cells and ranges, on this or another sheet", () => {
    const excel = freshExcel({ sheets: ["Sheet1", "Other data"] });
    excel.workbook.sheet("Other data").setValuesDirect("A1:A3", [[1], ["text"], [3]]);
    const sheet = excel.workbook.sheet("Sheet1");
    sheet.setValuesDirect("A1:C1", [["='Other data'!A1*10", "=SUM('Other data'!A1:A3, 5)", '=SUM(A1,"2")']]);
    expect(sheet.values("A1:C1")).toEqual([[10, 9, 12]]);
    sheet.setCellDirect("D1", "=Missing!A1");
    expect(sheet.cell("D1").value).toBe("#REF!");
  });

  it("reads structured references inside a table", () => {
    const excel = freshExcel();
    seedTable(excel, "Costs", ["Data cost", "Other", "Total", "Share"], [
      [10, 5, "=[@[Data cost]]+[@Other]", "=[@Total]/SUM(Costs[Total])"],
      [20, 15, "=Costs[[#This Row],[Data cost]]+[@Other]", "=[@Total]/SUM(Costs[Total])"],
    ]);
    expect(excel.workbook.table("Costs").body()).toEqual([
      [10, 5, 15, 0.3],
      [20, 15, 35, 0.7],
    ]);
    excel.workbook.sheet("Sheet1").setCellDirect("F1", "=[@Total]");
    expect(excel.workbook.sheet("Sheet1").cell("F1").value).toBe("#REF!");
  });

  // A circular reference reads 0 (Excel's display after its warning); a cell that only uses it computes from that 0.
  it("reads 0 for cells on a circular reference", () => {
    const excel = freshExcel();
    const sheet = excel.workbook.sheet("Sheet1");
    sheet.setValuesDirect("A1:C1", [["=B1+1", "=A1+1", "=A1+5"]]);
    expect(sheet.values("C1:C1")).toEqual([[5]]);
    expect(sheet.values("A1:B1")).toEqual([[0, 0]]);
  });
});

describe("without a calculator", () => {
  // The preview runs without one: the store never decodes a calculated column. A formula cell then reads "#NAME?",
  // Excel's error for a formula it cannot evaluate, through the API and by inspection; never the formula's text.
  it("reads #NAME? for every formula cell and keeps the formula", async () => {
    const excel = createMemoryExcel();
    excel.workbook.sheet("Sheet1").setValuesDirect("A1:C1", [[1, "=A1+1", "'=A1+1"]]);
    const values = await excel.run(async (context) => {
      const range = sheetOf(context).getRange("A1:C1").load("values");
      await context.sync();
      return range.values;
    });
    expect(UNCALCULATED).toBe("#NAME?");
    expect(values).toEqual([[1, "#NAME?", "=A1+1"]]);
    expect(excel.workbook.sheet("Sheet1").cell("B1")).toMatchObject({ value: "#NAME?", formula: "=A1+1", isFormula: true });
  });
});
