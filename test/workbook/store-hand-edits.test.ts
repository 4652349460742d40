import { idKey } from "../../src/domain/lists";
import { columnLetter } from "../../src/workbook/excel-api";
import { calculateFormula } from "../support/formula-eval";
import { CONTRACTS } from "../../src/workbook/layout";
import { errorOf, fullContract, manyContracts, setUpStore, valueOf } from "./fixtures";

// What a colleague typing in the sheet can do to the tables, and what AIVM then does: report it, row and
// column, and never write over it.

describe("a user's column whose header matches one of AIVM's once case and spaces are ignored", () => {
  async function withLookalikeTitle() {
    const setup = await setUpStore();
    valueOf(await setup.store.createContracts(manyContracts(2)));
    const table = setup.excel.workbook.table("ValueContracts");
    table.addColumnDirect("TITLE ", ["my note 1", "my note 2"]);
    return { ...setup, table };
  }

  test("is reported as ambiguous; AIVM reads its own Title and writes nothing to the table", async () => {
    const { store, table } = await withLookalikeTitle();
    const listed = valueOf(await store.listContracts());
    expect(listed.contracts.map((stored) => stored.contract?.title)).toEqual(["Intervention 1", "Intervention 2"]);
    expect(listed.problems).toContainEqual({
      sheet: "Value Contracts",
      row: 1,
      column: "Title",
      field: "title",
      message: expect.stringContaining('2 columns of table ValueContracts are named like "Title" ("Title", "TITLE ")'),
    });
    const before = table.body();
    const opened = valueOf(await store.getContract("VC-0001"));
    const refused = errorOf(await store.updateContract({ ...fullContract("VC-0001"), title: "Renamed" }, opened));
    expect(refused).toMatchObject({ kind: "layout", message: expect.stringMatching(/^Nothing was saved: .*"Title"/) });
    expect(errorOf(await store.createContract(fullContract(""))).kind).toBe("layout");
    expect(table.body()).toEqual(before);
  });
});

describe("look-alike Contract IDs count as the same ID", () => {
  test.each([
    ["a zero-width space", "VC-\u200B0001"],
    ["a non-breaking hyphen", "VC\u20110001"],
    ["full-width letters and digits", "\uFF36\uFF23-\uFF10\uFF10\uFF10\uFF11"],
    ["another case and spaces", " vc-0001 "],
  ])("%s", async (_, lookalike) => {
    expect(idKey(lookalike)).toBe(idKey("VC-0001"));
    const { store, excel } = await setUpStore();
    valueOf(await store.createContracts(manyContracts(2)));
    excel.workbook.table("ValueContracts").setCellDirect(1, "Contract ID", lookalike);
    const listed = valueOf(await store.listContracts());
    expect(listed.contracts.map((stored) => stored.contract === null)).toEqual([true, true]);
    expect(listed.contracts[0]?.problems[0]?.message).toMatch(/is also used in row 3/);
    // A new contract with the look-alike ID is refused as a duplicate, and one without an ID skips it.
    expect(errorOf(await store.createContract(fullContract(lookalike))).kind).toBe("duplicate");
  });
});

describe("text Excel cannot hold is refused by the store, naming the field", () => {
  test("16,384 emoji are 32,768 UTF-16 units: one more than a cell holds", async () => {
    const { store, excel } = await setUpStore();
    const error = errorOf(await store.createContract({ ...fullContract(), evidenceNotes: "\u{1F600}".repeat(16384) }));
    expect(error).toMatchObject({ kind: "invalid", problems: [{ field: "evidenceNotes", message: expect.stringContaining("Evidence notes is 32,768 characters long") }] });
    expect(excel.workbook.table("ValueContracts").body()[0]?.[0]).toBe("");
  });

  test("an impossible date is refused, not written as text into a date column", async () => {
    const { store } = await setUpStore();
    const error = errorOf(await store.createContract({ ...fullContract(), lastReview: "0001-01-01" }));
    expect(error).toMatchObject({ kind: "invalid", problems: [{ field: "lastReview" }] });
  });
});

describe("Excel itself refuses bad input, with a message naming the column (set-up's data validation)", () => {
  test.each([
    ["a cost typed as a negative amount", "Technology cost", -180_000, "Technology cost must be a number of 0 or more: enter costs and benefits as positive amounts."],
    ["text typed into an amount column", "Data cost", "about 40", "Data cost must be a number of 0 or more: enter costs and benefits as positive amounts."],
    ["text typed into a number column", "Baseline", "forty", "Baseline must be a number."],
    ["text typed into a date column", "Last review", "soon", "Last review must be a date."],
    ["a Version below 1", "Version", 0, "Version must be a whole number of 1 or more."],
    ["a status not in the list", "Status", "Actve", "Status must be one of the values in the list."],
  ])("%s", async (_, header, typed, message) => {
    const { store, excel } = await setUpStore();
    valueOf(await store.createContracts(manyContracts(1)));
    const table = excel.workbook.table("ValueContracts");
    const before = table.body();
    let alert: unknown = null;
    try {
      table.setCellDirect(0, header, typed);
    } catch (error) {
      alert = error;
    }
    expect(alert).toMatchObject({ alert: { title: header, message } });
    expect(table.body()).toEqual(before);
  });

  test("a blank cell is allowed (not filled in yet), and a good value goes in", async () => {
    const { store, excel } = await setUpStore();
    valueOf(await store.createContracts(manyContracts(1)));
    const table = excel.workbook.table("ValueContracts");
    table.setCellDirect(0, "Technology cost", "");
    table.setCellDirect(0, "Data cost", 1200);
    expect([table.row(0)["Technology cost"], table.row(0)["Data cost"]]).toEqual(["", 1200]);
  });
});

describe("reading what the user sees, and writing only what the user changed", () => {
  test("a date and a percentage typed into text columns stay as typed, and survive a save of another field", async () => {
    const { store, excel } = await setUpStore();
    valueOf(await store.createContracts(manyContracts(1)));
    const table = excel.workbook.table("ValueContracts");
    table.setCellDirect(0, "Outcome metric", "2026-01-31");
    table.setCellDirect(0, "Owner role", "12%");
    // Excel turned the typing into a date serial and 0.12; the cells show what was typed.
    expect([typeof table.row(0)["Outcome metric"], table.row(0)["Owner role"]]).toEqual(["number", 0.12]);
    const opened = valueOf(await store.getContract("VC-0001"));
    expect(opened.contract).toMatchObject({ outcomeMetric: "2026-01-31", ownerRole: "12%" });
    valueOf(await store.updateContract({ ...(opened.contract ?? fullContract()), title: "Renamed" }, opened));
    // Not written: still Excel's date and percentage, not text.
    expect([typeof table.row(0)["Outcome metric"], table.row(0)["Owner role"], table.row(0)["Title"]]).toEqual(["number", 0.12, "Renamed"]);
  });

  test("a formula typed into a data column keeps its formula when another field is saved", async () => {
    // With a calculator: Excel checks a typed formula's result against the column's rule (90,000 >= 0 passes).
    const { store, excel } = await setUpStore({ calculate: calculateFormula });
    valueOf(await store.createContracts(manyContracts(1)));
    const sheet = excel.workbook.sheet("Value Contracts");
    const capacity = `${columnOf("Capacity value")}2`;
    sheet.setCellDirect(capacity, "=2000*45");
    const opened = valueOf(await store.getContract("VC-0001"));
    valueOf(await store.updateContract({ ...(opened.contract ?? fullContract()), title: "Renamed" }, opened));
    expect(sheet.formulas(capacity)).toEqual([["=2000*45"]]);
  });

  test("a calculated cell typed over by hand is reported, and Repair puts the column's formula back", async () => {
    const { store, excel } = await setUpStore();
    valueOf(await store.createContracts(manyContracts(2)));
    const sheet = excel.workbook.sheet("Value Contracts");
    const cell = `${columnOf("Planned value")}3`;
    const formula = sheet.formulas(`${columnOf("Planned value")}2`)[0]?.[0];
    excel.workbook.table("ValueContracts").pasteCellDirect(1, "Planned value", 999_999);
    expect(valueOf(await store.check()).problems).toEqual([
      { sheet: "Value Contracts", row: 3, column: "Planned value", field: "plannedValue", message: expect.stringContaining("overwritten by hand, or holds an earlier AIVM's formula (it holds 999999)") },
    ]);
    const report = valueOf(await store.setUp());
    expect(report.actions).toContain('Put the formula of "Planned value" back into 1 cell typed over by hand or left from an earlier AIVM.');
    expect(sheet.formulas(cell)).toEqual([[formula]]);
    expect(valueOf(await store.check()).problems).toEqual([]);
  });

  test("a renamed ValueReviews table is reported as renamed, and Repair names it back", async () => {
    const { store, excel } = await setUpStore();
    excel.workbook.table("ValueReviews").renameDirect("Reviews2026");
    expect(valueOf(await store.check()).problems).toContainEqual({
      sheet: "Value Reviews",
      row: null,
      column: null,
      field: null,
      message: "Table ValueReviews has been renamed to Reviews2026: run Repair to give it back its name (AIVM finds its tables by name).",
    });
    const report = valueOf(await store.setUp());
    expect(report.actions).toContain("Named table Reviews2026 back to ValueReviews (AIVM finds its tables by name).");
    expect(excel.workbook.tableNames()).toEqual(["ValueContracts", "ValueReviews", "ValueLedger", "ValueRanges", "LossExposure", "AIVMSettings"]);
  });
});

describe("a workbook in the 1904 date system (older Mac workbooks)", () => {
  test("dates are read and written in the workbook's own system", async () => {
    const { store, excel } = await setUpStore({ dateSystem: 1904 });
    const created = valueOf(await store.createContract({ ...fullContract(), lastReview: "2026-01-31" }));
    expect(created.contract?.lastReview).toBe("2026-01-31");
    // 2026-01-31 is 46053 in the 1900 system; 1904's serials are 1,462 days smaller.
    expect(excel.workbook.table("ValueContracts").row(0)["Last review"]).toBe(46053 - 1462);
    expect(excel.workbook.sheet("Value Contracts").text(`${columnOf("Last review")}2`)).toEqual([["2026-01-31"]]);
    expect(valueOf(await store.getContract("VC-0001")).contract?.lastReview).toBe("2026-01-31");
  });

  test("a date before 1904-01-01 cannot be held there, and is refused naming the field", async () => {
    const { store } = await setUpStore({ dateSystem: 1904 });
    const created = valueOf(await store.createContract(fullContract()));
    const error = errorOf(await store.updateContract({ ...fullContract(), lastReview: "1903-12-31" }, created));
    expect(error).toMatchObject({ kind: "invalid", problems: [{ field: "lastReview", message: expect.stringContaining("before 1904-01-01") }] });
  });
});

describe("an oversized read that Excel on the web fails with a generic error", () => {
  test("is read again in smaller blocks, as the documented payload error is", async () => {
    // 1,200 rows with 4,000-character outcomes: the list's columns are about 5 MB, over this Excel's 4.5 MB.
    const { store, excel } = await setUpStore({ oversizedResponse: "GeneralException", payloadLimitBytes: 4_500_000 });
    valueOf(await store.createContracts(manyContracts(1200).map((contract) => ({ ...contract, outcome: `${contract.id} `.padEnd(4000, "outcome ") }))));
    excel.resetSyncCount();
    expect(valueOf(await store.listContracts()).contracts).toHaveLength(1200);
    expect(excel.requests().some((request) => request.error === "GeneralException")).toBe(true);
  });
});

function columnOf(header: string): string {
  return columnLetter(CONTRACTS.columns.findIndex((column) => column.header === header));
}
