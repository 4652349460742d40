import { screen, waitFor, within } from "@testing-library/react";
import ContractEditor from "../../../src/taskpane/editor/ContractEditor";
import { descriptionOf, figure, isInvalid, renderView, valueOf } from "./dom";
import type { ValueContract } from "../../../src/domain/contract";
import { activeContract, testWorkbook } from "./workbook-fixture";

async function openNewContract(existing: readonly ValueContract[] = []) {
  const workbook = await testWorkbook(existing);
  const onDone = jest.fn();
  const { user } = renderView(<ContractEditor store={workbook.store} contractId={null} onDone={onDone} />);
  await screen.findByPlaceholderText(`VC-000${existing.length + 1} if left blank`);
  return { workbook, onDone, user };
}

describe("the contract editor's form", () => {
  test("a new contract opens as a Draft whose Contract ID the store gives on save: the next one, shown in the box", async () => {
    await openNewContract();
    const id = screen.getByRole("textbox", { name: "Contract ID" });
    expect(valueOf(id)).toBe("");
    expect(id.getAttribute("placeholder")).toBe("VC-0001 if left blank");
    expect(valueOf(screen.getByRole("combobox", { name: "Status" }))).toBe("Draft");
  });

  test("a new contract repeats no title under the pane's own: its parts are the headings below it", async () => {
    await openNewContract();
    expect(screen.queryByRole("heading", { name: /New contract/ })).toBeNull();
    expect(screen.getByRole("heading", { level: 2, name: /^Outcome/ })).toBeTruthy();
  });

  test("a field's problem shows once it is left, with the field, the reason and the typing kept", async () => {
    const { user } = await openNewContract();
    const title = screen.getByRole("textbox", { name: "Title" });
    await user.click(title);
    expect(screen.queryByText("Title is required.")).toBeNull();
    await user.tab();
    expect(descriptionOf(title)).toEqual(expect.stringContaining("Title is required."));
    expect(isInvalid(title)).toBe(true);

    await user.click(screen.getByRole("button", { name: /Full economic cost/ }));
    const dataCost = screen.getByRole("textbox", { name: "Data cost" });
    await user.type(dataCost, "12,34");
    await user.tab();
    expect(valueOf(dataCost)).toBe("12,34");
    expect(descriptionOf(dataCost)).toEqual(expect.stringContaining("Data cost must be a number, such as 1,234.50, 250k, 1.2m or (1,000)."));

    await user.clear(dataCost);
    await user.type(dataCost, "(1,000)");
    await user.tab();
    expect(valueOf(dataCost)).toBe("-1,000");
    expect(descriptionOf(dataCost)).toEqual(expect.stringContaining("Data cost must be 0 or more"));
    expect(screen.getByRole("button", { name: /Full economic cost.*1 to fix/ })).toBeTruthy();
  });

  test("amounts accept 1,234.50, 250k, 1.2m and (1,000) and are written out in full when the field is left", async () => {
    const { user } = await openNewContract();
    await user.click(screen.getByRole("button", { name: /Value components/ }));
    const cases: Array<[string, string, string]> = [
      ["Incremental revenue", "1.2m", "1,200,000"],
      ["Protected earnings", "250k", "250,000"],
      ["Capacity value", "1234.5", "1,234.50"],
    ];
    for (const [label, typed, shown] of cases) {
      const input = screen.getByRole("textbox", { name: label });
      await user.type(input, typed);
      expect(valueOf(input)).toBe(typed);
      await user.tab();
      expect(valueOf(input)).toBe(shown);
    }
    await user.click(screen.getByRole("button", { name: /Baseline and counterfactual/ }));
    const baseline = screen.getByRole("textbox", { name: "Baseline" });
    await user.type(baseline, "(1,000)");
    await user.tab();
    expect(valueOf(baseline)).toBe("-1,000");
    expect(isInvalid(baseline)).toBe(false);
  });

  test("figures follow the typing, from the same domain functions as the workbook's columns", async () => {
    const { user } = await openNewContract();
    expect(figure("Lifecycle cost")).toBe("0");
    expect(figure("Value class")).toBe("no evidence level");
    expect(figure("Next review")).toBe("not scheduled");
    expect(figure("Evidence still needed")).toBe("Technical to Financial");
    await user.click(screen.getByRole("button", { name: /Full economic cost/ }));
    await user.type(screen.getByRole("textbox", { name: "Technology cost" }), "250k");
    // Before the field is left: the strip already counts it.
    expect(figure("Lifecycle cost")).toBe("250,000");
    expect(figure("Planned value")).toBe("-250,000");
    await user.type(screen.getByRole("textbox", { name: "Operating cost" }), "50000");
    expect(figure("Lifecycle cost")).toBe("300,000");

    await user.click(screen.getByRole("button", { name: /Value components/ }));
    await user.type(screen.getByRole("textbox", { name: "Capacity value" }), "1m");
    expect(figure("Planned value")).toBe("700,000");
    // Revenue counts only at its margin: nothing until the margin is given, then 400,000 x 40% = 160,000.
    await user.type(screen.getByRole("textbox", { name: "Incremental revenue" }), "400k");
    expect(figure("Planned value")).toBe("700,000");
    await user.type(screen.getByRole("textbox", { name: "Revenue margin" }), "40%");
    expect(figure("Planned value")).toBe("860,000");

    await user.click(screen.getByRole("button", { name: /^Evidence/ }));
    await user.selectOptions(screen.getByRole("combobox", { name: "Evidence level" }), "Behavioural");
    expect(figure("Value class")).toBe("Evidenced leading indicator");
    expect(figure("Evidence still needed")).toBe("Operational, Financial");

    await user.click(screen.getByRole("button", { name: /^Review cadence/ }));
    await user.selectOptions(screen.getByRole("combobox", { name: "Review cadence" }), "Monthly");
    await user.type(screen.getByLabelText(/^Last review/), "2026-01-31");
    expect(figure("Next review")).toMatch(/28 Feb 2026|Feb 28, 2026/);
  });

  test("figures are announced politely, and only once a value is committed", async () => {
    const { user } = await openNewContract();
    const announcer = screen.getByRole("status");
    await user.click(screen.getByRole("button", { name: /Full economic cost/ }));
    await user.type(screen.getByRole("textbox", { name: "Technology cost" }), "250k");
    expect(announcer.textContent).toContain("Lifecycle cost: 0.");
    await user.tab();
    expect(announcer.textContent).toContain("Lifecycle cost: 250,000.");
    expect(announcer.getAttribute("aria-live")).toBe("polite");
  });

  test("Save with problems opens the first panel with one and focuses its first invalid field", async () => {
    const { user, workbook, onDone } = await openNewContract();
    await user.type(screen.getByRole("textbox", { name: "Title" }), "Invoice matching");
    await user.click(screen.getByRole("button", { name: /Full economic cost/ }));
    await user.type(screen.getByRole("textbox", { name: "Data cost" }), "lots");
    // Close the panel again: Save must reopen it.
    await user.click(screen.getByRole("button", { name: /Full economic cost/ }));
    expect(screen.queryByRole("textbox", { name: "Data cost" })).toBeNull();

    await user.click(screen.getByRole("button", { name: "Save" }));
    const dataCost = await screen.findByRole("textbox", { name: "Data cost" });
    expect(document.activeElement).toBe(dataCost);
    expect(valueOf(dataCost)).toBe("lots");
    expect(descriptionOf(dataCost)).toEqual(expect.stringContaining("Data cost must be a number"));
    expect(onDone).not.toHaveBeenCalled();
    const listed = await workbook.store.listContracts();
    expect(listed.ok && listed.value.contracts).toEqual([]);
  });

  test("an Active contract names every field it still needs, and focuses the first", async () => {
    const { user } = await openNewContract();
    await user.type(screen.getByRole("textbox", { name: "Title" }), "Invoice matching");
    await user.selectOptions(screen.getByRole("combobox", { name: "Status" }), "Active");
    await user.click(screen.getByRole("button", { name: "Save" }));
    const outcome = screen.getByRole("textbox", { name: "Enterprise outcome" });
    expect(document.activeElement).toBe(outcome);
    // Each field says only that it is required; the list of what is missing is shown once, above the form.
    expect(descriptionOf(outcome)).toEqual(expect.stringMatching(/^Enterprise outcome is required for an Active contract\. /));
    expect(descriptionOf(outcome)).not.toContain("Accountable owner");
    expect(screen.getByRole("button", { name: /^Owner.*1 to fix/ })).toBeTruthy();
    expect(screen.getByRole("button", { name: /^Review cadence.*1 to fix/ })).toBeTruthy();
    expect(screen.getByText("Not saved: 6 required fields are empty")).toBeTruthy();
    expect(screen.getByText("An Active contract needs them; a Draft does not.")).toBeTruthy();
    const missing = within(screen.getByRole("list", { name: "Missing fields" })).getAllByRole("listitem");
    expect(missing.map((item) => item.textContent)).toEqual([
      "Enterprise outcome,",
      "Accountable owner,",
      "Value mechanism,",
      "Capture decision,",
      "Evidence level,",
      "Review cadence",
    ]);
  });

  test("the summary of missing fields goes to each field, shrinks as they are filled, and goes when none is left", async () => {
    const { user } = await openNewContract();
    await user.type(screen.getByRole("textbox", { name: "Title" }), "Invoice matching");
    await user.selectOptions(screen.getByRole("combobox", { name: "Status" }), "Active");
    await user.click(screen.getByRole("button", { name: "Save" }));
    const summary = () => screen.queryByRole("list", { name: "Missing fields" });

    await user.click(within(summary() ?? document.body).getByRole("button", { name: "Accountable owner" }));
    const owner = await screen.findByRole("combobox", { name: "Accountable owner" });
    await waitFor(() => expect(document.activeElement).toBe(owner));
    await user.type(owner, "Sam Okafor");
    await user.tab();
    expect(summary()?.textContent).not.toContain("Accountable owner");
    expect(screen.getByText("Not saved: 5 required fields are empty")).toBeTruthy();

    await user.selectOptions(screen.getByRole("combobox", { name: "Status" }), "Draft");
    expect(summary()).toBeNull();
  });

  test("a Draft saved without its title names the title alone", async () => {
    const { user } = await openNewContract();
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(screen.getByText("Not saved: 1 required field is empty")).toBeTruthy();
    expect(screen.getByRole("list", { name: "Missing fields" }).textContent).toBe("Title");
    expect(screen.queryByText(/a Draft does not/)).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole("textbox", { name: "Title" }));
  });

  test("the owner box suggests owners already in the workbook and takes a new name as typed", async () => {
    const { user } = await openNewContract([activeContract()]);
    await user.click(screen.getByRole("button", { name: /^Owner/ }));
    const owner = screen.getByRole("combobox", { name: "Accountable owner" });
    await user.click(owner);
    await user.click(await screen.findByRole("option", { name: "Dana Whitfield" }));
    expect(valueOf(owner)).toBe("Dana Whitfield");
    await user.clear(owner);
    await user.type(owner, "Sam Okafor");
    await user.tab();
    expect(valueOf(owner)).toBe("Sam Okafor");
  });
});
