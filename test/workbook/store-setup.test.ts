import { CAPTURE_DECISIONS } from "../../src/domain/lists";
import { ACCOUNTING_FORMAT, DATE_FORMAT, DATETIME_FORMAT, PERCENT_FORMAT } from "../../src/domain/field-model";
import { DEFAULT_SETTINGS } from "../../src/domain/settings";
import { createContractStore } from "../../src/workbook/excel-contract-store";
import { CONTRACTS, LEDGER, REVIEWS } from "../../src/workbook/layout";
import { createMemoryExcel } from "../../src/memory-excel";
import { errorOf, fullContract, NOW, setUpStore, valueOf } from "./fixtures";

const headers = (layout: typeof CONTRACTS): string[] => layout.columns.map((column) => column.header);

describe("set-up on an empty workbook", () => {
  test("creates the tables on their sheets, with headers, formats, dropdowns and a frozen header row", async () => {
    const excel = createMemoryExcel();
    const store = createContractStore(excel.run, () => NOW);
    const report = valueOf(await store.setUp());
    expect(report.actions).toEqual([
      'Created the dropdown lists on sheet "AIVM Lists".',
      'Created sheet "Value Contracts".',
      'Created table ValueContracts on sheet "Value Contracts" with its 51 columns, dropdowns and number formats, and froze its header row.',
      'Created sheet "Value Reviews".',
      'Created table ValueReviews on sheet "Value Reviews" with its 11 columns, dropdowns and number formats, and froze its header row.',
      'Created sheet "Value Ledger".',
      'Created table ValueLedger on sheet "Value Ledger" with its 16 columns, dropdowns and number formats, and froze its header row.',
      'Created sheet "Value Ranges".',
      'Created table ValueRanges on sheet "Value Ranges" with its 7 columns, dropdowns and number formats, and froze its header row.',
      'Created sheet "Loss Exposure".',
      'Created table LossExposure on sheet "Loss Exposure" with its 15 columns, dropdowns and number formats, and froze its header row.',
      'Created table AIVMSettings on sheet "AIVM Lists" with the workbook\'s settings: Quarter periods, fiscal year from January. Change them there.',
    ]);
    const { workbook } = excel;
    expect(workbook.sheetNames()).toEqual(["Sheet1", "AIVM Lists", "Value Contracts", "Value Reviews", "Value Ledger", "Value Ranges", "Loss Exposure"]);
    const contracts = workbook.table("ValueContracts");
    expect(contracts.sheetName).toBe("Value Contracts");
    expect(contracts.headers()).toEqual(headers(CONTRACTS));
    expect(contracts.address()).toBe("'Value Contracts'!A1:AY2");
    expect(workbook.table("ValueLedger").headers()).toEqual(headers(LEDGER));
    // The settings sit on the lists sheet, one blank column (K) right of the ten lists (A to J), with their defaults.
    expect(workbook.table("AIVMSettings").address()).toBe("'AIVM Lists'!L1:Q2");
    expect(workbook.table("AIVMSettings").body()).toEqual([["Quarter", "January", 0, "", "", ""]]);
    expect(workbook.sheet("Value Ledger").frozenRows()).toBe(1);
    expect(workbook.table("ValueReviews").headers()).toEqual(headers(REVIEWS));

    const sheet = workbook.sheet("Value Contracts");
    expect(sheet.frozenRows()).toBe(1);
    expect(workbook.sheet("Value Reviews").frozenRows()).toBe(1);
    // Column O is Incremental revenue, P Revenue margin, AF Lifecycle cost, AV Last review, AW Next review, AY Updated; B is Title.
    expect(sheet.cell("O2").numberFormat).toBe(ACCOUNTING_FORMAT);
    expect(sheet.cell("P2").numberFormat).toBe(PERCENT_FORMAT);
    expect(sheet.dataValidation("P2")?.rule).toEqual({ decimal: { formula1: "=0", formula2: "=1", operator: "Between" } });
    expect(sheet.cell("AF2").numberFormat).toBe(ACCOUNTING_FORMAT);
    expect(sheet.cell("AV2").numberFormat).toBe(DATE_FORMAT);
    expect(sheet.cell("AW2").numberFormat).toBe(DATE_FORMAT);
    expect(sheet.cell("AY2").numberFormat).toBe(DATETIME_FORMAT);
    expect(sheet.cell("B2").numberFormat).toBe("General");
    // Column N is Capture decision: its dropdown lists from the lists sheet (column D there).
    expect(sheet.cell("N2").validation).toEqual({ inCellDropDown: true, source: "='AIVM Lists'!$D$2:$D$11" });
    expect(workbook.sheet("AIVM Lists").values("D1:D11").flat()).toEqual(["Capture decision", ...CAPTURE_DECISIONS]);
    expect(workbook.sheet("Value Reviews").cell("H2").validation?.source).toBe("='AIVM Lists'!$G$2:$G$6");
    // The ledger's Line (column D) lists the 16 lines from column H of the lists sheet.
    expect(workbook.sheet("Value Ledger").cell("D2").validation?.source).toBe("='AIVM Lists'!$H$2:$H$17");
    // Ledger columns L Realised amount and O Planned amount share the accounting format; P Contract status is General.
    expect(["L2", "O2", "P2"].map((address) => workbook.sheet("Value Ledger").cell(address).numberFormat)).toEqual([ACCOUNTING_FORMAT, ACCOUNTING_FORMAT, "General"]);
  });

  test("a new table lists as empty (Excel's blank first row is not a contract)", async () => {
    const { store } = await setUpStore();
    expect(valueOf(await store.listContracts())).toEqual({ contracts: [], skippedLedgerRows: 0, settings: DEFAULT_SETTINGS, problems: [], ranges: [], losses: [] });
    expect(valueOf(await store.check())).toEqual({ ready: true, tablesExist: true, problems: [] });
  });

  test("the first contract fills Excel's blank row rather than leaving a gap", async () => {
    const { excel, store } = await setUpStore();
    const created = valueOf(await store.createContract(fullContract()));
    expect(created.row).toBe(2);
    expect(excel.workbook.table("ValueContracts").rowCount()).toBe(1);
  });

  test("set-up again changes nothing and says so", async () => {
    const { excel, store } = await setUpStore();
    valueOf(await store.createContract(fullContract()));
    const before = excel.workbook.table("ValueContracts").body();
    expect(valueOf(await store.setUp()).actions).toEqual(["Nothing needed repair: every table and column is in place."]);
    expect(excel.workbook.table("ValueContracts").body()).toEqual(before);
  });

  test("without set-up, every call says to run Set up", async () => {
    const excel = createMemoryExcel();
    const store = createContractStore(excel.run, () => NOW);
    expect(errorOf(await store.listContracts()).kind).toBe("not-set-up");
    expect(errorOf(await store.createContract(fullContract())).message).toContain("Run Set up");
    expect(valueOf(await store.check())).toMatchObject({
      ready: false,
      problems: [expect.objectContaining({ message: "Table ValueContracts is missing: run Set up to create it." }), expect.anything(), expect.anything(), expect.anything(), expect.anything(), expect.anything(), expect.anything()],
    });
  });

  test("set-up refuses to build a table over data already on the sheet, and changes nothing", async () => {
    const excel = createMemoryExcel({ sheets: ["Value Contracts"] });
    excel.workbook.sheet("Value Contracts").setValuesDirect("A1:B2", [["Contract ID", "Title"], ["VC-0001", "Old list"]]);
    const store = createContractStore(excel.run, () => NOW);
    const error = errorOf(await store.setUp());
    expect(error.kind).toBe("layout");
    expect(error.message).toContain('sheet "Value Contracts" already has data in A1:AY2');
    expect(excel.workbook.tableNames()).toEqual([]);
    expect(excel.workbook.sheetNames()).toEqual(["Value Contracts"]);
    expect(excel.workbook.sheet("Value Contracts").values("A1:B2")).toEqual([["Contract ID", "Title"], ["VC-0001", "Old list"]]);
  });

  test("repair restores a dropdown list that was typed over", async () => {
    const { excel, store } = await setUpStore();
    excel.workbook.sheet("AIVM Lists").setValuesDirect("C2", [["Maybe"]]);
    expect(valueOf(await store.setUp()).actions).toEqual(['Restored the dropdown lists on sheet "AIVM Lists".']);
    expect(excel.workbook.sheet("AIVM Lists").values("C2")).toEqual([["Draft"]]);
  });
});

describe("settings set up before the Business unit setting", () => {
  test("Repair appends the Business unit column to AIVMSettings, keeping the settings typed there", async () => {
    const excel = createMemoryExcel();
    excel.workbook.addSheet("AIVM Lists");
    excel.workbook.sheet("AIVM Lists").setValuesDirect("L1:O2", [["Period", "Fiscal year starts", "Discount rate", "Currency"], ["Month", "April", 0.08, "GBP"]]);
    excel.workbook.addTableDirect("'AIVM Lists'!L1:O2", "AIVMSettings");
    const report = valueOf(await createContractStore(excel.run, () => NOW).setUp());
    expect(report.actions).toContain(
      'Added the missing column "Business unit" at the end of table AIVMSettings. If it had been renamed, copy its values into the new column, then delete the old one.',
    );
    expect(report.actions).toContain(
      'Added the missing column "Pause loss probability" at the end of table AIVMSettings. If it had been renamed, copy its values into the new column, then delete the old one.',
    );
    expect(excel.workbook.table("AIVMSettings").address()).toBe("'AIVM Lists'!L1:Q2");
    expect(excel.workbook.table("AIVMSettings").row(0)).toEqual({ Period: "Month", "Fiscal year starts": "April", "Discount rate": 0.08, Currency: "GBP", "Business unit": "", "Pause loss probability": "" });
  });
});
