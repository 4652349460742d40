import { stampOf } from "../../../src/workbook/contract-store";
import { screen, waitFor, within } from "@testing-library/react";
import type { ValueContract } from "../../../src/domain/contract";
import type { RangeInput } from "../../../src/domain/value-range";
import ContractEditor from "../../../src/taskpane/editor/ContractEditor";
import { valueOf as unwrap } from "../../workbook/fixtures";
import { descriptionOf, isInvalid, renderView, valueOf } from "./dom";
import { activeContract, testWorkbook, type TestWorkbook } from "./workbook-fixture";

/**
 * Ranges in the contract editor: a "Range for <line>" switch under each of the 16 amounts of the value equation,
 * read and checked as ValueRanges rows (src/domain/value-range.ts), saved after the contract with saveRanges and
 * read back here from the in-memory workbook's ValueRanges table, as a user would see them in the sheet.
 */

async function openEditor(contracts: readonly ValueContract[], ranges: readonly RangeInput[] = []) {
  const workbook = await testWorkbook(contracts);
  if (ranges.length > 0) unwrap(await workbook.store.saveRanges("VC-0001", ranges, []));
  const onDone = jest.fn();
  const view = renderView(<ContractEditor store={workbook.store} contractId="VC-0001" onDone={onDone} />);
  await screen.findByRole("button", { name: "Save" });
  await view.user.click(screen.getByRole("button", { name: /Value components/ }));
  return { workbook, onDone, ...view };
}

const rangeRows = (workbook: TestWorkbook) => {
  const table = workbook.excel.workbook.table("ValueRanges");
  return Array.from({ length: table.rowCount() }, (_, i) => table.row(i)).filter((row) => row["Contract ID"] !== "" && row["Contract ID"] !== null);
};
const group = (line: string) => screen.getByRole("group", { name: `${line} range` });
const box = (line: string, part: string) => within(group(line)).getByRole("textbox", { name: part });
const save = (user: ReturnType<typeof renderView>["user"]) => user.click(screen.getByRole("button", { name: "Save" }));

describe("ranges in the contract editor", () => {
  test("switching a range on, typing 250k and 1.2m, and saving writes the ValueRanges row and says so", async () => {
    const { user, workbook, onDone } = await openEditor([activeContract()]);
    const toggle = screen.getByRole("switch", { name: "Range for Capacity value" });
    expect(screen.queryByRole("group", { name: "Capacity value range" })).toBeNull();
    await user.click(toggle);
    // Blank Likely means the plan: the placeholder says which.
    expect(box("Capacity value", "Likely").getAttribute("placeholder")).toBe("Plan: 400,000");
    await user.type(box("Capacity value", "Low"), "250k");
    await user.type(box("Capacity value", "High"), "1.2m");
    await user.type(box("Capacity value", "Basis"), "Pilot team spread");
    await user.tab();
    expect(valueOf(box("Capacity value", "Low"))).toBe("250,000");
    expect(valueOf(box("Capacity value", "High"))).toBe("1,200,000");
    await save(user);
    await waitFor(() => expect(onDone).toHaveBeenCalled());

    expect(onDone).toHaveBeenCalledWith("VC-0001", "Saved VC-0001, with 1 range.");
    const rows = rangeRows(workbook);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ "Contract ID": "VC-0001", Line: "Capacity value", Low: 250_000, Likely: "", High: 1_200_000, Basis: "Pilot team spread" });
  });

  test("Low above Likely shows the reason on Low, keeps the text, and saves nothing", async () => {
    const { user, workbook, onDone } = await openEditor([activeContract()]);
    await user.click(screen.getByRole("button", { name: /Full economic cost/ }));
    await user.click(screen.getByRole("switch", { name: "Range for Operating cost" }));
    await user.type(box("Operating cost", "Low"), "90k");
    await user.type(box("Operating cost", "Likely"), "70k");
    await user.type(box("Operating cost", "High"), "12O,000");
    await save(user);

    const low = box("Operating cost", "Low");
    await waitFor(() => expect(isInvalid(low)).toBe(true));
    expect(descriptionOf(low)).toBe("Operating cost: Low (90,000) is above Likely (70,000): enter Low <= Likely <= High.");
    // A typo names its field and is kept exactly as typed.
    expect(descriptionOf(box("Operating cost", "High"))).toMatch(/^High for Operating cost must be a number/);
    expect(valueOf(box("Operating cost", "High"))).toBe("12O,000");
    expect(isInvalid(box("Operating cost", "Likely"))).toBe(false);
    expect(document.activeElement).toBe(low);
    expect(onDone).not.toHaveBeenCalled();
    expect(rangeRows(workbook)).toHaveLength(0);
  });

  test("a blank Likely with the plan outside the range is refused on Likely", async () => {
    const { user, onDone } = await openEditor([activeContract()]);
    await user.click(screen.getByRole("switch", { name: "Range for Capacity value" }));
    await user.type(box("Capacity value", "Low"), "500k");
    await user.type(box("Capacity value", "High"), "600k");
    await save(user);
    await waitFor(() => expect(isInvalid(box("Capacity value", "Likely"))).toBe(true));
    expect(descriptionOf(box("Capacity value", "Likely"))).toMatch(/Likely is blank, so it is the contract's plan for Capacity value \(400,000\)/);
    expect(onDone).not.toHaveBeenCalled();
  });

  test("an existing range opens switched on; switching it off removes its row", async () => {
    const { user, workbook, onDone } = await openEditor([activeContract()], [
      { line: "Capacity value", low: 200_000, likely: null, high: 500_000, basis: "Pilot" },
      { line: "Technology cost", low: 100_000, likely: 120_000, high: 180_000, basis: "" },
    ]);
    expect(screen.getByRole("switch", { name: "Range for Capacity value" })).toHaveProperty("checked", true);
    expect(valueOf(box("Capacity value", "Low"))).toBe("200,000");
    await user.click(screen.getByRole("button", { name: /Full economic cost/ }));
    expect(valueOf(box("Technology cost", "Likely"))).toBe("120,000");
    await user.click(screen.getByRole("switch", { name: "Range for Technology cost" }));
    await save(user);
    await waitFor(() => expect(onDone).toHaveBeenCalled());

    expect(onDone).toHaveBeenCalledWith("VC-0001", "Saved VC-0001, with 1 range.");
    expect(rangeRows(workbook).map((row) => row["Line"])).toEqual(["Capacity value"]);
  });

  test("a co-author's change to a range meanwhile is a conflict: the contract is saved, nothing typed is lost", async () => {
    const { user, workbook, onDone } = await openEditor([activeContract()], [{ line: "Capacity value", low: 200_000, likely: null, high: 500_000, basis: "Pilot" }]);
    await user.clear(box("Capacity value", "High"));
    await user.type(box("Capacity value", "High"), "650k");
    // A colleague widens the same range in the sheet.
    workbook.excel.workbook.table("ValueRanges").setCellDirect(0, "Low", 150_000);
    await save(user);

    expect(await screen.findByText("Ranges changed in the workbook")).toBeTruthy();
    expect(onDone).not.toHaveBeenCalled();
    expect(valueOf(box("Capacity value", "High"))).toBe("650,000");
    expect(rangeRows(workbook)[0]).toMatchObject({ Low: 150_000, High: 500_000 });

    // Keep editing: the next save replaces the row as it is now, with the typed range.
    await user.click(screen.getByRole("button", { name: "Keep editing ranges" }));
    await save(user);
    await waitFor(() => expect(onDone).toHaveBeenCalledWith("VC-0001", "Saved VC-0001, with 1 range."));
    expect(rangeRows(workbook)[0]).toMatchObject({ Low: 200_000, High: 650_000 });
  });

  test("a range-only edit leaves the contract's row as it was: no new Version, and a colleague's edit to it stands", async () => {
    const { user, workbook, onDone } = await openEditor([activeContract()], [{ line: "Capacity value", low: 200_000, likely: null, high: 500_000, basis: "Pilot" }]);
    // A colleague changes the contract's owner role in the sheet while the range is being edited.
    const theirs = await workbook.stored("VC-0001");
    if (theirs.contract === null) throw new Error("fixture contract is invalid");
    unwrap(await workbook.store.updateContract({ ...theirs.contract, ownerRole: "COO" }, stampOf(theirs)));
    await user.clear(box("Capacity value", "High"));
    await user.type(box("Capacity value", "High"), "650k");
    await save(user);
    await waitFor(() => expect(onDone).toHaveBeenCalledWith("VC-0001", "Saved VC-0001, with 1 range."));

    expect(rangeRows(workbook)[0]).toMatchObject({ Low: 200_000, High: 650_000 });
    const stored = await workbook.stored("VC-0001");
    // Version 2 is the colleague's; the range save did not write the contract again, nor undo their owner role.
    expect([stored.contract?.ownerRole, stored.version]).toEqual(["COO", 2]);
  });

  test("Reload ranges after a conflict shows the co-author's range", async () => {
    const { user, workbook } = await openEditor([activeContract()], [{ line: "Capacity value", low: 200_000, likely: null, high: 500_000, basis: "Pilot" }]);
    await user.clear(box("Capacity value", "High"));
    await user.type(box("Capacity value", "High"), "650k");
    workbook.excel.workbook.table("ValueRanges").setCellDirect(0, "Low", 150_000);
    await save(user);
    await user.click(await screen.findByRole("button", { name: "Reload ranges" }));
    expect(valueOf(box("Capacity value", "Low"))).toBe("150,000");
    expect(valueOf(box("Capacity value", "High"))).toBe("500,000");
  });
});
