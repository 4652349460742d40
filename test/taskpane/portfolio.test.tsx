import { screen, within } from "@testing-library/react";
import { PortfolioView } from "../../src/taskpane/portfolio/PortfolioView";
import type { ContractStore } from "../../src/workbook/contract-store";
import { fourContracts } from "./support/portfolio-data";
import { renderPane } from "./support/render";
import { TODAY, workbookWith } from "./support/store";

function renderPortfolio(store: ContractStore, onOpen = jest.fn(), onReview = jest.fn()) {
  return renderPane(
    <PortfolioView store={store} today={TODAY} focusKey={null} onOpen={onOpen} onReview={onReview} onNew={jest.fn()} onOpenSetup={jest.fn()} />,
  );
}

/** Titles of the contract rows, top to bottom. */
function rowTitles(): string[] {
  const list = screen.getByRole("grid", { name: /contracts/i });
  return within(list)
    .getAllByRole("row")
    .map((row) => row.querySelector("[role=gridcell] span")?.textContent ?? "");
}

/** A headline figure's button as it reads, e.g. "Planned value: 880, 3 contracts". */
function figure(label: string): string {
  return screen.getByRole("button", { name: new RegExp(`^${label}:`) }).getAttribute("aria-label") ?? "";
}

/** The plan's breakdown, opened: it starts closed so that the list stays near the top of a short pane. */
async function openPlanBreakdown(user: ReturnType<typeof renderPortfolio>["user"]): Promise<void> {
  await user.click(screen.getByText("Plan by evidence level and value class"));
}

describe("Portfolio", () => {
  it("shows a skeleton first, then every contract with its planned value", async () => {
    const { store } = await workbookWith(fourContracts());
    renderPortfolio(store);
    expect(screen.getByLabelText("Loading contracts")).toBeTruthy();
    expect(await screen.findByRole("grid", { name: /contracts/i })).toBeTruthy();
    expect(rowTitles()).toEqual(["Alpha pricing", "Bravo service", "Charlie emails", "Delta fraud"]);
    const alpha = screen.getByRole("row", { name: /Alpha pricing/ });
    expect(within(alpha).getByText("850")).toBeTruthy();
    expect(within(alpha).getByText(/Ann · Active · Financial evidence · Realised value/)).toBeTruthy();
  });

  it("heads the live contracts' plan, with Draft apart, and breaks the plan down", async () => {
    const { store } = await workbookWith(fourContracts());
    const { user } = renderPortfolio(store);
    await screen.findByRole("grid", { name: /contracts/i });
    // Live: Alpha 850 + Bravo 80 + Delta (Paused) -50 = 880; Charlie is a Draft. No ledger rows, so nothing to date.
    expect(screen.getByRole("heading", { name: "3 live contracts" })).toBeTruthy();
    expect(figure("Planned value")).toBe("Planned value: 880, 3 contracts");
    expect(figure("Realised to date")).toBe("Realised to date: 0, no contracts");
    expect(screen.getByText("Draft: 1 contract, planned 210 (not counted above).")).toBeTruthy();
    expect(screen.queryByText(/^Terminated:/)).toBeNull();
    await openPlanBreakdown(user);
    // Live lifecycle cost 150 + 300 + 250 = 700; Bravo's 80 rests on capability value alone: 80 of 880 is 9%.
    expect(screen.getByText("Lifecycle cost in the plan: 700 a year.")).toBeTruthy();
    expect(screen.getByText(/Planned on capability value or unsupported optimism alone: 80 in 1 contract \(9% of the planned value\)/)).toBeTruthy();
  });

  it("filters by owner, status, value chain and mandate, and by search, with totals following", async () => {
    const { store } = await workbookWith(fourContracts());
    const { user } = renderPortfolio(store);
    await screen.findByRole("grid", { name: /contracts/i });
    await user.click(screen.getByRole("button", { name: "Filter and sort" }));

    await user.selectOptions(screen.getByRole("combobox", { name: "Owner" }), "Ann");
    expect(rowTitles()).toEqual(["Alpha pricing", "Charlie emails"]);
    // Alpha is live; Ann's Draft (Charlie) is shown apart.
    expect(figure("Planned value")).toBe("Planned value: 850, 1 contract");
    expect(screen.getByText("Draft: 1 contract, planned 210 (not counted above).")).toBeTruthy();
    await openPlanBreakdown(user);
    expect(screen.getByText("Lifecycle cost in the plan: 150 a year.")).toBeTruthy();
    expect(screen.getByRole("status").textContent).toBe("2 of 4 contracts");

    await user.selectOptions(screen.getByRole("combobox", { name: "Status" }), "Active");
    expect(rowTitles()).toEqual(["Alpha pricing"]);

    await user.click(screen.getByRole("button", { name: "Clear filters" }));
    await user.selectOptions(screen.getByRole("combobox", { name: "Value chain" }), "Price and sell");
    expect(rowTitles()).toEqual(["Alpha pricing", "Charlie emails"]);

    await user.selectOptions(screen.getByRole("combobox", { name: "Value chain" }), "");
    await user.selectOptions(screen.getByRole("combobox", { name: "Mandate" }), "Secure existing earnings");
    expect(rowTitles()).toEqual(["Delta fraud"]);
    expect(figure("Planned value")).toBe("Planned value: -50, 1 contract");
    expect(screen.queryByText(/^Draft:/)).toBeNull();

    await user.click(screen.getByRole("button", { name: "Clear filters" }));
    await user.type(screen.getByRole("searchbox", { name: "Search contracts" }), "bravo");
    expect(rowTitles()).toEqual(["Bravo service"]);
    expect(screen.getByText("Lifecycle cost in the plan: 300 a year.")).toBeTruthy();
  });

  it("says so when no contract matches, and clears the filters on request", async () => {
    const { store } = await workbookWith(fourContracts());
    const { user } = renderPortfolio(store);
    await screen.findByRole("grid", { name: /contracts/i });
    await user.type(screen.getByRole("searchbox", { name: "Search contracts" }), "nothing like this");
    expect(screen.getByText(/No contract matches these filters/)).toBeTruthy();
    expect(screen.getByRole("heading", { name: "No live contracts" })).toBeTruthy();
    expect(figure("Planned value")).toBe("Planned value: 0, no contracts");
    await user.click(screen.getAllByRole("button", { name: "Clear filters" })[0]!);
    expect(rowTitles()).toHaveLength(4);
  });

  it("sorts by title, planned value and next review", async () => {
    const { store } = await workbookWith(fourContracts());
    const { user } = renderPortfolio(store);
    await screen.findByRole("grid", { name: /contracts/i });
    await user.click(screen.getByRole("button", { name: "Filter and sort" }));
    const sort = screen.getByRole("combobox", { name: "Sort by" });
    await user.selectOptions(sort, "planned-value");
    expect(rowTitles()).toEqual(["Alpha pricing", "Charlie emails", "Bravo service", "Delta fraud"]);
    await user.selectOptions(sort, "next-review");
    // Bravo overdue, Alpha due in 5 days, Delta in two months, Charlie never reviewed (last).
    expect(rowTitles()).toEqual(["Bravo service", "Alpha pricing", "Delta fraud", "Charlie emails"]);
    await user.selectOptions(sort, "title");
    expect(rowTitles()).toEqual(["Alpha pricing", "Bravo service", "Charlie emails", "Delta fraud"]);
  });

  it("badges reviews due and overdue with an icon and words", async () => {
    const { store } = await workbookWith(fourContracts());
    renderPortfolio(store);
    await screen.findByRole("grid", { name: /contracts/i });
    const alpha = screen.getByRole("row", { name: /Alpha pricing/ });
    const bravo = screen.getByRole("row", { name: /Bravo service/ });
    expect(within(alpha).getByText("Review due")).toBeTruthy();
    expect(within(bravo).getByText("Review overdue")).toBeTruthy();
    for (const badge of [within(alpha).getByText("Review due"), within(bravo).getByText("Review overdue")]) {
      expect(badge.querySelector("svg")).not.toBeNull();
    }
    for (const title of [/Charlie emails/, /Delta fraud/]) {
      expect(within(screen.getByRole("row", { name: title })).queryByText(/Review (due|overdue)/)).toBeNull();
    }
  });

  it("counts live contracts and their planned value per evidence level and per value class", async () => {
    const { store } = await workbookWith(fourContracts());
    const { user } = renderPortfolio(store);
    await screen.findByRole("grid", { name: /contracts/i });
    await openPlanBreakdown(user);
    const pyramid = screen.getByRole("table", { name: /Evidence pyramid/ });
    const cells = (table: HTMLElement, label: string) =>
      within(within(table).getByRole("rowheader", { name: label }).closest("tr")!).getAllByRole("cell").map((cell) => cell.textContent);
    expect(within(pyramid).getAllByRole("rowheader").map((cell) => cell.textContent)).toEqual([
      "Strategic",
      "Financial",
      "Operational",
      "Behavioural",
      "Technical",
      "None",
    ]);
    expect(cells(pyramid, "Financial")).toEqual(["1", "850"]);
    expect(cells(pyramid, "Operational")).toEqual(["1", "-50"]);
    expect(cells(pyramid, "Technical")).toEqual(["1", "80"]);
    // Charlie (None, 210) is a Draft: not in the live contracts' plan.
    expect(cells(pyramid, "None")).toEqual(["0", "0"]);
    expect(cells(pyramid, "Strategic")).toEqual(["0", "0"]);
    const classes = screen.getByRole("table", { name: "Value classes" });
    expect(cells(classes, "Realised value")).toEqual(["1", "850"]);
    expect(cells(classes, "Evidenced leading indicator")).toEqual(["1", "-50"]);
    expect(cells(classes, "Capability value")).toEqual(["1", "80"]);
    expect(cells(classes, "Unsupported optimism")).toEqual(["0", "0"]);
    expect(cells(classes, "Strategic option value")).toEqual(["0", "0"]);
  });

  it("opens a contract in the editor on click or Enter, and its review from the row's Review button", async () => {
    const { store } = await workbookWith(fourContracts());
    const onOpen = jest.fn();
    const onReview = jest.fn();
    const { user } = renderPortfolio(store, onOpen, onReview);
    await screen.findByRole("grid", { name: /contracts/i });
    await user.click(screen.getByText("Bravo service"));
    expect(onOpen).toHaveBeenLastCalledWith("VC-0002");
    screen.getByRole("row", { name: /Delta fraud/ }).focus();
    await user.keyboard("{Enter}");
    expect(onOpen).toHaveBeenLastCalledWith("VC-0004");
    await user.click(screen.getByRole("button", { name: "Record review: Alpha pricing" }));
    expect(onReview).toHaveBeenCalledWith("VC-0001");
    expect(onOpen).toHaveBeenCalledTimes(2);
  });
});
