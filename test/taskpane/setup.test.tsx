import { screen, within } from "@testing-library/react";
import { SAMPLE_COUNT } from "../../src/domain/sample-contracts";
import SetupView from "../../src/taskpane/setup/SetupView";
import type { MemoryExcel } from "../../src/memory-excel";
import { renderPane } from "./support/render";
import { emptyWorkbook, TODAY, workbookWith } from "./support/store";

/** Renames a header cell of the contracts table, as a user typing over it would. */
function renameHeader(excel: MemoryExcel, from: string, to: string): void {
  excel.workbook.table("ValueContracts").renameColumnDirect(from, to);
}

describe("Setup", () => {
  it("checks an empty workbook, creates the tables, and then finds all well", async () => {
    const { store } = emptyWorkbook();
    const { user } = renderPane(<SetupView store={store} today={TODAY} />);

    expect(await screen.findByText("No contract tables yet")).toBeTruthy();
    const problems = screen.getByRole("list", { name: "Problems found" });
    expect(problems.textContent).toMatch(/ValueContracts is missing/);
    expect(problems.textContent).toMatch(/ValueReviews is missing/);

    const create = screen.getByRole("button", { name: "Create tables" });
    await user.click(create);
    expect(await screen.findByText("Tables set up")).toBeTruthy();
    expect(await screen.findByText("All well")).toBeTruthy();
    // The same button now offers repair, and focus is back on it.
    const repair = screen.getByRole("button", { name: "Repair layout" });
    expect(repair).toBe(create);
    expect(document.activeElement).toBe(repair);
  });

  it("lists a damaged layout and repairs it", async () => {
    const { store, excel } = await workbookWith([]);
    renameHeader(excel, "Status", "State");
    const { user } = renderPane(<SetupView store={store} today={TODAY} />);

    expect(await screen.findByText(/The layout needs repair/)).toBeTruthy();
    expect(screen.getByRole("list", { name: "Problems found" }).textContent).toMatch(/Status/);

    await user.click(screen.getByRole("button", { name: "Repair layout" }));
    await screen.findByText("Tables set up");
    // What repair did, in words, one line per action.
    expect(within(screen.getByRole("status")).getAllByRole("listitem").length).toBeGreaterThan(0);
    expect(await screen.findByText("All well")).toBeTruthy();
  });

  it("inserts the sample contracts, which the check then finds valid", async () => {
    const { store } = await workbookWith([]);
    const { user } = renderPane(<SetupView store={store} today={TODAY} />);
    await screen.findByText("All well");
    await user.click(screen.getByRole("button", { name: "Insert sample contracts" }));
    expect(await screen.findByText(`Inserted ${SAMPLE_COUNT} sample contracts`)).toBeTruthy();
    expect(await screen.findByText("All well")).toBeTruthy();
    const listed = await store.listContracts();
    expect(listed.ok && listed.value.contracts.length).toBe(SAMPLE_COUNT);
  });
});
