import { act, screen, waitFor, within } from "@testing-library/react";
import type { RangeInput } from "../../../src/domain/value-range";
import { SimulationCache } from "../../../src/domain/portfolio-simulation";
import ReviewView from "../../../src/taskpane/review/ReviewView";
import { SimulationProvider, type SimulationRuntime } from "../../../src/taskpane/uncertainty/useSimulation";
import { valueOf as unwrap } from "../../workbook/fixtures";
import { renderView, valueOf } from "../editor/dom";
import { activeContract, testWorkbook } from "../editor/workbook-fixture";

/**
 * The review reads the contract's ranges: a simulation of the contract alone (10,000 trials, the portfolio
 * simulation's streams) gives P10, P50, P90 and the chance of a loss, and that chance above the workbook's Pause
 * loss probability (0.5 by default) with evidence below Financial suggests Pause (decision-suggestion.ts, rule
 * "likely-loss-weak-evidence"). The reviewer can change the ranges in "Update ranges".
 *
 * The contract (activeContract) plans Capacity value 400,000 against Technology cost 120,000 and Operating cost
 * 60,000: 220,000 a year. With Capacity value PERT(0, 50,000, 300,000) (mean (0 + 4 x 50,000 + 300,000) / 6 =
 * 83,333) and Technology cost PERT(100,000, 120,000, 200,000) (mean 130,000), the mean value is 83,333 - 130,000
 * - 60,000 = -106,667 a year, and a loss is all but certain: the simulation gives 96%.
 */

const LIKELY_LOSS: readonly RangeInput[] = [
  { line: "Capacity value", low: 0, likely: 50_000, high: 300_000, basis: "Pilot fell short" },
  { line: "Technology cost", low: 100_000, likely: 120_000, high: 200_000, basis: "Vendor quote" },
];

async function openReview(ranges: readonly RangeInput[]) {
  const workbook = await testWorkbook([activeContract()]);
  if (ranges.length > 0) unwrap(await workbook.store.saveRanges("VC-0001", ranges, []));
  const onDone = jest.fn();
  const view = renderView(<ReviewView store={workbook.store} contractId="VC-0001" onDone={onDone} />);
  await screen.findByRole("button", { name: "Save review" });
  return { workbook, onDone, ...view };
}

const tick = (level: string) => screen.getByRole("checkbox", { name: new RegExp(`^${level}:`) });
const suggestion = () => {
  const card = screen.getByRole("region", { name: /^Suggested:/ });
  return { title: card.querySelector("#review-suggestion-title")?.textContent ?? "", text: card.textContent ?? "" };
};
const box = (line: string, part: string) => within(screen.getByRole("group", { name: `${line} range` })).getByRole("textbox", { name: part });

describe("ranges in the review", () => {
  test("ranges that make a loss likely, with Operational evidence, suggest Pause and say why", async () => {
    const { user } = await openReview(LIKELY_LOSS);
    // The simulation runs in slices after the first render: its line and the suggestion follow once it is done.
    expect(await screen.findByText(/^Ranges: P10 -\d{3},\d{3}, P50 -\d{3},\d{3}, P90 -\d{2},\d{3} a year, 96% chance of a loss a year\.$/)).toBeTruthy();
    await user.click(tick("Technical"));
    await user.click(tick("Behavioural"));
    await user.click(tick("Operational"));
    expect(suggestion().title).toBe("Suggested: Pause");
    expect(suggestion().text).toContain("The contract's ranges give a 96% chance that its value a year is negative, above the workbook's pause level of 50%, and evidence is at Operational level");
    // Financial evidence outweighs the ranges: the rule no longer applies.
    await user.click(tick("Financial"));
    expect(suggestion().title).not.toBe("Suggested: Pause");
  });

  test("while the ranges are being simulated the line says so, and the suggestion leaves them out until done", async () => {
    const workbook = await testWorkbook([activeContract()]);
    unwrap(await workbook.store.saveRanges("VC-0001", LIKELY_LOSS, []));
    // A runtime whose turns wait to be given: the simulation stays running until the test lets it go on.
    const waiting: Array<() => void> = [];
    const runtime: SimulationRuntime = { cache: new SimulationCache(), now: () => performance.now(), afterYield: (task) => (waiting.push(task), () => undefined) };
    const { user } = renderView(
      <SimulationProvider runtime={runtime}>
        <ReviewView store={workbook.store} contractId="VC-0001" onDone={jest.fn()} />
      </SimulationProvider>,
    );
    await screen.findByRole("button", { name: "Save review" });
    expect(screen.getByText("Simulating the ranges…")).toBeTruthy();
    await user.click(tick("Technical"));
    await user.click(tick("Behavioural"));
    await user.click(tick("Operational"));
    expect(suggestion().title).not.toBe("Suggested: Pause");
    // Give the run its turns: the figures arrive, and with them Pause.
    while (waiting.length > 0) act(() => waiting.shift()?.());
    expect(screen.getByText(/96% chance of a loss a year\.$/)).toBeTruthy();
    expect(suggestion().title).toBe("Suggested: Pause");
  });

  test("without ranges the review says the lines are taken at plan, and does not suggest Pause for them", async () => {
    await openReview([]);
    expect(screen.getByText("No ranges: the suggestion takes every line at its plan.")).toBeTruthy();
    expect(suggestion().title).toBe("Suggested: Continue");
  });

  test("Update ranges saves the reviewer's range with saveRanges, and the suggestion follows it", async () => {
    const { user, workbook } = await openReview(LIKELY_LOSS);
    const disclosure = screen.getByRole("button", { name: "Update ranges" });
    expect(disclosure.getAttribute("aria-expanded")).toBe("false");
    await user.click(disclosure);
    expect(valueOf(box("Capacity value", "High"))).toBe("300,000");
    await user.clear(box("Capacity value", "Low"));
    await user.type(box("Capacity value", "Low"), "350k");
    await user.clear(box("Capacity value", "Likely"));
    await user.clear(box("Capacity value", "High"));
    await user.type(box("Capacity value", "High"), "600k");
    // The Technology cost range is dropped: its row goes.
    await user.click(screen.getByRole("switch", { name: "Range for Technology cost" }));
    await user.click(screen.getByRole("button", { name: "Save ranges" }));

    expect(await screen.findByText("Ranges saved: 1 range. The suggestion above uses them.")).toBeTruthy();
    const table = workbook.excel.workbook.table("ValueRanges");
    expect(table.rowCount()).toBe(1);
    expect(table.row(0)).toMatchObject({ Line: "Capacity value", Low: 350_000, Likely: "", High: 600_000 });
    expect(await screen.findByText(/0% chance of a loss a year\.$/)).toBeTruthy();
    expect(suggestion().title).not.toBe("Suggested: Pause");
  });

  test("a co-author's change to a range meanwhile is a conflict, and the reviewer's typing stays", async () => {
    const { user, workbook } = await openReview(LIKELY_LOSS);
    await user.click(screen.getByRole("button", { name: "Update ranges" }));
    await user.clear(box("Technology cost", "High"));
    await user.type(box("Technology cost", "High"), "250k");
    workbook.excel.workbook.table("ValueRanges").setCellDirect(1, "High", 210_000);
    await user.click(screen.getByRole("button", { name: "Save ranges" }));

    expect(await screen.findByText("Ranges changed in the workbook")).toBeTruthy();
    expect(valueOf(box("Technology cost", "High"))).toBe("250,000");
    expect(workbook.excel.workbook.table("ValueRanges").row(1)).toMatchObject({ High: 210_000 });
    await user.click(screen.getByRole("button", { name: "Keep editing ranges" }));
    await user.click(screen.getByRole("button", { name: "Save ranges" }));
    await waitFor(() => expect(workbook.excel.workbook.table("ValueRanges").row(1)).toMatchObject({ High: 250_000 }));
  });
});
