import { stampOf } from "../../../src/workbook/contract-store";
import { screen, waitFor, within } from "@testing-library/react";
import type { ValueContract } from "../../../src/domain/contract";
import { todayIso } from "../../../src/taskpane/shared/display-format";
import { addPeriods, periodStart } from "../../../src/domain/settings";
import ReviewView from "../../../src/taskpane/review/ReviewView";
import { descriptionOf, renderView, valueOf } from "../editor/dom";
import { activeContract, testWorkbook } from "../editor/workbook-fixture";

async function openReview(contracts: readonly ValueContract[] = [activeContract()]) {
  const workbook = await testWorkbook(contracts);
  const onDone = jest.fn();
  const view = renderView(<ReviewView store={workbook.store} contractId="VC-0001" onDone={onDone} />);
  await screen.findByRole("button", { name: "Save review" });
  return { workbook, onDone, ...view };
}

const textbox = (name: string) => screen.getByRole("textbox", { name });
const tick = (level: string) => screen.getByRole("checkbox", { name: new RegExp(`^${level}:`) });
const suggestion = () => {
  const card = screen.getByRole("region", { name: /^Suggested:/ });
  return { title: card.querySelector("#review-suggestion-title")?.textContent ?? "", text: card.textContent ?? "" };
};

describe("recording a review", () => {
  test("opens with today's date, the contract's thresholds and an empty history", async () => {
    await openReview();
    expect(screen.getByRole("heading", { name: "Review VC-0001: Claims triage assistant" })).toBeTruthy();
    expect(valueOf(screen.getByLabelText(/^Review date/))).toBe(todayIso());
    expect(screen.getByText("No reviews recorded yet: this will be the first.")).toBeTruthy();
    expect(screen.getByText("300,000")).toBeTruthy();
    expect(suggestion().title).toBe("Suggested: Continue");
    expect(suggestion().text).toContain("No realised value to date is entered");
  });

  test("the evidence level is the highest level ticked; lower levels left unticked are gaps", async () => {
    const { user } = await openReview();
    await user.click(tick("Technical"));
    await user.click(tick("Operational"));
    const result = screen.getByText("Operational", { selector: ".fui-Text" }).parentElement;
    expect(result?.textContent).toContain("(gaps: Behavioural)");
  });

  test("the suggestion follows the thresholds and the evidence, says why, and the reviewer can take it", async () => {
    const { user } = await openReview();
    await user.type(textbox("Realised to date"), "350k");
    await user.click(tick("Operational"));
    // 350,000 reaches the 300,000 expand value on Operational evidence: a contradiction, not a decision to take.
    const warning = screen.getByRole("group", { name: "No decision suggested: the figures contradict each other" });
    expect(warning.textContent).toContain(
      "Realised value to date (350,000) has reached the Expand at value (300,000 a year), but evidence is at Operational level: " +
        "that is value claimed as realised without the evidence to call it realised. Either record the Financial evidence that shows it, or correct the realised figure.",
    );
    expect(screen.queryByRole("region", { name: /^Suggested:/ })).toBeNull();
    expect(screen.queryByRole("button", { name: /^Use / })).toBeNull();
    await user.click(tick("Financial"));
    expect(suggestion().title).toBe("Suggested: Expand");
    // The pane does not read the ledger yet: the annual thresholds are read whole, and the reason says so.
    expect(suggestion().text).toContain("No elapsed time is known, so the annual thresholds are compared with the value to date as they stand.");
    expect(suggestion().text).toContain("No plan to date is known to compare it with.");

    const decision = screen.getByRole("combobox", { name: "Decision" });
    expect(valueOf(decision)).toBe("");
    await user.click(screen.getByRole("button", { name: "Use Expand" }));
    expect(valueOf(decision)).toBe("Expand");
    expect(descriptionOf(decision)).toContain("Saving changes the status from Active to Expanding.");

    await user.clear(textbox("Realised to date"));
    await user.type(textbox("Realised to date"), "(20k)");
    expect(suggestion().title).toBe("Suggested: Terminate");
    // The reviewer's choice stands: the suggestion never changes the decision by itself.
    expect(valueOf(decision)).toBe("Expand");
  });

  test("Save with problems shows them per field and focuses the first; nothing is written", async () => {
    const { user, workbook, onDone } = await openReview();
    await user.type(textbox("Forecast value"), "a lot");
    await user.click(screen.getByRole("button", { name: "Save review" }));

    const reviewer = textbox("Reviewer");
    expect(document.activeElement).toBe(reviewer);
    expect(descriptionOf(reviewer)).toContain("Reviewer is required.");
    expect(descriptionOf(textbox("Forecast value"))).toContain("Forecast value must be a number, such as 1,234.50, 250k, 1.2m or (1,000).");
    expect(valueOf(textbox("Forecast value"))).toBe("a lot");
    expect(descriptionOf(screen.getByRole("combobox", { name: "Decision" }))).toContain("Decision must be one of");
    expect(onDone).not.toHaveBeenCalled();
    const reviews = await workbook.store.listReviews("VC-0001");
    expect(reviews.ok && reviews.value).toEqual([]);
  });

  test("saving appends to ValueReviews and moves the contract's status and last review", async () => {
    const { user, workbook, onDone } = await openReview();
    await user.type(textbox("Reviewer"), "CFO office");
    await user.click(tick("Technical"));
    await user.click(tick("Financial"));
    await user.type(textbox("Realised to date"), "1.2m");
    await user.type(textbox("Forecast value"), "2m");
    await user.selectOptions(screen.getByRole("combobox", { name: "Decision" }), "Expand");
    await user.type(textbox("Rationale"), "Savings visible in the claims P&L.");
    await user.click(screen.getByRole("button", { name: "Save review" }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(true));

    const row = workbook.reviews().row(0);
    expect(row["Review ID"]).toBe("VR-0001");
    expect(row["Contract ID"]).toBe("VC-0001");
    expect(row["Reviewer"]).toBe("CFO office");
    expect(row["Evidence level"]).toBe("Financial");
    expect(row["Realised to date"]).toBe(1_200_000);
    expect(row["Decision"]).toBe("Expand");
    const contract = (await workbook.stored("VC-0001")).contract;
    expect(contract?.status).toBe("Expanding");
    expect(contract?.lastReview).toBe(todayIso());
  });

  test("a contract changed meanwhile is not overwritten: Reload row takes its new thresholds, the review as typed stays", async () => {
    const { user, workbook, onDone } = await openReview();
    workbook.contracts().setCellDirect(0, "Expand at value", 100_000);
    await user.type(textbox("Reviewer"), "CFO office");
    await user.type(textbox("Realised to date"), "150k");
    await user.click(tick("Financial"));
    await user.selectOptions(screen.getByRole("combobox", { name: "Decision" }), "Continue");
    await user.click(screen.getByRole("button", { name: "Save review" }));

    const bar = (await screen.findByText("Changed in the workbook")).closest(".fui-MessageBar");
    if (!(bar instanceof HTMLElement)) throw new Error("no conflict bar");
    expect(onDone).not.toHaveBeenCalled();
    expect(suggestion().title).toBe("Suggested: Continue");
    await user.click(within(bar).getByRole("button", { name: "Reload row" }));
    expect(suggestion().title).toBe("Suggested: Expand");
    expect(valueOf(textbox("Reviewer"))).toBe("CFO office");

    await user.click(screen.getByRole("button", { name: "Save review" }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(true));
    const reviews = await workbook.store.listReviews("VC-0001");
    expect(reviews.ok && reviews.value).toHaveLength(1);
  });

  test("the history shows earlier reviews, newest first", async () => {
    const workbook = await testWorkbook([activeContract()]);
    const stored = await workbook.stored("VC-0001");
    const first = await workbook.store.recordReview(
      { contractId: "VC-0001", date: "2025-10-31", reviewer: "Finance", evidenceLevel: "Technical", realisedToDate: 0, forecastValue: 500_000, decision: "Continue", rationale: "Early days.", assumptionsChanged: "", nextReview: null },
      stampOf(stored),
    );
    if (!first.ok) throw new Error(first.error.message);
    const second = await workbook.store.recordReview(
      { contractId: "VC-0001", date: "2026-01-31", reviewer: "CFO office", evidenceLevel: "Operational", realisedToDate: 120_000, forecastValue: 450_000, decision: "Redesign", rationale: "Handlers bypass it.", assumptionsChanged: "", nextReview: null },
      stampOf(first.value.contract),
    );
    if (!second.ok) throw new Error(second.error.message);

    renderView(<ReviewView store={workbook.store} contractId="VC-0001" onDone={jest.fn()} />);
    const history = await screen.findByRole("list", { name: "Earlier reviews, newest first" });
    const items = within(history).getAllByRole("listitem").map((item) => item.textContent ?? "");
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/Redesign/);
    expect(items[0]).toContain("Handlers bypass it.");
    expect(items[1]).toMatch(/Continue/);
  });

  test("a contract row with problems cannot take a review until it is fixed, and says why", async () => {
    const workbook = await testWorkbook([activeContract()]);
    workbook.contracts().pasteCellDirect(0, "Status", "Live"); // the dropdown refuses it typed, not pasted
    const onDone = jest.fn();
    const { user } = renderView(<ReviewView store={workbook.store} contractId="VC-0001" onDone={onDone} />);
    expect(await screen.findByText("VC-0001 has problems in the workbook")).toBeTruthy();
    expect(screen.getByRole("list", { name: "Problems in the row" }).textContent).toContain("Status");
    expect(screen.queryByRole("button", { name: "Save review" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Back to the portfolio" }));
    expect(onDone).toHaveBeenCalledWith(false);
  });
});

describe("a review reads the value ledger", () => {
  // Two full quarters before this one, each: capacity planned 100,000, measured 150,000 on Financial evidence
  // (the contract's capture decision is "Avoid planned recruitment", so it is realised); technology cost planned
  // and measured 30,000. Realised: 2 x (150,000 - 30,000) = 240,000; plan to date: 2 x (100,000 - 30,000) = 140,000.
  async function withLedger() {
    const workbook = await testWorkbook([activeContract()]);
    const settings = { period: "Quarter", fiscalYearStart: "January" } as const;
    const current = periodStart(todayIso(), settings);
    for (const back of [2, 1]) {
      const lines = [
        { line: "Capacity value", plan: 100_000, forecast: null, actual: 150_000, evidenceLevel: "Financial", evidenceSource: "Headcount budget" },
        { line: "Technology cost", plan: 30_000, forecast: null, actual: 30_000, evidenceLevel: null, evidenceSource: "GL 6200" },
      ] as const;
      const recorded = await workbook.store.recordActuals("VC-0001", addPeriods(current, -back, "Quarter"), lines, "Dana", []);
      expect(recorded.ok).toBe(true);
    }
    const onDone = jest.fn();
    const view = renderView(<ReviewView store={workbook.store} contractId="VC-0001" onDone={onDone} />);
    await screen.findByRole("button", { name: "Save review" });
    return view;
  }

  test("Realised to date starts from the ledger, and the reviewer sees the plan it is measured against", async () => {
    await withLedger();
    expect(valueOf(textbox("Realised to date"))).toBe("240,000");
    expect(screen.getByText(/^From the value ledger: 240,000 realised against a plan of 140,000 for the periods to date \(\d+ months\)/)).toBeTruthy();
  });

  test("the annual thresholds are phased by the months the ledger covers: 240,000 in six to eight months reaches Expand", async () => {
    const { user } = await withLedger();
    await user.click(tick("Financial"));
    // 300,000 a year over 6 to 8 months is 150,000 to 200,000: reached. Read whole, 240,000 < 300,000 would say Continue.
    expect(suggestion().title).toBe("Suggested: Expand");
  });
});
