import type { ValueContract } from "./contract";
import type { LedgerLine } from "./value-lines";
import type { ValueRange } from "./value-range";

/**
 * The sample contracts' ValueRanges rows: the uncertain lines of six of the eight samples (sample-contracts.ts), two
 * to four lines each, as a value office would record them from pilots, quotes and comparable projects. Annual amounts
 * in the workbook's currency, as the contracts' columns; a null Likely is the contract's plan. Wide where the
 * evidence is thin: the design copilot (Technical evidence, its option value a guess) and the demand forecasting
 * redesign (Behavioural, planned at a loss) both have a real chance of losing money, which the portfolio simulation
 * and the review's Pause suggestion should show. Copies of a sample ("... (2)") get the sample's ranges.
 */

type Spread = readonly [line: LedgerLine, low: number, likely: number | null, high: number, basis: string];

const RANGES: Readonly<Record<string, readonly Spread[]>> = {
  "Early warning of key-account churn": [
    ["Protected earnings", 1_100_000, null, 1_700_000, "Four quarters of the alerted cohort against the matched control: the worst and best quarter at annual rate"],
    ["Technology cost", 160_000, null, 230_000, "Inference volume from 150 to 260 accounts scored weekly, at the vendor's list price"],
  ],
  "Dynamic pricing of spare parts": [
    ["Incremental revenue", 1_600_000, null, 2_800_000, "Price test in two regions, extrapolated to all six; low end if competitors match within a quarter"],
    ["Cannibalisation", 50_000, 150_000, 300_000, "Share of repeat buyers who moved to the cheaper kit in the price test"],
    ["Integration cost", 130_000, null, 220_000, "Systems integrator's estimate, with its stated contingency"],
  ],
  "Service desk assistant for field engineers": [
    ["Capacity value", 350_000, null, 700_000, "Time saved per ticket in the pilot depot (P10 to P90), at the rate of the contractors released"],
    ["Change cost", 45_000, null, 90_000, "Training days for 120 to 200 engineers"],
    ["Friction", 15_000, null, 60_000, "Parallel running in the pilot depot: three to ten weeks"],
    ["Workforce transition cost", 10_000, null, 40_000, "HR estimate for ending two to six contractor agreements early"],
  ],
  "Supplier invoice fraud detection": [
    ["Avoided loss", 300_000, null, 750_000, "Last three years' confirmed fraud, net of what audit recovers, at the model's back-tested catch rate"],
    ["Risk failures", 5_000, null, 60_000, "Payments wrongly held: supplier penalties and late-payment interest, one to twelve a year"],
  ],
  "Demand forecasting for regional warehouses": [
    ["Capacity value", 100_000, null, 600_000, "Stock-outs avoided in the pilot warehouse only; the redesign may reach all four or none"],
    ["Integration cost", 90_000, null, 180_000, "The redesign reconnects the warehouse system; supplier quote with and without the planning module"],
    ["Data cost", 60_000, null, 120_000, "Cleaning three years of order history: one or two data engineers for a year"],
  ],
  "Design copilot for custom enclosures": [
    ["Option value", 100_000, 500_000, 1_200_000, "Analogy with the last configurator: a guess until a second product line uses the component library"],
    ["Technology cost", 120_000, null, 260_000, "Model hosting at current and at double the design volume"],
    ["Quality control cost", 20_000, null, 90_000, "Engineer review of generated designs: 5% to 25% of drafts"],
  ],
};

/** The samples' ranges for these contracts (by title, as the ledger's stories are), each row stamped `updated` (ISO UTC). */
export function sampleRanges(contracts: readonly ValueContract[], updated: string): ValueRange[] {
  return contracts.flatMap((contract) =>
    (RANGES[contract.title.replace(/ \(\d+\)$/, "")] ?? []).map(([line, low, likely, high, basis]): ValueRange => ({ contractId: contract.id, line, low, likely, high, basis, updated })),
  );
}
