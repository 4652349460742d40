import { idKey } from "../../src/domain/lists";
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
