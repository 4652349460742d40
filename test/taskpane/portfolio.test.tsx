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

function figure(term: string): string {
  const dt = screen.getByText(term, { selector: "dt" });
  return dt.nextElementSibling?.textContent ?? "";
}

describe("Portfolio", () => {
  it("shows a skeleton first, then every contract with its realised value", async () => {
    const { store } = await workbookWith(fourContracts());
    renderPortfolio(store);
    expect(screen.getByLabelText("Loading contracts")).toBeTruthy();
    expect(await screen.findByRole("grid", { name: /contracts/i })).toBeTruthy();
    expect(rowTitles()).toEqual(["Alpha pricing", "Bravo service", "Charlie emails", "Delta fraud"]);
    const alpha = screen.getByRole("row", { name: /Alpha pricing/ });
    expect(within(alpha).getByText("850")).toBeTruthy();
    expect(within(alpha).getByText(/Ann · Active · Financial evidence · Realised value/)).toBeTruthy();
  });

  it("totals realised value and lifecycle cost over the contracts shown", async () => {
    const { store } = await workbookWith(fourContracts());
    renderPortfolio(store);
    await screen.findByRole("grid", { name: /contracts/i });
    expect(figure("Realised value")).toBe("1,340");
    expect(figure("Lifecycle cost")).toBe("740");
    // 540 of 1340 is 40%.
    expect(screen.getByText(/Only capability value or unsupported optimism: 540 in 2 contracts \(40% of the realised value\)/)).toBeTruthy();
  });

  it("filters by owner, status, value chain and mandate, and by search, with totals following", async () => {
    const { store } = await workbookWith(fourContracts());
    const { user } = renderPortfolio(store);
    await screen.findByRole("grid", { name: /contracts/i });
    await user.click(screen.getByRole("button", { name: "Filter and sort" }));

    await user.selectOptions(screen.getByRole("combobox", { name: "Owner" }), "Ann");
    expect(rowTitles()).toEqual(["Alpha pricing", "Charlie emails"]);
    expect(figure("Realised value")).toBe("1,310");
    expect(figure("Lifecycle cost")).toBe("190");
    expect(screen.getByRole("status").textContent).toBe("2 of 4 contracts");

    await user.selectOptions(screen.getByRole("combobox", { name: "Status" }), "Active");
    expect(rowTitles()).toEqual(["Alpha pricing"]);

    await user.click(screen.getByRole("button", { name: "Clear filters" }));
    await user.selectOptions(screen.getByRole("combobox", { name: "Value chain" }), "Price and sell");
    expect(rowTitles()).toEqual(["Alpha pricing", "Charlie emails"]);

    await user.selectOptions(screen.getByRole("combobox", { name: "Value chain" }), "");
    await user.selectOptions(screen.getByRole("combobox", { name: "Mandate" }), "Secure existing earnings");
    expect(rowTitles()).toEqual(["Delta fraud"]);
    expect(figure("Realised value")).toBe("-50");

    await user.click(screen.getByRole("button", { name: "Clear filters" }));
    await user.type(screen.getByRole("searchbox", { name: "Search contracts" }), "bravo");
    expect(rowTitles()).toEqual(["Bravo service"]);
    expect(figure("Lifecycle cost")).toBe("300");
  });

  it("says so when no contract matches, and clears the filters on request", async () => {
    const { store } = await workbookWith(fourContracts());
    const { user } = renderPortfolio(store);
    await screen.findByRole("grid", { name: /contracts/i });
    await user.type(screen.getByRole("searchbox", { name: "Search contracts" }), "nothing like this");
    expect(screen.getByText(/No contract matches these filters/)).toBeTruthy();
    expect(figure("Realised value")).toBe("0");
    await user.click(screen.getAllByRole("button", { name: "Clear filters" })[0]!);
    expect(rowTitles()).toHaveLength(4);
  });

  it("sorts by title, realised value and next review", async () => {
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

  it("counts contracts and their value per evidence level and per value class", async () => {
    const { store } = await workbookWith(fourContracts());
    renderPortfolio(store);
    await screen.findByRole("grid", { name: /contracts/i });
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
    expect(cells(pyramid, "None")).toEqual(["1", "460"]);
    expect(cells(pyramid, "Strategic")).toEqual(["0", "0"]);
    const classes = screen.getByRole("table", { name: "Value classes" });
    expect(cells(classes, "Realised value")).toEqual(["1", "850"]);
    expect(cells(classes, "Evidenced leading indicator")).toEqual(["1", "-50"]);
    expect(cells(classes, "Capability value")).toEqual(["1", "80"]);
    expect(cells(classes, "Unsupported optimism")).toEqual(["1", "460"]);
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
