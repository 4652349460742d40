import { screen, waitFor, within } from "@testing-library/react";
import type { ValueContract } from "../../../src/domain/contract";
import { jCurvePoints, ledgerFigures } from "../../../src/domain/ledger-figures";
import { formatAmount, formatShare } from "../../../src/taskpane/shared/display-format";
import { validEntries } from "../../../src/workbook/contract-store";
import LedgerView from "../../../src/taskpane/ledger/LedgerView";
import { valueOf as unwrap } from "../../workbook/fixtures";
import { line, TODAY } from "./ledger-fixture";
import { descriptionOf, renderView, valueOf } from "../editor/dom";
import { activeContract, testWorkbook, type TestWorkbook } from "../editor/workbook-fixture";

// Today is ledger-fixture.ts's TODAY, 2 March 2026: the last complete period is Q4 FY2025, from 1 October 2025.

async function openLedger(workbook: TestWorkbook, contractId = "VC-0001") {
  const onDone = jest.fn();
  const view = renderView(<LedgerView store={workbook.store} contractId={contractId} today={TODAY} onDone={onDone} />);
  await screen.findByRole("button", { name: "Record actuals" });
  return { onDone, ...view };
}

const figure = (label: string): string => {
  const list = screen.getByRole("group", { name: "Ledger figures to date" });
  const value = list.querySelector(`[data-figure="${label}"]`);
  if (value === null) throw new Error(`no figure ${label}`);
  return value.textContent ?? "";
};
const input = (name: string) => screen.getByRole("textbox", { name });
const select = (name: string) => screen.getByRole("combobox", { name });
const countsAs = (lineName: string) => screen.getByRole("status", { name: `${lineName} counts as` }).textContent ?? "";
const ledgerRows = (workbook: TestWorkbook) => workbook.excel.workbook.table("ValueLedger");

describe("the contract page", () => {
  test("a contract without ledger rows: the empty state, and the form with its lines planned from the contract", async () => {
    // Claims triage: capacity 400,000, technology 120,000 and operating cost 60,000 a year; a quarter is a fourth.
    await openLedger(await testWorkbook([activeContract()]));
    expect(screen.getByRole("heading", { name: "VC-0001: Claims triage assistant" })).toBeTruthy();
    expect(screen.getByText(/^No actuals recorded yet/)).toBeTruthy();
    expect(screen.queryByRole("img")).toBeNull();
    const period = select("Period");
    expect(within(period).getByRole("option", { selected: true }).textContent).toBe("Q4 FY2025");
    expect(within(period).getAllByRole("option").map((option) => option.textContent)).toEqual([
      "Q1 FY2026 (in progress)", "Q4 FY2025", "Q3 FY2025", "Q2 FY2025", "Q1 FY2025", "Q4 FY2024", "Q3 FY2024", "Q2 FY2024",
    ]);
    expect(valueOf(input("Capacity value Plan"))).toBe("100,000");
    expect(valueOf(input("Technology cost Plan"))).toBe("30,000");
    expect(valueOf(input("Operating cost Plan"))).toBe("15,000");
    expect(valueOf(input("Capacity value Actual"))).toBe("");
    expect(screen.queryByRole("textbox", { name: "Data cost Plan" })).toBeNull();
  });

  test("a hand-made ledger: the figures, the J-curve's text alternative and its table", async () => {
    const workbook = await testWorkbook([activeContract()]);
    // Capture decision "Avoid planned recruitment" is made, so capacity on Financial evidence is realised value.
    //   Q2 FY2025  technology plan 30,000, actual 40,000                    realised -40,000  plan -30,000
    //   Q3 FY2025  technology 30,000 / 30,000; capacity 50,000 / 40,000 on
    //              Technical evidence (capability value, realises nothing) realised -30,000  plan +20,000
    //   Q4 FY2025  technology 30,000 / 30,000; capacity 100,000 / 150,000   realised +120,000 plan +70,000
    // Cumulative realised -40,000, -70,000, +50,000: trough -70,000 at Q3; payback between periods 1 and 2,
    // 1 + 70,000 / 120,000 = 1.58 periods, so in Q4 FY2025. Cumulative plan -30,000, -10,000, +60,000.
    // Variance (favourable positive): -10,000 + (0 - 10,000) + (0 + 50,000) = +30,000.
    // Plan unsupported: of 150,000 planned benefits, Q3's 50,000 rests on Technical evidence: 1/3 = 33%.
    unwrap(await workbook.store.recordActuals("VC-0001", "2025-04-01", [line("Technology cost", 30_000, 40_000)], "Finance", []));
    unwrap(await workbook.store.recordActuals("VC-0001", "2025-07-01", [line("Technology cost", 30_000, 30_000), line("Capacity value", 50_000, 40_000, "Technical")], "Finance", []));
    unwrap(await workbook.store.recordActuals("VC-0001", "2025-10-01", [line("Technology cost", 30_000, 30_000), line("Capacity value", 100_000, 150_000)], "Finance", []));
    const { user } = await openLedger(workbook);

    expect(figure("Realised to date")).toBe("50,000");
    expect(figure("Plan to date")).toBe("60,000");
    expect(figure("Variance to date")).toBe("+30,000, favourable");
    expect(figure("Payback")).toBe("1.6 periods, in Q4 FY2025");
    expect(figure("Trough depth")).toBe("-70,000, at Q3 FY2025");
    expect(figure("Plan unsupported")).toBe("33% of benefits planned to date");

    const chart = screen.getByRole("img");
    expect(chart.getAttribute("aria-label")).toBe(
      "J-curve over 3 periods, Q2 FY2025 to Q4 FY2025: cumulative plan 60,000 at Q4 FY2025; cumulative realised value 50,000 at Q4 FY2025, lowest -70,000.",
    );
    const table = screen.getByRole("table", { name: "Cumulative amounts at the end of each period" });
    const rows = within(table).getAllByRole("row").map((row) => Array.from(row.querySelectorAll("th, td"), (cell) => cell.textContent));
    expect(rows).toEqual([
      ["Period", "Plan", "Realised"],
      ["Q2 FY2025", "-30,000", "-40,000"],
      ["Q3 FY2025", "-10,000", "-70,000"],
      ["Q4 FY2025", "60,000", "50,000"],
    ]);

    // The form opens on Q4 FY2025 with its rows as recorded; another period starts from its own rows.
    expect(valueOf(input("Capacity value Actual"))).toBe("150,000");
    await user.selectOptions(select("Period"), "2025-07-01");
    expect(valueOf(input("Capacity value Actual"))).toBe("40,000");
    expect(valueOf(select("Capacity value Evidence level"))).toBe("Technical");
    await user.selectOptions(select("Period"), "2025-01-01");
    expect(valueOf(input("Capacity value Actual"))).toBe("");
    expect(valueOf(input("Capacity value Plan"))).toBe("100,000");
  });

  test("switching period with figures typed and not recorded asks first, and keeps them unless told to discard", async () => {
    const workbook = await testWorkbook([activeContract()]);
    const { user } = await openLedger(workbook);
    const actual = () => input("Capacity value Actual");
    const before = valueOf(select("Period"));
    await user.clear(actual());
    await user.type(actual(), "123k");
    const other = screen.getAllByRole("option").map((option) => (option as HTMLOptionElement).value).find((value) => value !== before) ?? "";
    await user.selectOptions(select("Period"), other);
    expect(screen.getByText(/are not recorded yet\. Switch to .* and discard them\?/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Keep editing" }));
    expect(valueOf(select("Period"))).toBe(before);
    // Kept, as tidied when the field was left.
    expect(valueOf(actual())).toBe("123,000");
    await user.selectOptions(select("Period"), other);
    await user.click(screen.getByRole("button", { name: "Discard and switch" }));
    expect(valueOf(select("Period"))).toBe(other);
    expect(valueOf(actual())).not.toBe("123,000");
  });

  test("the sample contracts: figures and chart as the domain works them out from the sample ledger", async () => {
    const workbook = await testWorkbook();
    const samples = unwrap(await workbook.store.insertSampleContracts(TODAY));
    const sample = samples.find((stored) => stored.contract?.title === "Service desk assistant for field engineers")?.contract;
    if (!sample) throw new Error("no service desk sample");
    const opened = unwrap(await workbook.store.openLedger(sample.id));
    const figures = ledgerFigures(validEntries(opened.entries), sample, opened.settings, TODAY);
    await openLedger(workbook, sample.id);

    expect(figures.periods).toHaveLength(8);
    expect(figure("Realised to date")).toBe(formatAmount(figures.realisedToDate, "en-GB"));
    expect(figure("Plan to date")).toBe(formatAmount(figures.planToDate, "en-GB"));
    expect(figure("Trough depth")).toMatch(new RegExp(`^${formatAmount(figures.troughDepth, "en-GB")}, at Q\\d FY\\d{4}$`));
    expect(figure("Payback")).toMatch(figures.paybackPeriods === null ? /^Not yet paid back$/ : /^[\d.]+ periods?, in Q\d FY\d{4}$/);
    expect(figure("Plan unsupported")).toBe(`${formatShare(figures.unsupportedShare ?? Number.NaN, "en-GB")} of benefits planned to date`);
    const points = jCurvePoints(figures);
    const last = points[points.length - 1];
    expect(screen.getByRole("img").getAttribute("aria-label")).toContain(`over 8 periods, ${points[0]?.label} to ${last?.label}: cumulative plan ${formatAmount(last?.cumulativePlan ?? null, "en-GB")}`);
    expect(within(screen.getByRole("table")).getAllByRole("row")).toHaveLength(9);
  });
});

describe("recording actuals", () => {
  test("writes one row per line in the ValueLedger table, says so, and the figures follow; recording again updates them", async () => {
    const workbook = await testWorkbook([activeContract()]);
    const { user } = await openLedger(workbook);
    await user.type(input("Recorded by"), "Dana Whitfield");
    await user.type(input("Capacity value Actual"), "90k");
    await user.selectOptions(select("Capacity value Evidence level"), "Financial");
    await user.type(input("Capacity value Evidence source"), "Budget v actual, cost centre 4410");
    await user.click(screen.getByRole("button", { name: "Record actuals" }));

    expect((await screen.findByText("Recorded 3 lines for Q4 FY2025.")).closest(".fui-MessageBar")).toBeTruthy();
    const table = ledgerRows(workbook);
    expect(table.body().map((row) => [row[1], row[2] !== "", row[3], row[4], row[6], row[7], row[8], row[12]])).toEqual([
      ["VC-0001", true, "Capacity value", 100_000, 90_000, "Financial", "Budget v actual, cost centre 4410", "Dana Whitfield"],
      ["VC-0001", true, "Technology cost", 30_000, "", "", "", "Dana Whitfield"],
      ["VC-0001", true, "Operating cost", 15_000, "", "", "", "Dana Whitfield"],
    ]);
    // Only capacity is measured: 90,000 realised, against a plan of 100,000 - 30,000 - 15,000 = 55,000.
    expect(figure("Realised to date")).toBe("90,000");
    expect(figure("Plan to date")).toBe("55,000");
    expect(figure("Payback")).toBe("0 periods, in Q4 FY2025");
    expect(screen.getByRole("img")).toBeTruthy();
    expect(valueOf(input("Capacity value Actual"))).toBe("90,000");

    // The rows as written are the ones the next save checks against: no conflict with our own write. Only
    // the line changed is rewritten; the others keep who recorded them.
    expect(valueOf(input("Recorded by"))).toBe("Dana Whitfield");
    await user.clear(input("Recorded by"));
    await user.type(input("Recorded by"), "Elena Rossi");
    await user.type(input("Technology cost Actual"), "31,500");
    await user.click(screen.getByRole("button", { name: "Record actuals" }));
    await screen.findByText("Recorded 1 line for Q4 FY2025.");
    await waitFor(() => expect(figure("Realised to date")).toBe("58,500"));
    expect(table.rowCount()).toBe(3);
    expect(table.body().map((row) => [row[3], row[6], row[12]])).toEqual([
      ["Capacity value", 90_000, "Dana Whitfield"],
      ["Technology cost", 31_500, "Elena Rossi"],
      ["Operating cost", "", "Dana Whitfield"],
    ]);

    // Nothing changed: nothing is written, and the pane says so.
    await user.click(screen.getByRole("button", { name: "Record actuals" }));
    expect(await screen.findByText("Nothing to record for Q4 FY2025: no line has changed. Enter an actual, or change a line, first.")).toBeTruthy();
  });

  test("in a period that has rows, a line without one is added only when changed: a suggested plan alone adds nothing", async () => {
    const workbook = await testWorkbook([activeContract()]);
    unwrap(await workbook.store.recordActuals("VC-0001", "2025-10-01", [line("Capacity value", 100_000, 80_000)], "Dana", []));
    const { user } = await openLedger(workbook);
    // Technology and operating cost have no row in Q4 FY2025: shown with their suggested plans, left alone.
    expect(valueOf(input("Technology cost Plan"))).toBe("30,000");
    await user.type(input("Operating cost Actual"), "14,000");
    await user.click(screen.getByRole("button", { name: "Record actuals" }));
    await screen.findByText("Recorded 1 line for Q4 FY2025.");
    expect(ledgerRows(workbook).body().map((row) => [row[3], row[4], row[6]])).toEqual([
      ["Capacity value", 100_000, 80_000],
      ["Operating cost", 15_000, 14_000],
    ]);
  });

  test("a row changed in the sheet meanwhile is not overwritten: the conflict bar, and Reload shows the row as it is", async () => {
    const workbook = await testWorkbook([activeContract()]);
    unwrap(await workbook.store.recordActuals("VC-0001", "2025-10-01", [line("Capacity value", 100_000, 80_000)], "Dana", []));
    const { user } = await openLedger(workbook);
    ledgerRows(workbook).setCellDirect(0, "Actual", 85_000);
    const before = ledgerRows(workbook).body();
    await user.clear(input("Capacity value Actual"));
    await user.type(input("Capacity value Actual"), "95,000");
    await user.click(screen.getByRole("button", { name: "Record actuals" }));

    const bar = (await screen.findByText("Changed by someone else")).closest(".fui-MessageBar");
    if (!(bar instanceof HTMLElement)) throw new Error("no conflict bar");
    expect(bar.textContent).toContain("since you opened them, so nothing was saved");
    expect(ledgerRows(workbook).body()).toEqual(before);
    await user.click(within(bar).getByRole("button", { name: "Reload" }));
    await waitFor(() => expect(valueOf(input("Capacity value Actual"))).toBe("85,000"));
    expect(screen.queryByText("Changed by someone else")).toBeNull();
    expect(figure("Realised to date")).toBe("85,000");
  });

  test("an amount that does not parse keeps its text, names the line and column, takes focus, and nothing is written", async () => {
    const workbook = await testWorkbook([activeContract()]);
    const { user } = await openLedger(workbook);
    await user.type(input("Technology cost Actual"), "about 30k");
    await user.click(screen.getByRole("button", { name: "Record actuals" }));
    const actual = input("Technology cost Actual");
    expect(document.activeElement).toBe(actual);
    expect(valueOf(actual)).toBe("about 30k");
    expect(descriptionOf(actual)).toContain("Technology cost actual must be a number, such as 1,234.50, 250k, 1.2m or (1,000).");
    expect(actual.getAttribute("aria-invalid")).toBe("true");
    expect(ledgerRows(workbook).body().every((row) => row[0] === "")).toBe(true);

    await user.clear(input("Capacity value Plan"));
    await user.type(input("Capacity value Plan"), "-5");
    await user.tab();
    expect(descriptionOf(input("Capacity value Plan"))).toContain("Capacity value: Plan must be 0 or more");
  });

  test("how a line counts follows its evidence as it is chosen, and the contract's capture decision", async () => {
    const undecided: ValueContract = { ...activeContract(), captureDecision: "Not yet decided" };
    const { user } = await openLedger(await testWorkbook([undecided]));
    expect(countsAs("Capacity value")).toBe("Counts asUnsupported optimism");
    await user.selectOptions(select("Capacity value Evidence level"), "Technical");
    expect(countsAs("Capacity value")).toBe("Counts asCapability value");
    await user.selectOptions(select("Capacity value Evidence level"), "Financial");
    expect(countsAs("Capacity value")).toBe("Counts asEvidenced leading indicator(capture decision not yet decided)");
    expect(countsAs("Technology cost")).toBe("Counts asCost");

    // A line the contract has no amount for can be added, planned blank.
    await user.selectOptions(screen.getByRole("combobox", { name: "Add a line" }), "Avoided loss");
    expect(valueOf(input("Avoided loss Plan"))).toBe("");
    await user.selectOptions(select("Avoided loss Evidence level"), "Strategic");
    expect(countsAs("Avoided loss")).toBe("Counts asRealised value");
  });
});
