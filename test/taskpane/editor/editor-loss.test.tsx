import { screen, waitFor, within } from "@testing-library/react";
import type { ValueContract } from "../../../src/domain/contract";
import type { LossInput } from "../../../src/domain/loss-exposure";
import ContractEditor from "../../../src/taskpane/editor/ContractEditor";
import { valueOf as unwrap } from "../../workbook/fixtures";
import { descriptionOf, isInvalid, renderView, valueOf } from "./dom";
import { activeContract, testWorkbook, type TestWorkbook } from "./workbook-fixture";

/**
 * The loss exposure in the contract editor: a "Loss exposure for Avoided loss" switch under the Avoided loss amount,
 * its four ranges checked as a LossExposure row (src/domain/loss-exposure.ts), saved after the contract with
 * saveLossExposure and read back here from the in-memory workbook's LossExposure table, as a user would see the sheet.
 */

/** The sample contract review agent's exposure (src/domain/sample-loss-exposure.ts), impact with left blank. */
const SAMPLE: LossInput = {
  frequencyWithoutLow: 0.5, frequencyWithoutLikely: 1, frequencyWithoutHigh: 2,
  impactWithoutLow: 50_000, impactWithoutLikely: 150_000, impactWithoutHigh: 600_000,
  frequencyWithLow: 0.2, frequencyWithLikely: 0.5, frequencyWithHigh: 1.2,
  impactWithLow: null, impactWithLikely: null, impactWithHigh: null,
  basis: "Legal's register of disputed clauses, five years.",
};

async function openEditor(contracts: readonly ValueContract[], loss: LossInput | null = null) {
  const workbook = await testWorkbook(contracts);
  if (loss !== null) unwrap(await workbook.store.saveLossExposure("VC-0001", loss, []));
  const onDone = jest.fn();
  const view = renderView(<ContractEditor store={workbook.store} contractId="VC-0001" onDone={onDone} />);
  await screen.findByRole("button", { name: "Save" });
  await view.user.click(screen.getByRole("button", { name: /Value components/ }));
  return { workbook, onDone, ...view };
}

const lossRows = (workbook: TestWorkbook) => {
  const table = workbook.excel.workbook.table("LossExposure");
  return Array.from({ length: table.rowCount() }, (_, i) => table.row(i)).filter((row) => row["Contract ID"] !== "" && row["Contract ID"] !== null);
};
const toggle = () => screen.getByRole("switch", { name: "Loss exposure for Avoided loss" });
const side = (name: string) => within(screen.getByRole("group", { name: "Loss exposure" })).getByRole("group", { name });
const box = (name: string, part: string) => within(side(name)).getByRole("textbox", { name: part });
const basis = () => within(screen.getByRole("group", { name: "Loss exposure" })).getByRole("textbox", { name: "Basis" });
const save = (user: ReturnType<typeof renderView>["user"]) => user.click(screen.getByRole("button", { name: "Save" }));

/** Types Low, Likely and High of one range, each into an empty box. */
async function fill(user: ReturnType<typeof renderView>["user"], name: string, [low, likely, high]: readonly [string, string, string]) {
  await user.type(box(name, "Low"), low);
  await user.type(box(name, "Likely"), likely);
  await user.type(box(name, "High"), high);
}

describe("loss exposure in the contract editor", () => {
  test("switching it on and typing 0.5 and 250k-style figures writes the LossExposure row and says so", async () => {
    const { user, workbook, onDone } = await openEditor([activeContract()]);
    expect(toggle()).toHaveProperty("checked", false);
    expect(screen.queryByRole("group", { name: "Loss exposure" })).toBeNull();
    await user.click(toggle());
    await fill(user, "Frequency without", ["0.5", "1", "2"]);
    await fill(user, "Impact without", ["50k", "150k", "0.6m"]);
    await fill(user, "Frequency with", ["0.2", "0.5", "1.2"]);
    await user.type(basis(), SAMPLE.basis);
    // Leaving a box writes its figure out in full, as every amount of the pane is.
    expect(valueOf(box("Impact without", "High"))).toBe("600,000");
    expect(valueOf(box("Frequency without", "Low"))).toBe("0.50");
    // Impact with is optional: blank means as without, and nothing marks it.
    expect(isInvalid(box("Impact with", "Low"))).toBe(false);
    await save(user);
    await waitFor(() => expect(onDone).toHaveBeenCalled());

    expect(onDone).toHaveBeenCalledWith("VC-0001", "Saved VC-0001, with its loss exposure.");
    const rows = lossRows(workbook);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      "Contract ID": "VC-0001",
      "Frequency without low": 0.5, "Frequency without likely": 1, "Frequency without high": 2,
      "Impact without low": 50_000, "Impact without likely": 150_000, "Impact without high": 600_000,
      "Frequency with low": 0.2, "Frequency with likely": 0.5, "Frequency with high": 1.2,
      "Impact with low": "", "Impact with likely": "", "Impact with high": "",
      Basis: SAMPLE.basis,
    });
  });

  test("a frequency out of order gets the domain's message on the box that breaks it, keeps the text, and saves nothing", async () => {
    const { user, workbook, onDone } = await openEditor([activeContract()]);
    await user.click(toggle());
    await fill(user, "Frequency without", ["3", "2", "1,5"]);
    await fill(user, "Impact without", ["10k", "20k", "40k"]);
    await fill(user, "Frequency with", ["1", "1", "2"]);
    await save(user);

    const likely = box("Frequency without", "Likely");
    await waitFor(() => expect(isInvalid(likely)).toBe(true));
    expect(descriptionOf(likely)).toBe("Frequency without likely (2) is below Frequency without low (3).");
    expect(valueOf(likely)).toBe("2");
    // A typo names its field, says what a frequency looks like, and is kept exactly as typed.
    const high = box("Frequency without", "High");
    expect(descriptionOf(high)).toBe("Frequency without high must be a number of events a year, such as 0.5, 2 or 12.");
    expect(valueOf(high)).toBe("1,5");
    expect(isInvalid(box("Frequency without", "Low"))).toBe(false);
    expect(document.activeElement).toBe(likely);
    // While a box is invalid there is no curve.
    expect(screen.queryByRole("img", { name: /annual loss exceeds/ })).toBeNull();
    expect(onDone).not.toHaveBeenCalled();
    expect(lossRows(workbook)).toHaveLength(0);
  });

  test("an existing exposure opens switched on; switching it off deletes its row", async () => {
    const { user, workbook, onDone } = await openEditor([activeContract()], SAMPLE);
    expect(toggle()).toHaveProperty("checked", true);
    expect(valueOf(box("Impact without", "High"))).toBe("600,000");
    expect(valueOf(box("Frequency with", "High"))).toBe("1.20");
    await user.click(toggle());
    expect(screen.queryByRole("group", { name: "Loss exposure" })).toBeNull();
    await save(user);
    await waitFor(() => expect(onDone).toHaveBeenCalled());

    expect(onDone).toHaveBeenCalledWith("VC-0001", "Saved VC-0001. Its loss exposure was removed.");
    expect(lossRows(workbook)).toHaveLength(0);
  });

  test("a co-author's edit of the row meanwhile is a conflict: nothing typed is lost, the contract's row untouched", async () => {
    const { user, workbook, onDone } = await openEditor([activeContract()], SAMPLE);
    await user.clear(box("Impact without", "High"));
    await user.type(box("Impact without", "High"), "750k");
    // A colleague raises the likely frequency in the sheet.
    workbook.excel.workbook.table("LossExposure").setCellDirect(0, "Frequency without likely", 1.5);
    await save(user);

    expect(await screen.findByText("Loss exposure changed in the workbook")).toBeTruthy();
    // Only the loss exposure changed, so the contract's row was not written: no new Version.
    expect(screen.getByText(/^Nothing was saved: it changed since you opened it/)).toBeTruthy();
    expect((await workbook.stored("VC-0001")).version).toBe(1);
    expect(onDone).not.toHaveBeenCalled();
    expect(valueOf(box("Impact without", "High"))).toBe("750,000");
    expect(lossRows(workbook)[0]).toMatchObject({ "Frequency without likely": 1.5, "Impact without high": 600_000 });

    // Keep editing: the next save replaces the row as it is now with what was typed.
    await user.click(screen.getByRole("button", { name: "Keep editing loss exposure" }));
    await save(user);
    await waitFor(() => expect(onDone).toHaveBeenCalledWith("VC-0001", "Saved VC-0001, with its loss exposure."));
    expect(lossRows(workbook)[0]).toMatchObject({ "Frequency without likely": 1, "Impact without high": 750_000 });
    expect((await workbook.stored("VC-0001")).version).toBe(1);
  });

  test("with a contract field changed too, the contract is saved first and the message says so", async () => {
    const { user, workbook, onDone } = await openEditor([activeContract()], SAMPLE);
    const title = screen.getByRole("textbox", { name: "Title" });
    await user.clear(title);
    await user.type(title, "Clause review, second phase");
    await user.clear(box("Impact without", "High"));
    await user.type(box("Impact without", "High"), "750k");
    workbook.excel.workbook.table("LossExposure").setCellDirect(0, "Frequency without likely", 1.5);
    await save(user);

    expect(await screen.findByText(/^The contract was saved, but its loss exposure was not: it changed since you opened it/)).toBeTruthy();
    const stored = await workbook.stored("VC-0001");
    expect([stored.contract?.title, stored.version]).toEqual(["Clause review, second phase", 2]);
    expect(onDone).not.toHaveBeenCalled();
  });

  test("a range and the loss exposure both changed meanwhile: two messages, each Keep editing named for its rows", async () => {
    const workbook = await testWorkbook([activeContract()]);
    unwrap(await workbook.store.saveLossExposure("VC-0001", SAMPLE, []));
    unwrap(await workbook.store.saveRanges("VC-0001", [{ line: "Capacity value", low: 200_000, likely: null, high: 500_000, basis: "Pilot" }], []));
    const { user } = renderView(<ContractEditor store={workbook.store} contractId="VC-0001" onDone={jest.fn()} />);
    await screen.findByRole("button", { name: "Save" });
    await user.click(screen.getByRole("button", { name: /Value components/ }));
    const rangeHigh = within(screen.getByRole("group", { name: "Capacity value range" })).getByRole("textbox", { name: "High" });
    await user.clear(rangeHigh);
    await user.type(rangeHigh, "650k");
    await user.clear(box("Impact without", "High"));
    await user.type(box("Impact without", "High"), "750k");
    // A colleague edits both tables in the sheet.
    workbook.excel.workbook.table("ValueRanges").setCellDirect(0, "Low", 150_000);
    workbook.excel.workbook.table("LossExposure").setCellDirect(0, "Frequency without likely", 1.5);
    await save(user);

    expect(await screen.findByText("Ranges changed in the workbook")).toBeTruthy();
    expect(await screen.findByText("Loss exposure changed in the workbook")).toBeTruthy();
    // Two buttons read "Keep editing"; a screen reader hears which rows each keeps.
    expect(screen.getAllByText("Keep editing")).toHaveLength(2);
    await user.click(screen.getByRole("button", { name: "Keep editing loss exposure" }));
    expect(screen.queryByText("Loss exposure changed in the workbook")).toBeNull();
    expect(screen.getByText("Ranges changed in the workbook")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Keep editing ranges" })).toBeTruthy();
    expect(valueOf(rangeHigh)).toBe("650,000");
  });

  test("Reload loss exposure after a conflict shows the co-author's figures", async () => {
    const { user, workbook } = await openEditor([activeContract()], SAMPLE);
    await user.clear(box("Impact without", "High"));
    await user.type(box("Impact without", "High"), "750k");
    workbook.excel.workbook.table("LossExposure").setCellDirect(0, "Frequency without likely", 1.5);
    await save(user);
    await user.click(await screen.findByRole("button", { name: "Reload loss exposure" }));
    expect(valueOf(box("Frequency without", "Likely"))).toBe("1.50");
    expect(valueOf(box("Impact without", "High"))).toBe("600,000");
  });

  test("valid figures draw the curve and set the avoided loss the model implies beside the plan", async () => {
    const { user } = await openEditor([{ ...activeContract(), avoidedLoss: 12_000 }]);
    await user.click(toggle());
    // Ranges with no spread, so every trial's loss is the same and the figures are exact: 2 events a year of 10,000
    // is 20,000 a year without; 1 event of the same 10,000 (impact with blank) is 10,000 with; 10,000 avoided.
    await fill(user, "Frequency without", ["2", "2", "2"]);
    await fill(user, "Impact without", ["10k", "10k", "10k"]);
    await user.type(box("Frequency with", "Low"), "1");
    await user.type(box("Frequency with", "Likely"), "1");
    // One box still blank: no curve yet.
    expect(screen.queryByRole("img", { name: /annual loss exceeds/ })).toBeNull();
    await user.type(box("Frequency with", "High"), "1");

    expect(await screen.findByText("The model avoids about 10,000 a year (mean loss 20,000 without, 10,000 with); the contract plans 12,000.")).toBeTruthy();
    // 21 thresholds from 0 to the largest loss, 20,000; read at the first, the middle (10,000) and the last. Every year
    // loses 20,000 without (over 0 and 10,000, not over 20,000) and 10,000 with (over 0 only: "exceeds" is strictly above).
    expect(screen.getByRole("img", { name: /annual loss exceeds/ }).getAttribute("aria-label")).toBe(
      "Chance the annual loss exceeds a threshold from 0 to 20,000: without the intervention 100% at 0, 100% at 10,000 and 0% at 20,000; with it 100%, 0% and 0%.",
    );
  });
});
