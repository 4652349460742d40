import { screen, within } from "@testing-library/react";
import LedgerView from "../../../src/taskpane/ledger/LedgerView";
import { valueOf as unwrap } from "../../workbook/fixtures";
import { line, TODAY } from "./ledger-fixture";
import { renderView } from "../editor/dom";
import { activeContract, testWorkbook } from "../editor/workbook-fixture";

// Today and the recorded lines as ledger-view.test.tsx has them (ledger-fixture.ts).

const tableRows = (name: string) =>
  within(screen.getByRole("table", { name }))
    .getAllByRole("row")
    .map((row) => Array.from(row.querySelectorAll("th, td"), (cell) => cell.textContent));

describe("the contract page with ranges", () => {
  test("the contract's band with its figures, and the J-curve's band phased around the plan", async () => {
    const workbook = await testWorkbook([activeContract()]);
    // Claims triage plans capacity 400,000, technology 120,000 and operating cost 60,000 a year: 220,000.
    // A range of a single amount draws it in every trial (pert.ts): capacity 300,000 to 300,000 (Likely given, so
    // the plan may lie outside it) makes the value 300,000 - 180,000 = 120,000 in every trial: P10 = P50 = P90.
    unwrap(await workbook.store.saveRanges("VC-0001", [{ line: "Capacity value", low: 300_000, likely: 300_000, high: 300_000, basis: "" }], []));
    // The ledger of ledger-view.test.tsx: cumulative plan -30,000, -10,000, +60,000 over Q2 to Q4 FY2025.
    unwrap(await workbook.store.recordActuals("VC-0001", "2025-04-01", [line("Technology cost", 30_000, 40_000)], "Finance", []));
    unwrap(await workbook.store.recordActuals("VC-0001", "2025-07-01", [line("Technology cost", 30_000, 30_000), line("Capacity value", 50_000, 40_000, "Technical")], "Finance", []));
    unwrap(await workbook.store.recordActuals("VC-0001", "2025-10-01", [line("Technology cost", 30_000, 30_000), line("Capacity value", 100_000, 150_000)], "Finance", []));
    const { user } = renderView(<LedgerView store={workbook.store} contractId="VC-0001" today={TODAY} onDone={jest.fn()} />);

    const band = await screen.findByRole("img", { name: /^VC-0001: planned value/ }, { timeout: 10_000 });
    expect(band.getAttribute("aria-label")).toBe("VC-0001: planned value 220,000 a year; simulated P10 120,000, P50 120,000, P90 120,000; no trial put the value below zero.");
    expect(screen.getByRole("heading", { name: "Simulated value a year" })).toBeTruthy();
    await user.click(screen.getByText("Figures"));
    expect(screen.getByRole("table", { name: "VC-0001: simulated value a year" })).toBeTruthy();

    // The annual spread, 120,000 - 220,000 = -100,000 a year, phased by 3, 6 and 9 months: -25,000, -50,000,
    // -75,000 around the cumulative plan: -55,000, -60,000, -15,000 at both P10 and P90.
    const chart = await screen.findByRole("img", { name: /^J-curve over 3 periods/ });
    expect(chart.getAttribute("aria-label")).toContain("cumulative plan 60,000 (P10 -15,000 to P90 -15,000) at Q4 FY2025");
    await user.click(screen.getByText("Figures by period"));
    expect(tableRows("Cumulative amounts at the end of each period")).toEqual([
      ["Period", "Plan", "P10", "P90", "Realised"],
      ["Q2 FY2025", "-30,000", "-55,000", "-55,000", "-40,000"],
      ["Q3 FY2025", "-10,000", "-60,000", "-60,000", "-70,000"],
      ["Q4 FY2025", "60,000", "-15,000", "-15,000", "50,000"],
    ]);
  });

  test("an avoided-loss contract's loss exposure: its exceedance curve, without and with", async () => {
    const workbook = await testWorkbook([activeContract()]);
    // Ranges of a single amount draw it in every trial (pert.ts): without, 2 events a year of 10,000 each, a loss
    // of 20,000 a year; with, 1 event of 10,000: 10,000. So 10,000 avoided, and the chance of exceeding a threshold
    // is 100% below the loss and 0% from it on. The contract plans no avoided loss.
    const one = (value: number) => [value, value, value] as const;
    const [fWL, fWM, fWH] = one(2);
    const [iL, iM, iH] = one(10_000);
    const [fL, fM, fH] = one(1);
    unwrap(
      await workbook.store.saveLossExposure(
        "VC-0001",
        {
          frequencyWithoutLow: fWL, frequencyWithoutLikely: fWM, frequencyWithoutHigh: fWH,
          impactWithoutLow: iL, impactWithoutLikely: iM, impactWithoutHigh: iH,
          frequencyWithLow: fL, frequencyWithLikely: fM, frequencyWithHigh: fH,
          impactWithLow: null, impactWithLikely: null, impactWithHigh: null,
          basis: "",
        },
        [],
      ),
    );
    renderView(<LedgerView store={workbook.store} contractId="VC-0001" today={TODAY} onDone={jest.fn()} />);
    expect(await screen.findByRole("heading", { name: "Loss a year, without and with it" }, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByText("The loss exposure gives a mean loss of 20,000 a year without the intervention and 10,000 with it: 10,000 avoided, against a plan of 0.")).toBeTruthy();
    // 21 thresholds from 0 to the largest loss, 20,000: the sentence reads the first, middle (10,000) and last.
    const curve = screen.getByRole("img", { name: /^Chance the annual loss exceeds a threshold from 0 to 20,000/ });
    expect(curve.getAttribute("aria-label")).toMatch(/without the intervention 100% at 0, 100% at 10,000 and 0% at 20,000; with it 100%, 0% and 0%\.$/);
  });

  test("without ranges: no band, and the J-curve has no P10 or P90", async () => {
    const workbook = await testWorkbook([activeContract()]);
    unwrap(await workbook.store.recordActuals("VC-0001", "2025-04-01", [line("Technology cost", 30_000, 40_000)], "Finance", []));
    renderView(<LedgerView store={workbook.store} contractId="VC-0001" today={TODAY} onDone={jest.fn()} />);
    const chart = await screen.findByRole("img", { name: /^J-curve over 1 period/ });
    expect(chart.getAttribute("aria-label")).not.toContain("P10");
    expect(screen.queryByRole("heading", { name: "Simulated value a year" })).toBeNull();
  });
});
