// writeXlsx checked by an independent reader (exceljs) and by reading the parts themselves; then read back with
// readXlsx into the in-memory Excel, where the add-in's store must find the same contracts, valid.
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { ACCOUNTING_FORMAT, DATE_FORMAT } from "../../src/domain/field-model";
import { createMemoryExcel } from "../../src/memory-excel";
import { createContractStore } from "../../src/workbook/excel-contract-store";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { writeXlsx } from "../../src/xlsx/write-xlsx";
import { fullContract, NOW, valueOf } from "../workbook/fixtures";

async function sampleWorkbook(dateSystem: 1900 | 1904 = 1900) {
  const excel = createMemoryExcel({ payloadLimitBytes: Infinity, dateSystem });
  const store = createContractStore(excel.run, () => NOW);
  valueOf(await store.insertSampleContracts("2026-06-15"));
  // Text a user typed that looks like a formula stays text.
  valueOf(await store.createContract({ ...fullContract(""), title: "=SUM(A1:A9)" }));
  return { excel, store };
}

async function exceljsOf(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.slice().buffer);
  return book;
}

const partText = (bytes: Uint8Array, name: string): string => new TextDecoder().decode(unzipSync(bytes, { filter: (file) => file.name === name })[name]);

describe("writeXlsx, read by exceljs", () => {
  test("tables keep their names, ranges and headers; calculated cells are formulas in file syntax", async () => {
    const { excel } = await sampleWorkbook();
    const book = await exceljsOf(writeXlsx(excel.model));
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(["Sheet1", "AIVM Lists", "Value Contracts", "Value Reviews", "Value Ledger", "Value Ranges", "Loss Exposure"]);
    const contracts = book.getWorksheet("Value Contracts");
    const table = contracts?.getTable("ValueContracts");
    // 8 samples and one contract typed by hand under the header: A1 to AY10 (51 columns).
    expect(table).toBeDefined();
    expect(JSON.stringify(table)).toContain('"tableRef":"A1:AY10"');
    expect(contracts?.getCell("A1").value).toBe("Contract ID");
    expect(contracts?.getCell("AY1").value).toBe("Updated");
    // Lifecycle cost (column AF) is the sum of the eight lifecycle cost columns of this row.
    expect(contracts?.getCell("AF2").formula).toBe(
      "SUM(ValueContracts[[#This Row],[Technology cost]],ValueContracts[[#This Row],[Data cost]],ValueContracts[[#This Row],[Integration cost]]," +
        "ValueContracts[[#This Row],[Change cost]],ValueContracts[[#This Row],[Governance cost]],ValueContracts[[#This Row],[Workforce transition cost]]," +
        "ValueContracts[[#This Row],[Quality control cost]],ValueContracts[[#This Row],[Operating cost]])",
    );
    expect(contracts?.getCell("AF9").formula).toBe(contracts?.getCell("AF2").formula);
    // The title typed as "=SUM(A1:A9)" is text, not a formula.
    expect(contracts?.getCell("B10").value).toBe("=SUM(A1:A9)");
    expect(contracts?.getCell("B10").type).toBe(ExcelJS.ValueType.String);
  });

  test("number formats, data validation with prompts and alerts, the frozen header", async () => {
    const { excel } = await sampleWorkbook();
    const book = await exceljsOf(writeXlsx(excel.model));
    const contracts = book.getWorksheet("Value Contracts");
    expect(contracts?.getCell("U2").numFmt).toBe(ACCOUNTING_FORMAT);
    expect(contracts?.getCell("AV2").numFmt).toBe(DATE_FORMAT);
    expect(contracts?.getCell("E2").dataValidation).toEqual(
      expect.objectContaining({ type: "list", allowBlank: true, showErrorMessage: true, showInputMessage: true, formulae: ["'AIVM Lists'!$C$2:$C$7"], promptTitle: "Status", prompt: "Choose Status from the list.", errorTitle: "Status", error: "Status must be one of the values in the list." }),
    );
    expect(contracts?.getCell("U5").dataValidation).toEqual(expect.objectContaining({ type: "decimal", operator: "greaterThanOrEqual", formulae: [0] }));
    // Last review (AV): a date from the date system's first day (serial 1 is 1900-01-01); Version (AX): whole, 1 or more.
    expect(contracts?.getCell("AV3").dataValidation).toEqual(expect.objectContaining({ type: "date", operator: "greaterThanOrEqual", prompt: "A date, such as 2026-01-31.", error: "Last review must be a date." }));
    expect(contracts?.getCell("AX3").dataValidation).toEqual(expect.objectContaining({ type: "whole", operator: "greaterThanOrEqual", formulae: [1] }));
    expect(contracts?.views[0]).toEqual(expect.objectContaining({ state: "frozen", ySplit: 1 }));
    // Widths from the texts: Title ("Early warning of key-account churn", 34 characters) is wider than Status.
    expect(contracts?.getColumn(2).width).toBeGreaterThan(30);
    expect(contracts?.getColumn(5).width).toBeLessThan(20);
  });

  test("no cached values, a full calculation on load, calculated column formulas in the table part, the 1904 date system", async () => {
    const { excel } = await sampleWorkbook(1904);
    const bytes = writeXlsx(excel.model);
    const workbookXml = partText(bytes, "xl/workbook.xml");
    expect(workbookXml).toContain('<workbookPr date1904="1"/>');
    expect(workbookXml).toContain('fullCalcOnLoad="1"');
    const sheet = partText(bytes, "xl/worksheets/sheet5.xml");
    expect(sheet).toMatch(/<c r="L2" s="\d+"><f t="shared" ref="L2:L\d+" si="\d+">IF\(NOT\(ISNUMBER\(ValueLedger\[\[#This Row\],\[Actual\]\]\)\)/);
    expect(sheet).not.toMatch(/<\/f><v>/);
    const tablePart = partText(bytes, "xl/tables/table3.xml");
    expect(tablePart).toContain('name="ValueLedger"');
    expect(tablePart).toContain('<tableColumn id="11" name="Variance"><calculatedColumnFormula>IF(OR(NOT(ISNUMBER(ValueLedger[[#This Row],[Actual]]))');
    const book = await exceljsOf(bytes);
    expect(book.properties.date1904).toBe(true);
  });
});

describe("readXlsx", () => {
  test("a written workbook reads back into the in-memory Excel: the store finds the same contracts, all valid", async () => {
    for (const dateSystem of [1900, 1904] as const) {
      const { excel, store } = await sampleWorkbook(dateSystem);
      const before = valueOf(await store.listContracts());
      const back = await readXlsx(writeXlsx(excel.model));
      const again = createContractStore(back.run, () => NOW);
      const check = valueOf(await again.check());
      expect(check.problems).toEqual([]);
      expect(check.ready).toBe(true);
      const after = valueOf(await again.listContracts());
      expect(after.contracts.map((stored) => stored.contract)).toEqual(before.contracts.map((stored) => stored.contract));
      expect(back.workbook.sheet("Value Ledger").cell("K2").formula).toBe(excel.workbook.sheet("Value Ledger").cell("K2").formula);
      expect(back.workbook.sheet("Value Contracts").frozenRows()).toBe(1);
      // The title typed as "=SUM(A1:A9)" comes back as text, with its quote prefix.
      expect(back.workbook.sheet("Value Contracts").cell("B10")).toEqual(expect.objectContaining({ value: "=SUM(A1:A9)", isFormula: false, quotePrefix: true }));
    }
  });

  test.each(["auto", "exceljs"] as const)("a workbook Excel wrote (exceljs's test file test-issue-1669.xlsx), read by %s: both tables, their header rows and ranges", async (reader) => {
    const excel = await readXlsx(`${__dirname}/fixtures/excel-two-tables.xlsx`, reader);
    expect(excel.workbook.tableNames()).toEqual(["Table1", "Table2"]);
    expect(excel.workbook.table("Table1").address()).toBe("Sheet1!A1:B6");
    expect(excel.workbook.table("Table1").headers()).toEqual(["Column1", "Column2"]);
    expect(excel.workbook.table("Table1").body()).toEqual([[1, "a"], [2, "e"], [3, "i"], [4, "o"], [5, "u"]]);
    expect(excel.workbook.table("Table2").address()).toBe("Sheet2!A1:B6");
    expect(excel.workbook.table("Table2").headers()).toEqual(["DK", "Name"]);
    expect(excel.workbook.table("Table2").row(0)).toEqual({ DK: "T123456789", Name: "Test 89" });
  });

  test("read with exceljs too, a written workbook gives the store the same contracts", async () => {
    const { excel, store } = await sampleWorkbook(1904);
    const back = await readXlsx(writeXlsx(excel.model), "exceljs");
    const again = createContractStore(back.run, () => NOW);
    expect(valueOf(await again.check()).problems).toEqual([]);
    const contracts = (list: Awaited<ReturnType<typeof store.listContracts>>) => valueOf(list).contracts.map((stored) => stored.contract);
    expect(contracts(await again.listContracts())).toEqual(contracts(await store.listContracts()));
  });

  test("a shared formula with A1 references (written by exceljs) is shifted cell by cell", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Data");
    sheet.getCell("A1").value = 1;
    sheet.getCell("A2").value = 2;
    sheet.getCell("A3").value = 3;
    sheet.fillFormula("B1:B3", "A1*2", [2, 4, 6]);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    expect(new TextDecoder().decode(unzipSync(bytes, { filter: (file) => file.name === "xl/worksheets/sheet1.xml" })["xl/worksheets/sheet1.xml"])).toContain('t="shared"');
    const excel = await readXlsx(bytes);
    expect(excel.workbook.sheet("Data").formulas("B1:B3")).toEqual([["=A1*2"], ["=A2*2"], ["=A3*2"]]);
  });

  test("bytes that are not an .xlsx package are refused with a reason", async () => {
    await expect(readXlsx(new TextEncoder().encode("Contract ID,Title\nVC-0001,x\n"))).rejects.toThrow(/not an \.xlsx file/);
    await expect(readXlsx(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).rejects.toThrow(/not a readable \.xlsx file/);
  });
});
