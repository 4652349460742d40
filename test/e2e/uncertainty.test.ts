import type { Locator } from "playwright-core";
import { overflowsSideways, shootAndCheck, WIDTHS } from "./support/checks";
import { paneForEachTest } from "./support/preview";

// The samples' ranges (sample-ranges.ts) in the preview: the portfolio's rows with their bands, the Uncertainty
// section's histogram and tornado, and a contract page with its band and the J-curve's band. Each at 320 and 270 px,
// with a screenshot, axe, and no sideways scrolling.

const pane = paneForEachTest();
const { contracts, row } = pane;

/** Whether the page scrolls sideways at any pane width; the viewport ends at 320 px, as shootAndCheck leaves it. */
async function overflowsAtAnyWidth(): Promise<boolean> {
  let overflows = false;
  for (const width of WIDTHS) {
    await pane.page.setViewportSize({ width, height: 600 });
    overflows ||= await overflowsSideways(pane.page);
  }
  await pane.page.setViewportSize({ width: WIDTHS[0], height: 600 });
  return overflows;
}

/** Scrolls the pane's main area so `target` sits at its top, then captures it. */
async function shootAt(target: Locator, name: string): Promise<string[]> {
  await target.evaluate((element) => element.scrollIntoView({ block: "start" }));
  return shootAndCheck(pane.page, name);
}

describe("uncertainty in the preview", () => {
  it("portfolio: each ranged row's band, and the section's histogram and tornado", async () => {
    const { page } = pane;
    // The churn sample has ranges; its band arrives once the simulation is done.
    await row(/Early warning of key-account churn/).getByRole("img", { name: /: planned value .* a year; simulated P10/ }).waitFor({ timeout: 30_000 });
    await expect(shootAt(contracts(), "uncertainty-rows")).resolves.toEqual([]);

    await page.getByText(/^Uncertainty: P10 /).click();
    const histogram = page.getByRole("img", { name: /^Portfolio value a year over 10,000 trials/ });
    await histogram.waitFor({ timeout: 30_000 });
    await expect(shootAt(page.getByRole("region", { name: "How uncertain the portfolio is" }), "uncertainty-histogram")).resolves.toEqual([]);
    await expect(shootAt(page.getByRole("img", { name: /lines? that moves? the portfolio's mean value/ }), "uncertainty-tornado")).resolves.toEqual([]);
    await expect(overflowsAtAnyWidth()).resolves.toBe(false);
  });

  it("contract page: its band with the figures, and the J-curve's band", async () => {
    const { page } = pane;
    await row(/Early warning of key-account churn/).getByRole("button", { name: /^Value ledger/ }).click();
    const band = page.getByRole("img", { name: /^VC-\d+: planned value .* a year; simulated P10/ });
    await band.waitFor({ timeout: 30_000 });
    await page.getByText("Figures", { exact: true }).click();
    await page.getByRole("table", { name: /: simulated value a year$/ }).waitFor();
    await expect(shootAt(page.getByRole("heading", { name: "Simulated value a year" }), "uncertainty-contract")).resolves.toEqual([]);

    const chart = page.getByRole("img", { name: /^J-curve over .*\(P10 .* to P90 .*\)/ });
    await chart.waitFor();
    await page.getByText("Figures by period").click();
    await expect(shootAt(page.getByText("J-curve: cumulative plan and realised value"), "uncertainty-jcurve")).resolves.toEqual([]);
    await expect(page.getByText("Plan P10 to P90 (shaded)").isVisible()).resolves.toBe(true);
    await expect(overflowsAtAnyWidth()).resolves.toBe(false);
  });
});
