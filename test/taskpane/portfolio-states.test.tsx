import { screen, within } from "@testing-library/react";
import { SAMPLE_COUNT } from "../../src/domain/sample-contracts";
import { PortfolioView } from "../../src/taskpane/portfolio/PortfolioView";
import type { ContractStore } from "../../src/workbook/contract-store";
import { fourContracts } from "./support/portfolio-data";
import { renderPane } from "./support/render";
import { editCell, emptyWorkbook, TODAY, workbookWith } from "./support/store";

function renderPortfolio(store: ContractStore, onOpen = jest.fn(), onNew = jest.fn()) {
  return renderPane(
    <PortfolioView store={store} today={TODAY} focusKey={null} onOpen={onOpen} onReview={jest.fn()} onNew={onNew} onOpenSetup={jest.fn()} />,
  );
}

describe("Portfolio: rows the store reported invalid", () => {
  it("shows each with sheet, row, column and reason, keeps it out of the totals, and opens it to be fixed", async () => {
    const { store, excel } = await workbookWith(fourContracts());
    // A hand edit in the sheet: text in Bravo's Technology cost (second data row).
    editCell(excel, 1, "Technology cost", "about 300");
    const onOpen = jest.fn();
    const { user } = renderPortfolio(store, onOpen);

    const section = await screen.findByRole("region", { name: "Rows with problems" });
    expect(within(section).getByText("1 row needs fixing")).toBeTruthy();
    expect(within(section).getByText("Bravo service")).toBeTruthy();
    const problems = within(section).getByRole("list", { name: /Problems in row/ });
    expect(problems.textContent).toMatch(/Value Contracts, row \d+, column Technology cost:/);
    expect(problems.textContent).toMatch(/Technology cost must be a number/);

    // The three valid contracts remain, and the headline leaves Bravo out: live 850 - 50, Draft Charlie's 210 apart.
    const titles = within(screen.getByRole("grid", { name: /contracts/i })).getAllByRole("row").length;
    expect(titles).toBe(3);
    expect(screen.getByRole("button", { name: "Planned value: 800, 2 contracts" })).toBeTruthy();
    expect(screen.getByText("Draft: 1 contract, planned 210 (not counted above).")).toBeTruthy();

    await user.click(within(section).getByRole("button", { name: /Open row \d+ to fix/ }));
    // With its sheet row, so that of two rows sharing an ID the one shown is the one opened.
    expect(onOpen).toHaveBeenCalledWith("VC-0002", 3);
  });
});

describe("Portfolio: first run", () => {
  it("offers to create the tables, then to add or insert contracts, and lists the samples", async () => {
    const { store } = emptyWorkbook();
    const onNew = jest.fn();
    const { user } = renderPortfolio(store, jest.fn(), onNew);

    expect(await screen.findByRole("heading", { name: "Set up this workbook" })).toBeTruthy();
    const create = screen.getByRole("button", { name: "Create tables" });
    await user.click(create);

    expect(await screen.findByRole("heading", { name: "No contracts yet" })).toBeTruthy();
    const newButton = screen.getByRole("button", { name: "New contract" });
    // Focus stays on the control in the same place rather than falling to the page.
    expect(document.activeElement).toBe(newButton);
    await user.click(newButton);
    expect(onNew).toHaveBeenCalled();

    await user.click(screen.getByRole("button", { name: "Insert sample contracts" }));
    const list = await screen.findByRole("grid", { name: /contracts/i });
    expect(within(list).getAllByRole("row")).toHaveLength(SAMPLE_COUNT);
    // Some samples always have reviews due or overdue.
    expect(screen.getAllByText(/Review (due|overdue)/).length).toBeGreaterThan(0);
  });

  it("inserts the samples straight into an empty workbook, creating the tables first", async () => {
    const { store } = emptyWorkbook();
    const { user } = renderPortfolio(store);
    await user.click(await screen.findByRole("button", { name: "Insert sample contracts" }));
    const list = await screen.findByRole("grid", { name: /contracts/i });
    expect(within(list).getAllByRole("row")).toHaveLength(SAMPLE_COUNT);
  });
});
