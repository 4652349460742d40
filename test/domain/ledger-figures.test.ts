import fc from "fast-check";
import type { LedgerLine } from "../../src/domain/ledger";
import { jCurvePoints, ledgerFigures, periodRate, type LedgerFigureEntry } from "../../src/domain/ledger-figures";
import { HEADLINE_FIGURES, headlineAmount, isBehindFigure, portfolioHeadline } from "../../src/domain/portfolio-headline";
import { ledgerSums, NO_SUMS } from "../../src/domain/ledger-sums";
import type { EvidenceLevel } from "../../src/domain/lists";

const QUARTERS = { period: "Quarter" } as const;

function entry(period: string, line: LedgerLine, plan: number | null, actual: number | null, evidenceLevel: EvidenceLevel | null = null, forecast: number | null = null): LedgerFigureEntry {
  return { period, line, plan, forecast, actual, evidenceLevel };
}

/**
 * The worked example: a contract with a 40% revenue margin and a capture decision ("Avoid planned
 * recruitment"), three measured quarters of 2026 and a fourth planned only.
 *
 *   Q1  Integration cost  plan 100  actual 120  Financial
 *       Incr. revenue     plan  50  actual  40  Technical
 *   Q2  Technology cost   plan  30  actual  30  Financial
 *       Incr. revenue     plan 100  actual 150  Financial
 *       Capacity value    plan  60  actual  80  Operational
 *   Q3  Technology cost   plan  30  actual  25  Financial
 *       Incr. revenue     plan 200  actual 300  Financial   forecast 250
 *       Capacity value    plan  60  actual  50  Financial
 *       Option value      plan  20  actual  20  Technical
 *       Avoided loss      plan  40  actual  10  None
 *   Q4  Technology cost   plan  30  (not measured)
 *       Incr. revenue     plan 200  (not measured)
 */
const EXAMPLE: readonly LedgerFigureEntry[] = [
  entry("2026-01-01", "Integration cost", 100, 120, "Financial"),
  entry("2026-01-01", "Incremental revenue", 50, 40, "Technical"),
  entry("2026-04-01", "Technology cost", 30, 30, "Financial"),
  entry("2026-04-01", "Incremental revenue", 100, 150, "Financial"),
  entry("2026-04-01", "Capacity value", 60, 80, "Operational"),
  entry("2026-07-01", "Technology cost", 30, 25, "Financial"),
  entry("2026-07-01", "Incremental revenue", 200, 300, "Financial", 250),
  entry("2026-07-01", "Capacity value", 60, 50, "Financial"),
  entry("2026-07-01", "Option value", 20, 20, "Technical"),
  entry("2026-07-01", "Avoided loss", 40, 10, "None"),
  entry("2026-10-01", "Technology cost", 30, null),
  entry("2026-10-01", "Incremental revenue", 200, null),
];
const DECIDED = { captureDecision: "Avoid planned recruitment", revenueMargin: 0.4 } as const;

describe("ledgerFigures: the worked example by hand", () => {
  const figures = ledgerFigures(EXAMPLE, DECIDED, QUARTERS);

  test("net plan and forecast per period: benefits (revenue x 40%) - costs", () => {
    // Q1: 50 x 0.4 - 100 = -80.  Q2: 100 x 0.4 + 60 - 30 = 70.  Q3: 200 x 0.4 + 60 + 20 + 40 - 30 = 170.  Q4: 200 x 0.4 - 30 = 50.
    expect(figures.periods.map((p) => p.plan)).toEqual([-80, 70, 170, 50]);
    // Forecast: Q3's revenue at its forecast 250 x 0.4 = 100 instead of 80 -> 190; elsewhere the plan.
    expect(figures.periods.map((p) => p.forecast)).toEqual([-80, 70, 190, 50]);
    // Cumulative plan: -80, -10, 160, 210.
    expect(figures.periods.map((p) => p.cumulativePlan)).toEqual([-80, -10, 160, 210]);
  });

  test("realised per period counts only what the evidence supports", () => {
    // Q1: -120 (cost); the revenue is Technical, capability value, 0 realised.            -> -120
    // Q2: -30 + 150 x 0.4 = 60; capacity is Operational, a leading indicator, 0.           ->   30
    // Q3: -25 + 300 x 0.4 = 120 + capacity 50 (Financial, capture decided); option and
    //     the unevidenced avoided loss realise nothing.                                     ->  145
    // Q4: nothing measured.                                                                 ->    0
    expect(figures.periods.map((p) => p.realised)).toEqual([-120, 30, 145, 0]);
    expect(figures.periods.map((p) => p.cumulativeRealised)).toEqual([-120, -90, 55, 55]);
    expect(figures.periods.map((p) => p.measured)).toEqual([true, true, true, false]);
    expect(figures.realisedToDate).toBe(55);
  });

  test("payback and trough of the realised stream", () => {
    // Cumulative -120, -90, 55: crosses 0 in the third period (period 2), 90 short with 145 coming in:
    // 1 + 90/145 = 1 + 18/29 = 47/29 periods. The deepest point is -120.
    expect(figures.paybackPeriods).toBeCloseTo(47 / 29, 14);
    expect(figures.troughDepth).toBe(-120);
  });

  test("actuals to date by how they count, and the variance", () => {
    expect(figures.evidencedToDate).toBe(80); // Q2 capacity, Operational
    expect(figures.capabilityToDate).toBe(40); // Q1 revenue, Technical (the actual, as the sheet's column sums it)
    expect(figures.optionToDate).toBe(20);
    expect(figures.unsupportedToDate).toBe(10); // Q3 avoided loss, no evidence
    // Variances, favourable positive: Q1 100-120 = -20, 40-50 = -10; Q2 0, 150-100 = 50, 80-60 = 20;
    // Q3 30-25 = 5, 300-200 = 100, 50-60 = -10, 0, 10-40 = -30; Q4 blank actuals add nothing. Sum 105.
    expect(figures.varianceToDate).toBe(105);
  });

  test("plan to date: the measured periods, and with asOf every period ended by then", () => {
    // Measured Q1-Q3: -80 + 70 + 170 = 160. Q4 ends 2026-12-31: counted from that day on, a shortfall of 50.
    expect(figures.planToDate).toBe(160);
    expect(ledgerFigures(EXAMPLE, DECIDED, QUARTERS, "2026-12-30").planToDate).toBe(160);
    expect(ledgerFigures(EXAMPLE, DECIDED, QUARTERS, "2026-12-31").planToDate).toBe(210);
  });

  test("unsupported share: planned benefits to date without Behavioural evidence or better", () => {
    // Planned benefits Q1-Q3: revenue 20 + 40 + 80, capacity 60 + 60, option 20, avoided loss 40 = 320.
    // Unsupported: Q1 revenue 20 (Technical), Q3 option 20 (Technical), Q3 avoided loss 40 (None) = 80.
    expect(figures.unsupportedShare).toBe(80 / 320);
    // At the end of Q4 its revenue plan of 80 is due and unmeasured: (80 + 80) / (320 + 80) = 0.4.
    expect(ledgerFigures(EXAMPLE, DECIDED, QUARTERS, "2026-12-31").unsupportedShare).toBe(0.4);
  });

  test("elapsed months: to the end of the last measured period, or to asOf", () => {
    // 2026-01-01 to the end of Q3 (2026-09-30): January to September, 9 months.
    expect(figures.elapsedMonths).toBe(9);
    expect(ledgerFigures(EXAMPLE, DECIDED, QUARTERS, "2026-12-31").elapsedMonths).toBe(12);
    // Mid-November: October is complete, November is not.
    expect(ledgerFigures(EXAMPLE, DECIDED, QUARTERS, "2026-11-15").elapsedMonths).toBe(10);
    expect(ledgerFigures(EXAMPLE, DECIDED, QUARTERS, "2025-06-30").elapsedMonths).toBe(0);
  });

  test("labels follow the fiscal year when the settings give its start", () => {
    expect(figures.periods[0]).not.toHaveProperty("label");
    const april = ledgerFigures(EXAMPLE, DECIDED, { period: "Quarter", fiscalYearStart: "April" });
    // A fiscal year from April 2025 to March 2026 is FY2026 (settings.ts periodLabel).
    expect(april.periods.map((p) => p.label)).toEqual(["Q4 FY2026", "Q1 FY2027", "Q2 FY2027", "Q3 FY2027"]);
  });

  test("entries in any order give the same periods, earliest first", () => {
    expect(ledgerFigures([...EXAMPLE].reverse(), DECIDED, QUARTERS)).toEqual(figures);
  });
});

describe("ledgerFigures: the capture decision and the margin", () => {
  test("capacity under 'Not yet decided' is a leading indicator, even with Financial evidence", () => {
    const figures = ledgerFigures(EXAMPLE, { ...DECIDED, captureDecision: "Not yet decided" }, QUARTERS);
    // Q3 capacity 50 moves from realised to evidenced: realised Q3 = -25 + 120 = 95; evidenced 80 + 50 = 130.
    expect(figures.periods.map((p) => p.realised)).toEqual([-120, 30, 95, 0]);
    expect(figures.evidencedToDate).toBe(130);
    // Cumulative -120, -90, 5: payback 1 + 90/95.
    expect(figures.paybackPeriods).toBeCloseTo(1 + 90 / 95, 14);
    // A blank capture decision counts as undecided too.
    expect(ledgerFigures(EXAMPLE, { ...DECIDED, captureDecision: null }, QUARTERS).evidencedToDate).toBe(130);
  });

  test("an unknown margin counts revenue as 0, in plan and realised alike", () => {
    const figures = ledgerFigures(EXAMPLE, { ...DECIDED, revenueMargin: null }, QUARTERS);
    // Plans without revenue: Q1 -100, Q2 60 - 30 = 30, Q3 60 + 20 + 40 - 30 = 90, Q4 -30.
    expect(figures.periods.map((p) => p.plan)).toEqual([-100, 30, 90, -30]);
    // Realised: Q1 -120, Q2 -30, Q3 -25 + 50 = 25: cumulative -120, -150, -125, never paid back.
    expect(figures.realisedToDate).toBe(-125);
    expect(figures.paybackPeriods).toBeNull();
    expect(figures.troughDepth).toBe(-150);
    // Revenue weighs nothing in the share: capacity 60 + 60, option 20, avoided loss 40 = 180; unsupported 20 + 40.
    expect(figures.unsupportedShare).toBe(60 / 180);
  });
});

describe("ledgerFigures: edge cases", () => {
  test("no entries: no periods, nothing to date, no payback, no share", () => {
    const figures = ledgerFigures([], DECIDED, QUARTERS, "2026-06-30");
    expect(figures).toEqual({
      periods: [],
      planToDate: 0,
      realisedToDate: 0,
      evidencedToDate: 0,
      capabilityToDate: 0,
      optionToDate: 0,
      unsupportedToDate: 0,
      varianceToDate: 0,
      paybackPeriods: null,
      troughDepth: 0,
      unsupportedShare: null,
      elapsedMonths: 0,
    });
  });

  test("plans with every actual blank: nothing measured, nothing paid back, all of the plan unsupported", () => {
    const plans = [entry("2026-01-01", "Technology cost", 30, null), entry("2026-01-01", "Protected earnings", 90, null)];
    const figures = ledgerFigures(plans, DECIDED, QUARTERS);
    expect(figures.periods).toEqual([{ period: "2026-01-01", plan: 60, forecast: 60, realised: 0, measured: false, cumulativePlan: 60, cumulativeRealised: 0 }]);
    // Without asOf no period is to date; at the end of the quarter it is due.
    expect(figures.planToDate).toBe(0);
    expect(figures.unsupportedShare).toBeNull();
    expect(figures.elapsedMonths).toBe(0);
    const due = ledgerFigures(plans, DECIDED, QUARTERS, "2026-03-31");
    expect(due.planToDate).toBe(60);
    expect(due.unsupportedShare).toBe(1);
    expect(due.elapsedMonths).toBe(3);
    // PAYBACK would read the zeros as paid back at once; nothing measured has paid nothing back.
    expect(figures.paybackPeriods).toBeNull();
    expect(figures.varianceToDate).toBe(0);
  });

  test("a blank plan counts as 0 and a blank forecast as the plan", () => {
    const figures = ledgerFigures([entry("2026-01-01", "Operating cost", null, 10, "Financial"), entry("2026-01-01", "Avoided loss", 40, null, null, 55)], DECIDED, QUARTERS);
    expect(figures.periods[0]?.plan).toBe(40);
    expect(figures.periods[0]?.forecast).toBe(55);
    // Operating cost 0 - 10 = -10 adverse; the blank actual adds nothing.
    expect(figures.varianceToDate).toBe(-10);
  });

  test("months: a monthly ledger's periods and elapsed months", () => {
    const monthly = [entry("2026-02-01", "Technology cost", 10, 10, "Financial"), entry("2026-01-01", "Technology cost", 10, 12, "Financial")];
    const figures = ledgerFigures(monthly, DECIDED, { period: "Month", fiscalYearStart: "January" });
    expect(figures.periods.map((p) => [p.label, p.cumulativeRealised])).toEqual([["2026-01", -12], ["2026-02", -22]]);
    expect(figures.elapsedMonths).toBe(2);
  });

  test("properties: totals equal the last cumulative, the share is a fraction, order does not matter", () => {
    const lines: LedgerLine[] = ["Incremental revenue", "Capacity value", "Option value", "Technology cost", "Friction"];
    const levels: (EvidenceLevel | null)[] = [null, "None", "Technical", "Behavioural", "Operational", "Financial", "Strategic"];
    const arbitraryEntry = fc.record({
      period: fc.constantFrom("2026-01-01", "2026-04-01", "2026-07-01"),
      line: fc.constantFrom(...lines),
      plan: fc.option(fc.integer({ min: 0, max: 1000 })),
      forecast: fc.option(fc.integer({ min: 0, max: 1000 })),
      actual: fc.option(fc.integer({ min: 0, max: 1000 })),
      evidenceLevel: fc.constantFrom(...levels),
    });
    fc.assert(
      fc.property(fc.array(arbitraryEntry, { maxLength: 20 }), fc.constantFrom(0, 0.35, 1), (entries, margin) => {
        const contract = { captureDecision: "Serve more customers", revenueMargin: margin } as const;
        const figures = ledgerFigures(entries, contract, QUARTERS);
        const last = figures.periods[figures.periods.length - 1];
        expect(figures.realisedToDate).toBeCloseTo(last?.cumulativeRealised ?? 0, 9);
        expect(figures.troughDepth).toBeLessThanOrEqual(0);
        if (figures.unsupportedShare !== null) {
          expect(figures.unsupportedShare).toBeGreaterThanOrEqual(0);
          expect(figures.unsupportedShare).toBeLessThanOrEqual(1);
        }
        expect(ledgerFigures([...entries].reverse(), contract, QUARTERS).realisedToDate).toBeCloseTo(figures.realisedToDate, 9);
      }),
    );
  });
});

describe("jCurvePoints", () => {
  test("cumulative plan, forecast and realised, the realised line stopping at the last measured period", () => {
    expect(jCurvePoints(ledgerFigures(EXAMPLE, DECIDED, QUARTERS))).toEqual([
      { period: "2026-01-01", label: "2026-01-01", cumulativePlan: -80, cumulativeForecast: -80, cumulativeRealised: -120 },
      { period: "2026-04-01", label: "2026-04-01", cumulativePlan: -10, cumulativeForecast: -10, cumulativeRealised: -90 },
      // Forecast 190 in Q3: -10 + 190 = 180.
      { period: "2026-07-01", label: "2026-07-01", cumulativePlan: 160, cumulativeForecast: 180, cumulativeRealised: 55 },
      { period: "2026-10-01", label: "2026-10-01", cumulativePlan: 210, cumulativeForecast: 230, cumulativeRealised: null },
    ]);
  });
});

describe("portfolioHeadline", () => {
  // The worked example's ledger as the portfolio's list sums it (ledger-sums.ts), and a contract whose
  // only actual is a technology cost of 60 (Financial evidence).
  const example = ledgerSums(EXAMPLE, DECIDED.captureDecision, DECIDED.revenueMargin);
  const costsOnly = ledgerSums([entry("2026-01-01", "Technology cost", 50, 60, "Financial")], DECIDED.captureDecision, DECIDED.revenueMargin);

  test("the list's sums of the worked example are the ledger figures' to-date amounts", () => {
    const figures = ledgerFigures(EXAMPLE, DECIDED, QUARTERS);
    expect([example.realised, example.evidenced, example.capability, example.option, example.unsupported, example.variance]).toEqual([
      figures.realisedToDate,
      figures.evidencedToDate,
      figures.capabilityToDate,
      figures.optionToDate,
      figures.unsupportedToDate,
      figures.varianceToDate,
    ]);
  });

  test("sums the live contracts, with the contracts behind each amount; Draft and Terminated apart", () => {
    const headline = portfolioHeadline([
      { id: "VC-1", status: "Active", plannedValue: 400, sums: example },
      { id: "VC-2", status: "Paused", plannedValue: -20, sums: costsOnly },
      { id: "VC-3", status: "Redesigning", plannedValue: 0, sums: NO_SUMS },
      { id: "VC-4", status: "Draft", plannedValue: 150, sums: NO_SUMS },
      { id: "VC-5", status: "Terminated", plannedValue: 90, sums: costsOnly },
    ]);
    // Live: planned 400 - 20 + 0 = 380 (VC-1 and VC-2 not 0); realised 55 - 60 = -5 (the same two);
    // evidenced 80, capability 40, option 20, unsupported 10 (the worked example only).
    expect(headline.live).toEqual({
      contracts: ["VC-1", "VC-2", "VC-3"],
      plannedValue: { amount: 380, contracts: ["VC-1", "VC-2"] },
      realisedToDate: { amount: -5, contracts: ["VC-1", "VC-2"] },
      evidencedToDate: { amount: 80, contracts: ["VC-1"] },
      capabilityToDate: { amount: 40, contracts: ["VC-1"] },
      optionToDate: { amount: 20, contracts: ["VC-1"] },
      unsupportedToDate: { amount: 10, contracts: ["VC-1"] },
    });
    expect(headline.draft.contracts).toEqual(["VC-4"]);
    expect(headline.draft.plannedValue).toEqual({ amount: 150, contracts: ["VC-4"] });
    expect(headline.draft.realisedToDate).toEqual({ amount: 0, contracts: [] });
    expect(headline.terminated.plannedValue).toEqual({ amount: 90, contracts: ["VC-5"] });
    expect(headline.terminated.realisedToDate).toEqual({ amount: -60, contracts: ["VC-5"] });
  });

  test("a contract is behind a figure when it is live and its own amount is not 0; unknown plans count as 0", () => {
    const row = (status: string, plannedValue: number | null) => ({ id: "VC-1", status, plannedValue, sums: costsOnly });
    expect(HEADLINE_FIGURES.filter((figure) => isBehindFigure(row("Expanding", 70), figure))).toEqual(["plannedValue", "realisedToDate"]);
    expect(headlineAmount(row("Active", null), "plannedValue")).toBe(0);
    expect(isBehindFigure(row("Active", null), "plannedValue")).toBe(false);
    expect(isBehindFigure(row("Draft", 70), "plannedValue")).toBe(false);
    expect(isBehindFigure(row("Terminated", 70), "realisedToDate")).toBe(false);
  });

  test("an empty portfolio has zeros everywhere", () => {
    const headline = portfolioHeadline([]);
    expect(headline.live.contracts).toEqual([]);
    expect(headline.live.realisedToDate).toEqual({ amount: 0, contracts: [] });
  });
});

describe("payback and trough at the workbook's discount rate", () => {
  // Monthly periods at an annual rate of 1.01^12 - 1 (12.68%) are 1% a month. A cost of 100 in the first
  // month and a realised 101 in the second: discounted, 101 / 1.01 = 100 pays back exactly at the end of
  // period 1; undiscounted it pays back earlier, at 100 / 101 = 0.990 of the way.
  const entries = [
    { period: "2026-01-01", line: "Technology cost", plan: 100, forecast: null, actual: 100, evidenceLevel: null },
    { period: "2026-02-01", line: "Protected earnings", plan: 101, forecast: null, actual: 101, evidenceLevel: "Financial" },
  ] as const;
  const contract = { captureDecision: null, revenueMargin: null };

  test("an annual rate becomes the period's: (1 + annual)^(months / 12) - 1", () => {
    expect(periodRate(Math.pow(1.01, 12) - 1, "Month")).toBeCloseTo(0.01, 12);
    expect(periodRate(0.21, "Quarter")).toBeCloseTo(Math.sqrt(1.1) - 1, 12);
  });

  test("discounted, the worked example pays back at period 1; undiscounted, earlier", () => {
    const discounted = ledgerFigures(entries, contract, { period: "Month", discountRate: Math.pow(1.01, 12) - 1 });
    expect(discounted.paybackPeriods).toBeCloseTo(1, 9);
    expect(discounted.troughDepth).toBe(-100);
    expect(ledgerFigures(entries, contract, { period: "Month" }).paybackPeriods).toBeCloseTo(100 / 101, 12);
  });
});
