import { webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import "./support/render"; // jsdom layout stand-in for Tabster
import { App } from "../../src/taskpane/App";
import { PreviewBanner } from "../../src/taskpane/preview/preview";
import type { Workbook } from "../../src/memory-excel/model-workbook";
import type { ContractStore } from "../../src/workbook/contract-store";
import { fourContracts } from "./support/portfolio-data";
import { editCell, TODAY, workbookWith } from "./support/store";

function renderApp(store: ContractStore, preview: { timedOut: boolean; model: Workbook } | null) {
  const user = userEvent.setup();
  render(<App store={store} theme={webLightTheme} today={TODAY} locale="en-GB" notice={preview && <PreviewBanner timedOut={preview.timedOut} error={null} model={preview.model} />} />);
  return { user };
}

describe("App shell", () => {
  it("says plainly, for the whole session, that the preview is not connected to Excel", async () => {
    const { store, excel } = await workbookWith(fourContracts());
    const { user } = renderApp(store, { timedOut: false, model: excel.model });
    expect(screen.getByText("Preview: not connected to Excel")).toBeTruthy();
    await screen.findByRole("grid", { name: /contracts/i });
    await user.click(screen.getByRole("button", { name: "Setup" }));
    await screen.findByRole("heading", { name: "Check the workbook" });
    expect(screen.getByText("Preview: not connected to Excel")).toBeTruthy();
    await screen.findByText("All well");
  });

  it("keeps the preview notice to one line, its explanation behind an info button", async () => {
    const { store, excel } = await workbookWith(fourContracts());
    const { user } = renderApp(store, { timedOut: true, model: excel.model });
    await screen.findByRole("grid", { name: /contracts/i });
    const notice = screen.getByRole("group", { name: "Preview: not connected to Excel" });
    expect(notice.textContent).toBe("Preview: not connected to Excel");
    await user.click(await screen.findByRole("button", { name: "About the preview" }));
    expect((await screen.findByRole("note")).textContent).toMatch(/^Office did not answer.*nothing is saved/);
  });

  it("shows no preview banner inside Excel", async () => {
    const { store } = await workbookWith(fourContracts());
    renderApp(store, null);
    await screen.findByRole("grid", { name: /contracts/i });
    expect(screen.queryByText(/Preview/)).toBeNull();
  });

  it("opens Setup behind the gear and comes back with focus on the gear", async () => {
    const { store } = await workbookWith(fourContracts());
    const { user } = renderApp(store, null);
    expect(screen.getByRole("heading", { level: 1, name: "Portfolio" })).toBeTruthy();
    await screen.findByRole("grid", { name: /contracts/i });
    await user.click(screen.getByRole("button", { name: "Setup" }));
    expect(screen.getByRole("heading", { level: 1, name: "Setup" })).toBeTruthy();
    await screen.findByText("All well");
    await user.click(screen.getByRole("button", { name: "Back to the portfolio" }));
    await screen.findByRole("grid", { name: /contracts/i });
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Setup" }));
  });

  it("opens a contract's value ledger from its row, and Back returns with focus on that button", async () => {
    const { store } = await workbookWith(fourContracts());
    const { user } = renderApp(store, null);
    await user.click(await screen.findByRole("button", { name: "Value ledger: Alpha pricing" }));
    expect(screen.getByRole("heading", { level: 1, name: "Value ledger" })).toBeTruthy();
    await screen.findByRole("heading", { name: "VC-0001: Alpha pricing" });
    expect(screen.getByText(/^No actuals recorded yet/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Back" }));
    await screen.findByRole("grid", { name: /contracts/i });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("button", { name: "Value ledger: Alpha pricing" })));
  });

  it("opens a row the store reported invalid in the editor, to be fixed", async () => {
    const { store, excel } = await workbookWith(fourContracts());
    editCell(excel, 2, "Status", "Half done");
    const { user } = renderApp(store, null);
    await user.click(await screen.findByRole("button", { name: /Open row \d+ to fix/ }));
    expect(screen.getByRole("heading", { level: 1, name: "Edit contract" })).toBeTruthy();
    expect(await screen.findByText("This row has problems in the workbook")).toBeTruthy();
    await screen.findByDisplayValue("Charlie emails");
    // Its ID is not what is wrong: it stays the key the workbook knows the row by.
    expect(screen.getByRole("textbox", { name: "Contract ID" }).hasAttribute("readonly")).toBe(true);
  });

  it("opens the very row of two that share a Contract ID, and saves it under a new ID", async () => {
    const { store, excel } = await workbookWith(fourContracts());
    // Delta's ID typed over with Charlie's: sheet rows 4 and 5 both say VC-0003.
    editCell(excel, 3, "Contract ID", "VC-0003");
    const { user } = renderApp(store, null);
    await user.click(await screen.findByRole("button", { name: "Open row 5 to fix" }));
    await screen.findByDisplayValue("Delta fraud");
    const id = screen.getByRole("textbox", { name: "Contract ID" });
    expect(id.hasAttribute("readonly")).toBe(false);
    await user.clear(id);
    await user.type(id, "VC-0005");
    await user.click(screen.getByRole("button", { name: "Save" }));

    await screen.findByRole("row", { name: /Delta fraud/ });
    expect(screen.queryByRole("region", { name: "Rows with problems" })).toBeNull();
    const listed = await store.listContracts();
    expect(listed.ok ? listed.value.contracts.map((stored) => [stored.row, stored.id, stored.draft["title"], stored.problems.length]) : listed.error).toEqual([
      [2, "VC-0001", "Alpha pricing", 0],
      [3, "VC-0002", "Bravo service", 0],
      [4, "VC-0003", "Charlie emails", 0],
      [5, "VC-0005", "Delta fraud", 0],
    ]);
  });

  it("opens the editor for a new contract and for a row, and the review from a row", async () => {
    const { store } = await workbookWith(fourContracts());
    const { user } = renderApp(store, null);
    await screen.findByRole("grid", { name: /contracts/i });
    await user.click(screen.getByRole("button", { name: "New" }));
    expect(screen.getByRole("heading", { level: 1, name: "New contract" })).toBeTruthy();
    await screen.findByRole("button", { name: /cancel/i });
    // The view's title once: the form under it adds no "New contract VC-0005" of its own.
    expect(screen.getAllByRole("heading", { name: /New contract/ })).toHaveLength(1);
    await user.click(screen.getByRole("button", { name: /cancel/i }));
    await screen.findByRole("grid", { name: /contracts/i });

    await user.click(screen.getByText("Delta fraud"));
    expect(screen.getByRole("heading", { level: 1, name: "Edit contract" })).toBeTruthy();
    await screen.findByDisplayValue("Delta fraud");
    await user.click(screen.getByRole("button", { name: /cancel/i }));
    await screen.findByRole("grid", { name: /contracts/i });
    expect(document.activeElement).toBe(screen.getByRole("row", { name: /Delta fraud/ }));

    await user.click(screen.getByRole("button", { name: "Record review: Alpha pricing" }));
    expect(screen.getByRole("heading", { level: 1, name: "Record review" })).toBeTruthy();
    await screen.findByRole("button", { name: /cancel/i });
  });
});
