import { stampOf } from "../../../src/workbook/contract-store";
import { screen, waitFor, within } from "@testing-library/react";
import type { ValueContract } from "../../../src/domain/contract";
import ContractEditor from "../../../src/taskpane/editor/ContractEditor";
import { descriptionOf, renderView, valueOf } from "./dom";
import { calculateFormula } from "../../support/formula-eval";
import { activeContract, FIXED_NOW, testWorkbook, type TestWorkbook } from "./workbook-fixture";

/** The editor over a workbook with these contracts; the tests' calculator fills the sheet's calculated columns, which some tests read. */
async function openEditor(contracts: readonly ValueContract[], contractId: string | null) {
  const workbook = await testWorkbook(contracts, { calculate: calculateFormula });
  const onDone = jest.fn();
  const view = renderView(<ContractEditor store={workbook.store} contractId={contractId} onDone={onDone} />);
  await screen.findByRole("button", { name: "Save" });
  return { workbook, onDone, ...view };
}

const textbox = (name: string) => screen.getByRole("textbox", { name });

/** The store call behind Save resolves on its own schedule: wait until the editor hands back. */
const waitForDone = (onDone: jest.Mock): Promise<void> => waitFor(() => expect(onDone).toHaveBeenCalled());

/** The saved row as a user would see it in the sheet. */
const rowOf = (workbook: TestWorkbook, index = 0) => workbook.contracts().row(index);

describe("saving from the contract editor", () => {
  test("a new contract is appended to ValueContracts as version 1, amounts as numbers", async () => {
    const { user, workbook, onDone } = await openEditor([], null);
    await user.type(textbox("Title"), "=Invoice matching");
    await user.click(screen.getByRole("button", { name: /Full economic cost/ }));
    await user.type(textbox("Technology cost"), "1.2m");
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitForDone(onDone);

    expect(onDone).toHaveBeenCalledWith("VC-0001", null);
    const row = rowOf(workbook);
    expect(row["Contract ID"]).toBe("VC-0001");
    // Typed text beginning with "=" stays text: it never becomes a formula in the sheet.
    expect(row["Title"]).toBe("=Invoice matching");
    expect(row["Technology cost"]).toBe(1_200_000);
    expect(row["Lifecycle cost"]).toBe(1_200_000);
    expect(row["Version"]).toBe(1);
  });

  test("an existing contract opens with its values and its ID locked, and saving updates its row to version 2", async () => {
    const { user, workbook, onDone } = await openEditor([activeContract("VC-0007")], "VC-0007");
    expect(screen.getByRole("heading", { name: "VC-0007: Claims triage assistant" })).toBeTruthy();
    expect(textbox("Contract ID").hasAttribute("readonly")).toBe(true);
    await user.click(screen.getByRole("button", { name: /Value components/ }));
    expect(valueOf(textbox("Capacity value"))).toBe("400,000");
    await user.clear(textbox("Capacity value"));
    await user.type(textbox("Capacity value"), "450k");
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitForDone(onDone);

    expect(onDone).toHaveBeenCalledWith("VC-0007", null);
    const stored = await workbook.stored("VC-0007");
    expect(stored.contract?.capacityValue).toBe(450_000);
    expect(stored.version).toBe(2);
    expect(stored.contract?.updated).toBe(FIXED_NOW.toISOString().replace(".000Z", "Z"));
  });

  test("a new contract whose ID is taken says so at the ID field, and nothing is written", async () => {
    const { user, workbook, onDone } = await openEditor([activeContract("VC-0001")], null);
    await user.clear(textbox("Contract ID"));
    await user.type(textbox("Contract ID"), "VC-0001");
    await user.type(textbox("Title"), "Second one");
    await user.click(screen.getByRole("button", { name: "Save" }));

    expect(await screen.findByText("That ID is already used")).toBeTruthy();
    expect(document.activeElement).toBe(textbox("Contract ID"));
    expect(descriptionOf(textbox("Contract ID"))).toMatch(/VC-0001/);
    expect(onDone).not.toHaveBeenCalled();
    expect(workbook.contracts().body().filter((cells) => cells[0] === "VC-0001")).toHaveLength(1);
  });

  test("a row changed behind the editor's back is not overwritten: Reload row shows the current version", async () => {
    const { user, workbook, onDone } = await openEditor([activeContract()], "VC-0001");
    workbook.contracts().setCellDirect(0, "Title", "Renamed by a colleague");
    await user.clear(textbox("Title"));
    await user.type(textbox("Title"), "My title");
    await user.click(screen.getByRole("button", { name: "Save" }));

    const bar = await screen.findByText("Changed in the workbook");
    expect(onDone).not.toHaveBeenCalled();
    expect(rowOf(workbook)["Title"]).toBe("Renamed by a colleague");
    const conflict = bar.closest(".fui-MessageBar");
    if (!(conflict instanceof HTMLElement)) throw new Error("no conflict bar");
    await user.click(within(conflict).getByRole("button", { name: "Reload row" }));

    expect(valueOf(textbox("Title"))).toBe("Renamed by a colleague");
    expect(screen.queryByText("Changed in the workbook")).toBeNull();
    // The reloaded copy saves cleanly: its stamp is the row's current one.
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitForDone(onDone);
    expect(onDone).toHaveBeenCalledWith("VC-0001", null);
  });

  test("Keep editing keeps the typing, and saving again replaces the current version deliberately", async () => {
    const { user, workbook, onDone } = await openEditor([activeContract()], "VC-0001");
    // A co-author's save through a second store over the same workbook, to the field this editor changes too.
    const theirs = await workbook.stored("VC-0001");
    if (theirs.contract === null) throw new Error("fixture contract is invalid");
    const saved = await workbook.store.updateContract({ ...theirs.contract, title: "Theirs" }, stampOf(theirs));
    expect(saved.ok).toBe(true);

    await user.clear(textbox("Title"));
    await user.type(textbox("Title"), "Mine");
    await user.click(screen.getByRole("button", { name: "Save" }));
    await user.click(await screen.findByRole("button", { name: "Keep editing" }));
    expect(rowOf(workbook)["Title"]).toBe("Theirs");
    expect(valueOf(textbox("Title"))).toBe("Mine");
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitForDone(onDone);

    expect(onDone).toHaveBeenCalledWith("VC-0001", null);
    const row = rowOf(workbook);
    expect(row["Title"]).toBe("Mine");
    expect(row["Version"]).toBe(3);
  });

  test("a co-author's save to another field meanwhile: both are kept, and the portfolio is told which of theirs", async () => {
    const { user, workbook, onDone } = await openEditor([activeContract()], "VC-0001");
    const theirs = await workbook.stored("VC-0001");
    if (theirs.contract === null) throw new Error("fixture contract is invalid");
    expect((await workbook.store.updateContract({ ...theirs.contract, ownerRole: "COO" }, stampOf(theirs))).ok).toBe(true);

    await user.clear(textbox("Title"));
    await user.type(textbox("Title"), "Mine");
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitForDone(onDone);

    expect(onDone).toHaveBeenCalledWith("VC-0001", "Saved VC-0001. Changes a co-author made meanwhile were kept: Owner role.");
    const row = rowOf(workbook);
    expect([row["Title"], row["Owner role"], row["Version"]]).toEqual(["Mine", "COO", 3]);
  });

  test("an invalid row opens with its values as found and its problems, and can be fixed", async () => {
    const workbook = await testWorkbook([activeContract()]);
    workbook.contracts().pasteCellDirect(0, "Baseline", "about 40"); // the column's validation refuses it typed, not pasted
    workbook.contracts().pasteCellDirect(0, "Status", "Actve"); // the dropdown refuses it typed, not pasted
    const before = await workbook.stored("VC-0001");
    expect(before.contract).toBeNull();

    const onDone = jest.fn();
    const { user } = renderView(<ContractEditor store={workbook.store} contractId="VC-0001" onDone={onDone} />);
    const warning = await screen.findByText("This row has problems in the workbook");
    expect(within(warning.closest(".fui-MessageBar") ?? document.body).getAllByRole("listitem").length).toBeGreaterThanOrEqual(2);
    const baseline = textbox("Baseline");
    expect(valueOf(baseline)).toBe("about 40");
    expect(descriptionOf(baseline)).toMatch(/Baseline must be a number/);
    const status = screen.getByRole("combobox", { name: "Status" });
    expect(valueOf(status)).toBe("Actve");
    expect(descriptionOf(status)).toMatch(/Status must be one of: Draft; Active/);

    await user.clear(baseline);
    await user.type(baseline, "40");
    await user.selectOptions(status, "Active");
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitForDone(onDone);

    expect(onDone).toHaveBeenCalledWith("VC-0001", null);
    const after = await workbook.stored("VC-0001");
    expect(after.problems).toEqual([]);
    expect(after.contract?.baseline).toBe(40);
    expect(after.contract?.status).toBe("Active");
  });
});
