import { ValueContract } from "../../src/domain/contract";
import { LedgerEntry, lineClass, lineField, realisedAmount, type NewLedgerEntry } from "../../src/domain/ledger";
import { ledgerFigures } from "../../src/domain/ledger-figures";
import { EVIDENCE_LEVELS } from "../../src/domain/lists";
import { samplePortfolio } from "../../src/domain/sample-contracts";
import { sampleLedger } from "../../src/domain/sample-ledger";
import { addPeriods, DEFAULT_SETTINGS, isPeriodStart, periodStart, type WorkbookSettings } from "../../src/domain/settings";

const TODAY = "2026-12-03";
const QUARTERS: WorkbookSettings = { ...DEFAULT_SETTINGS, period: "Quarter", fiscalYearStart: "January" };
const contracts = samplePortfolio(TODAY, "VC-0001");
const ledger = sampleLedger(contracts, TODAY, QUARTERS);

const rowsOf = (id: string, rows: readonly NewLedgerEntry[] = ledger): NewLedgerEntry[] => rows.filter((row) => row.contractId === id);
const figuresOf = (contract: ValueContract) => ledgerFigures(rowsOf(contract.id), contract, QUARTERS);
const sample = (title: string): ValueContract => {
  const found = contracts.find((contract) => contract.title === title);
  if (found === undefined) throw new Error(`no sample titled ${title}`);
  return found;
};
const live = contracts.filter((contract) => contract.status !== "Draft");

describe("the sample ledger: its shape", () => {
  test("every row passes the LedgerEntry schema once the store gives it an ID", () => {
    expect(ledger.length).toBeGreaterThan(0);
    const problems = ledger.flatMap((row, index) => LedgerEntry.safeParse({ ...row, id: `VL-${String(index + 1).padStart(6, "0")}` }).error?.issues ?? []);
    expect(problems).toEqual([]);
  });

  test("the sample contracts stay valid, the live one with revenue stating its margin", () => {
    for (const contract of contracts) expect(ValueContract.safeParse(contract).error?.issues ?? []).toEqual([]);
    expect(sample("Dynamic pricing of spare parts").revenueMargin).toBe(0.85);
  });

  test("six to eight consecutive quarters per live sample, ending with the last full quarter before today", () => {
    // Today 2026-12-03 is in Q4 2026 (October to December): the last full quarter starts 2026-07-01.
    for (const contract of live) {
      const periods = [...new Set(rowsOf(contract.id).map((row) => row.period))].sort();
      expect(periods.length).toBeGreaterThanOrEqual(6);
      expect(periods.length).toBeLessThanOrEqual(8);
      expect(periods[periods.length - 1]).toBe("2026-07-01");
      expect(periods).toEqual(periods.map((_, i) => addPeriods(periods[0] ?? "", i, "Quarter")));
    }
  });

  test("rows fall on the first days of the workbook's quarters, fiscal ones too", () => {
    const february: WorkbookSettings = { ...QUARTERS, fiscalYearStart: "February" };
    for (const [settings, rows] of [[QUARTERS, ledger], [february, sampleLedger(contracts, TODAY, february)]] as const) {
      expect(rows.every((row) => isPeriodStart(row.period, settings))).toBe(true);
      // The last full fiscal quarter before today.
      const last = addPeriods(periodStart(TODAY, settings), -1, "Quarter");
      expect(rows.map((row) => row.period).sort().at(-1)).toBe(last);
    }
    // A fiscal year from February: today (2026-12-03) is in the quarter from November, so the last full one is from August.
    expect(sampleLedger(contracts, TODAY, february).map((row) => row.period).sort().at(-1)).toBe("2026-08-01");
  });

  test("on the first day of a quarter, that quarter is not yet full", () => {
    const rows = sampleLedger(contracts, "2027-01-01", QUARTERS);
    expect(rows.map((row) => row.period).sort().at(-1)).toBe("2026-10-01");
  });

  test("a Draft contract has no rows at all", () => {
    const draft = contracts.filter((contract) => contract.status === "Draft");
    expect(draft.length).toBeGreaterThan(0);
    for (const contract of draft) expect(rowsOf(contract.id)).toEqual([]);
  });

  test("deterministic: the same day and settings give the same rows", () => {
    expect(sampleLedger(contracts, TODAY, QUARTERS)).toEqual(ledger);
  });

  test("cost plans are the contract's annual amount / 4; every actual says where it comes from", () => {
    for (const contract of live) {
      for (const row of rowsOf(contract.id)) {
        if (row.actual !== null) expect(row.evidenceSource).not.toBe("");
        if (lineClass(row.line, null) === "Cost") expect(row.plan).toBe((contract[lineField(row.line)] ?? 0) / 4);
      }
    }
  });

  test("by month, the same story runs over 18 to 24 months", () => {
    const months: WorkbookSettings = { ...QUARTERS, period: "Month" };
    const rows = sampleLedger(contracts, TODAY, months);
    expect(rows.every((row) => isPeriodStart(row.period, months))).toBe(true);
    for (const contract of live) {
      const periods = new Set(rowsOf(contract.id, rows).map((row) => row.period));
      expect(periods.size).toBeGreaterThanOrEqual(18);
      expect(periods.size).toBeLessThanOrEqual(24);
    }
    // The last full month before 2026-12-03 is November.
    expect(rows.map((row) => row.period).sort().at(-1)).toBe("2026-11-01");
  });
});

describe("the sample ledger: the story a CFO reads", () => {
  test("a J-curve: every live sample's cumulative realised value goes below 0 first", () => {
    for (const contract of live) {
      const figures = figuresOf(contract);
      expect(figures.periods[0]?.cumulativeRealised).toBeLessThan(0);
      expect(figures.troughDepth).toBeLessThan(0);
    }
  });

  test("then rises: the churn and pricing samples pay back within their history", () => {
    for (const title of ["Early warning of key-account churn", "Dynamic pricing of spare parts"]) {
      const figures = figuresOf(sample(title));
      const cumulative = figures.periods.map((period) => period.cumulativeRealised);
      const lowest = cumulative.indexOf(Math.min(...cumulative));
      // The trough is in the middle, not at either end, and the curve ends above 0.
      expect(lowest).toBeGreaterThan(0);
      expect(lowest).toBeLessThan(cumulative.length - 1);
      expect(cumulative.at(-1)).toBeGreaterThan(0);
      expect(figures.paybackPeriods).not.toBeNull();
      expect(figures.paybackPeriods ?? 0).toBeLessThan(figures.periods.length);
    }
  });

  test("one-off costs come early (first four quarters); run costs start at go-live", () => {
    for (const contract of live) {
      const periods = [...new Set(rowsOf(contract.id).map((row) => row.period))].sort();
      const quarterOf = (row: NewLedgerEntry): number => periods.indexOf(row.period);
      const rows = rowsOf(contract.id);
      for (const row of rows.filter((r) => ["Integration cost", "Change cost", "Data cost"].includes(r.line))) expect(quarterOf(row)).toBeLessThan(4);
      for (const row of rows.filter((r) => ["Operating cost", "Quality control cost"].includes(r.line))) expect(quarterOf(row)).toBeGreaterThan(0);
    }
  });

  test("benefits ramp up from go-live", () => {
    const rows = rowsOf(sample("Early warning of key-account churn").id).filter((row) => row.line === "Protected earnings");
    // 1,450,000 a year: 362,500 a quarter, ramped 25%, 50%, 75%, then in full.
    expect(rows.map((row) => row.plan)).toEqual([90_625, 181_250, 271_875, 362_500, 362_500, 362_500]);
  });

  test("evidence rises over time on every benefit line: Technical early, then Operational, then Financial", () => {
    const rank = (level: string | null): number => EVIDENCE_LEVELS.findIndex((name) => name === level);
    for (const contract of live) {
      const benefits = rowsOf(contract.id).filter((row) => lineClass(row.line, null) !== "Cost" && row.evidenceLevel !== null);
      const ranks = benefits.sort((a, b) => a.period.localeCompare(b.period)).map((row) => rank(row.evidenceLevel));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
    const churn = rowsOf(sample("Early warning of key-account churn").id).filter((row) => row.line === "Protected earnings");
    expect(churn.map((row) => row.evidenceLevel)).toEqual(["Technical", "Operational", "Financial", "Financial", "Financial", "Financial"]);
  });

  test("revenue counts at its margin: the pricing sample realises 85% of its Financial revenue", () => {
    const pricing = sample("Dynamic pricing of spare parts");
    const revenue = rowsOf(pricing.id).filter((row) => row.line === "Incremental revenue" && row.evidenceLevel === "Financial");
    expect(revenue.length).toBeGreaterThan(0);
    for (const row of revenue) {
      expect(realisedAmount(row.line, row.actual, row.evidenceLevel, pricing.captureDecision, pricing.revenueMargin ?? 0)).toBeCloseTo((row.actual ?? 0) * 0.85, 6);
    }
  });

  test("capacity with a capture decision is realised once finance shows it", () => {
    const desk = sample("Service desk assistant for field engineers");
    expect(desk.captureDecision).toBe("Avoid planned recruitment");
    const capacity = rowsOf(desk.id).filter((row) => row.line === "Capacity value");
    const realised = capacity.filter((row) => lineClass(row.line, row.evidenceLevel, desk.captureDecision) === "Realised value");
    expect(realised.length).toBeGreaterThan(0);
    expect(figuresOf(desk).realisedToDate).toBeLessThan(figuresOf(desk).planToDate);
  });

  test("capacity under 'Not yet decided' is only ever an evidenced leading indicator, never realised", () => {
    const undecided = live.filter((contract) => contract.captureDecision === "Not yet decided" && (contract.capacityValue ?? 0) > 0);
    expect(undecided.length).toBeGreaterThan(0);
    for (const contract of undecided) {
      const measured = rowsOf(contract.id).filter((row) => row.line === "Capacity value" && row.actual !== null);
      expect(measured.length).toBeGreaterThan(0);
      for (const row of measured) {
        expect(lineClass(row.line, row.evidenceLevel, contract.captureDecision)).toBe("Evidenced leading indicator");
        expect(realisedAmount(row.line, row.actual, row.evidenceLevel, contract.captureDecision)).toBe(0);
      }
      const figures = figuresOf(contract);
      expect(figures.evidencedToDate).toBe(measured.reduce((total, row) => total + (row.actual ?? 0), 0));
    }
  });

  test("the fraud sample's avoided loss is net of recoveries: two thirds of the gross stopped, said in its source", () => {
    // The sample's counterfactual: audit "recovers a third of it" after the fact anyway.
    const fraud = sample("Supplier invoice fraud detection");
    expect(fraud.counterfactual).toMatch(/recovers a third/);
    const avoided = rowsOf(fraud.id).filter((row) => row.line === "Avoided loss" && row.actual !== null);
    expect(avoided.length).toBeGreaterThan(0);
    const amount = (text: string | undefined): number => Number((text ?? "").replace(/,/g, ""));
    for (const row of avoided) {
      const gross = amount(/([\d,]+) gross stopped/.exec(row.evidenceSource)?.[1]);
      const net = amount(/two thirds: ([\d,]+)/.exec(row.evidenceSource)?.[1]);
      expect(gross).toBeGreaterThan(0);
      expect(row.actual).toBe((gross * 2) / 3);
      expect(net).toBe(row.actual);
    }
  });

  test("the options sample books no realised value: its option value stays strategic option value", () => {
    const copilot = figuresOf(sample("Design copilot for custom enclosures"));
    expect(copilot.optionToDate).toBeGreaterThan(0);
    expect(copilot.paybackPeriods).toBeNull();
  });

  test("the paused sample measures nothing after it was paused, and its run costs fall", () => {
    const paused = sample("Contract review agent for procurement");
    const rows = rowsOf(paused.id);
    const last = rows.filter((row) => row.period === "2026-07-01");
    expect(last.find((row) => row.line === "Avoided loss")?.actual).toBeNull();
    const operating = last.find((row) => row.line === "Operating cost");
    expect(operating?.actual ?? 0).toBeLessThan((operating?.plan ?? 0) / 2);
  });
});
