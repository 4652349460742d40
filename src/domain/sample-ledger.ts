import { BENEFIT_FIELDS, type ValueContract } from "./contract";
import { LEDGER_LINES, lineField, type LedgerLine, type LineField, type NewLedgerEntry } from "./ledger";
import type { EvidenceLevel } from "./lists";
import { addPeriods, monthsIn, periodStart, type WorkbookSettings } from "./settings";

/**
 * The sample contracts' value ledger: six to eight quarters of history ending with the last full quarter
 * before today, told the way a finance team would record it, so the preview shows a J-curve a CFO would
 * accept. Deterministic: the same contracts, day and settings always give the same rows.
 *
 * How plans are cut from a contract's annual amounts (a quarter is a quarter of the year):
 * - one-off build costs (data, integration, change, workforce transition): a quarter of the amount in
 *   each of the first four quarters, then nothing; the contract's figure is the first year's spend;
 * - technology and governance: a quarter of the amount every quarter, from the start;
 * - run costs (quality control, operating, risk failures, cannibalisation): every quarter from go-live;
 * - friction (parallel running while people adjust): the four quarters from go-live;
 * - benefits: ramped in from go-live, 25%, 50%, 75% of a quarter's amount, then all of it.
 * Actuals: costs at the plan with a story's overrun and a small fixed wiggle; benefits at the story's
 * achievement, with evidence that rises from Technical to Operational to Financial as it accrues.
 * Actuals are rounded to 100, as ledgers are kept (plans are the exact shares). With monthly settings the
 * same story runs month by month, each month a twelfth of the year.
 */

/** One quarter of a benefit after go-live: actual / plan (null: not measured), evidence and where it is recorded. */
interface Step {
  readonly achieved: number | null;
  readonly evidence: EvidenceLevel | null;
  readonly source: string;
}

interface Story {
  /** Quarters of history, 6 to 8. */
  readonly quarters: number;
  /** The quarter (0 = the first) in which it goes live and benefits start. */
  readonly goLive: number;
  /** Actual / plan of the one-off build costs. */
  readonly buildOverrun: number;
  /** From this quarter on the contract is paused: run costs fall to a quarter, friction stops, nothing is measured. */
  readonly pausedFrom?: number;
  /** The benefit's actuals are gross prevented loss net of what would be recovered anyway (the fraud sample). */
  readonly netOfRecovery?: true;
  /** One step per quarter from go-live; the last step repeats. */
  readonly steps: readonly Step[];
}

/** The supplier-fraud counterfactual: audit recovers one in three of wrong payments after the fact anyway. */
const AUDIT_RECOVERS_ONE_IN = 3;

const step = (achieved: number | null, evidence: EvidenceLevel | null, source: string): Step => ({ achieved, evidence, source });

const STORIES: Readonly<Record<string, Story>> = {
  "Early warning of key-account churn": {
    quarters: 8, goLive: 2, buildOverrun: 1.08,
    steps: [
      step(0.6, "Technical", "Model back-test on last year's top-200 accounts (data science report DS-114)"),
      step(0.8, "Operational", "Retention report: alerted cohort against a matched control group"),
      step(0.95, "Financial", "GL 4000 revenue of the top-200 accounts against the matched control; FP&A sign-off"),
      step(1.05, "Financial", "GL 4000 revenue of the top-200 accounts against the matched control; FP&A sign-off"),
      step(1, "Financial", "GL 4000 revenue of the top-200 accounts against the matched control; FP&A sign-off"),
      step(1.08, "Financial", "GL 4000 revenue of the top-200 accounts against the matched control; FP&A sign-off"),
    ],
  },
  "Dynamic pricing of spare parts": {
    quarters: 8, goLive: 2, buildOverrun: 1.12,
    steps: [
      step(0.5, "Technical", "Pricing simulator back-test on last year's spare-parts orders"),
      step(0.8, "Operational", "A/B test report, North and East regions: price realisation against control regions"),
      step(1, "Financial", "GL 4100 Spare parts revenue, test regions against control regions"),
      step(1.1, "Financial", "GL 4100 Spare parts revenue, regions on dynamic prices against last year's mix"),
      step(1.15, "Financial", "GL 4100 Spare parts revenue, regions on dynamic prices against last year's mix"),
      step(1.2, "Financial", "GL 4100 Spare parts revenue, regions on dynamic prices against last year's mix"),
    ],
  },
  "Service desk assistant for field engineers": {
    quarters: 8, goLive: 2, buildOverrun: 1.05,
    steps: [
      step(0.4, "Technical", "Pilot report: share of drafted answers sent with light edits"),
      step(0.6, "Behavioural", "Assistant usage log: share of tickets answered from a draft"),
      step(0.7, "Operational", "Service desk report: calls per agent per day (45) at agent cost"),
      step(0.75, "Operational", "Service desk report: calls per agent per day (48) at agent cost"),
      // Four of the six planned hires withdrawn: 4/6 of the capacity is captured as avoided salary cost.
      step(4 / 6, "Financial", "Budget v actual, cost centre 4410 Service Desk: four planned hires withdrawn"),
    ],
  },
  "Supplier invoice fraud detection": {
    quarters: 6, goLive: 2, buildOverrun: 1, netOfRecovery: true,
    steps: [
      step(0.9, "Technical", "Back-test on last year's paid invoices"),
      step(1, "Operational", "AP hold log, confirmed duplicates and frauds"),
      step(1.05, "Operational", "AP hold log, confirmed duplicates and frauds"),
      step(1.1, "Operational", "AP hold log, confirmed duplicates and frauds"),
    ],
  },
  "Demand forecasting for regional warehouses": {
    // Capacity under "Not yet decided": planner time is measured, never captured.
    quarters: 8, goLive: 2, buildOverrun: 1.2,
    steps: [
      step(null, null, ""),
      step(0.5, "Behavioural", "Planning system usage log: planner hours saved on forecasts used, at standard cost"),
      step(0.6, "Behavioural", "Planning system usage log: planner hours saved on forecasts used, at standard cost"),
      step(0.55, "Behavioural", "Planning system usage log: planner hours saved on forecasts used, at standard cost"),
      step(0.6, "Behavioural", "Planning system usage log: planner hours saved on forecasts used, at standard cost"),
    ],
  },
  "Design copilot for custom enclosures": {
    quarters: 6, goLive: 2, buildOverrun: 1.1,
    steps: [step(0.8, "Technical", "Product finance: real-option valuation of made-to-order enclosures, reviewed quarterly")],
  },
  "Contract review agent for procurement": {
    quarters: 6, goLive: 2, buildOverrun: 1.15, pausedFrom: 4,
    steps: [
      step(0.5, "Technical", "Recall test on last year's contracts against legal's own review (legal operations report)"),
      step(0.6, "Technical", "Recall test on last year's contracts against legal's own review (legal operations report)"),
      step(null, null, ""),
    ],
  },
};

const ONE_OFF: readonly LineField[] = ["dataCost", "integrationCost", "changeCost", "workforceTransitionCost"];
const FROM_START: readonly LineField[] = ["technologyCost", "governanceCost"];
const TRANSITION: readonly LineField[] = ["friction"];

/** Where each cost is recorded, and how strong that record is (a general ledger account is Financial). */
const COST_SOURCES: Partial<Record<LineField, readonly [EvidenceLevel, string]>> = {
  technologyCost: ["Financial", "GL 6420 Software and cloud services"],
  dataCost: ["Financial", "GL 6430 Data services"],
  integrationCost: ["Financial", "GL 6450 IT project spend"],
  changeCost: ["Financial", "GL 6510 Training and change"],
  governanceCost: ["Operational", "Timesheets: risk, legal and audit hours at standard cost"],
  workforceTransitionCost: ["Financial", "GL 5150 Reskilling and redeployment"],
  qualityControlCost: ["Operational", "Timesheets: human review hours at standard cost"],
  operatingCost: ["Financial", "GL 6460 IT run and support"],
  friction: ["Operational", "Productivity report: parallel-running hours at standard cost"],
  riskFailures: ["Financial", "Incident log: remediation, credits and write-offs (GL 6990)"],
  cannibalisation: ["Operational", "Sales mix report: margin lost on substituted lines"],
};

/** Finance records the costs; the accountable owner records the benefits. */
const COST_RECORDER = "Elena Rossi";

/** A small fixed wiggle on cost actuals, so no two quarters are identical; no randomness. */
const WIGGLE = [1.03, 0.98, 1.01, 0.97, 1.02, 0.99] as const;

const BENEFITS: readonly LineField[] = BENEFIT_FIELDS;
const RAMP = [0.25, 0.5, 0.75] as const;

const roundTo = (amount: number, unit: number): number => Math.round(amount / unit) * unit;
const grouped = (amount: number): string => String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/** The story told for a contract: a sample's own, or the one of the sample it copies ("... (2)"). */
const storyOf = (contract: ValueContract): Story | undefined => STORIES[contract.title.replace(/ \(\d+\)$/, "")];

/**
 * The sample ledger for these contracts, as rows to record (the store gives each its Entry ID). Periods
 * follow the settings; the history ends with the last full period before `today` (ISO yyyy-mm-dd).
 * Draft contracts and contracts without a story get no rows.
 */
export function sampleLedger(contracts: readonly ValueContract[], today: string, settings: Pick<WorkbookSettings, "period" | "fiscalYearStart">): NewLedgerEntry[] {
  const last = addPeriods(periodStart(today, settings), -1, settings.period);
  return contracts.flatMap((contract) => {
    const story = storyOf(contract);
    return story === undefined || contract.status === "Draft" ? [] : contractLedger(contract, story, last, settings);
  });
}

function contractLedger(contract: ValueContract, story: Story, last: string, settings: Pick<WorkbookSettings, "period">): NewLedgerEntry[] {
  const length = monthsIn(settings.period);
  const count = (story.quarters * 3) / length;
  const share = length / 12; // of an annual amount, per period
  const entries: NewLedgerEntry[] = [];
  for (let index = 0; index < count; index++) {
    const period = addPeriods(last, index - count + 1, settings.period);
    const quarter = Math.floor((index * length) / 3);
    const live = quarter - story.goLive; // quarters since go-live; negative while building
    const paused = story.pausedFrom !== undefined && quarter >= story.pausedFrom;
    const updated = `${addPeriods(period, 1, settings.period)}T09:00:00.000Z`;
    for (const [lineIndex, line] of LEDGER_LINES.entries()) {
      const field = lineField(line);
      const annual = contract[field] ?? 0;
      if (annual === 0) continue;
      const row = BENEFITS.includes(field)
        ? benefitRow(line, annual * share, live, story, contract.owner)
        : costRow(field, annual * share, quarter, live, paused, story, WIGGLE[(index * 7 + lineIndex) % WIGGLE.length] ?? 1);
      if (row !== null) entries.push({ contractId: contract.id, period, line, forecast: null, updated, ...row });
    }
  }
  return entries;
}

type RowParts = Pick<NewLedgerEntry, "plan" | "actual" | "evidenceLevel" | "evidenceSource" | "recordedBy">;

function benefitRow(line: LedgerLine, perPeriod: number, live: number, story: Story, owner: string): RowParts | null {
  if (live < 0) return null;
  const plan = perPeriod * (RAMP[live] ?? 1);
  const step = story.steps[Math.min(live, story.steps.length - 1)];
  if (step === undefined || step.achieved === null) return { plan, actual: null, evidenceLevel: null, evidenceSource: "", recordedBy: "" };
  const row = { plan, evidenceLevel: step.evidence, recordedBy: owner };
  if (story.netOfRecovery !== true) return { ...row, actual: roundTo(plan * step.achieved, 100), evidenceSource: step.source };
  // The plan is the net loss avoided (the contract's Avoided loss is net of what audit recovers anyway), so the
  // gross stopped is half as much again; to 300, so that a third of it, and so the net, are whole amounts.
  const gross = roundTo((plan * step.achieved * AUDIT_RECOVERS_ONE_IN) / (AUDIT_RECOVERS_ONE_IN - 1), 300);
  const actual = gross - gross / AUDIT_RECOVERS_ONE_IN;
  return { ...row, actual, evidenceSource: `${step.source}: ${grouped(gross)} gross stopped; net of the third audit recovers anyway (counterfactual), two thirds: ${grouped(actual)}` };
}

function costRow(field: LineField, perPeriod: number, quarter: number, live: number, paused: boolean, story: Story, wiggle: number): RowParts | null {
  const oneOff = ONE_OFF.includes(field);
  const planned = oneOff ? quarter < 4 : FROM_START.includes(field) ? true : TRANSITION.includes(field) ? live >= 0 && live < 4 : live >= 0;
  if (!planned) return null;
  const [evidenceLevel, evidenceSource] = COST_SOURCES[field] ?? ["Financial", ""];
  // Actual / plan: build costs overrun; once paused, run costs fall to a quarter and friction stops.
  let pace = 1;
  if (oneOff) pace = story.buildOverrun;
  else if (paused && TRANSITION.includes(field)) pace = 0;
  else if (paused && !FROM_START.includes(field)) pace = 0.25;
  return { plan: perPeriod, actual: roundTo(perPeriod * pace * wiggle, 100), evidenceLevel, evidenceSource, recordedBy: COST_RECORDER };
}
