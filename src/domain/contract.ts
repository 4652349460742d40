// `iso` is imported on its own: webpack 5.113 resolves `z.iso.date()` to zod's `z.date()` (a Date object
// schema) when bundling, so every ISO date failed in the built pane while Jest passed (see contract-bundle.test).
import { iso, z } from "zod";
import {
  CAPTURE_DECISIONS,
  DECISIONS,
  EVIDENCE_LEVELS,
  MANDATES,
  REVIEW_CADENCES,
  STATUSES,
  VALUE_CHAINS,
} from "./lists";

/**
 * The value contract: the live agreement behind one material AI intervention, and the periodic review
 * of it. Blank text is "", a blank number, list value or date is null. Amounts are in the workbook's
 * currency and entered as magnitudes >= 0 (costs are subtracted by the value equation). Dates are ISO
 * yyyy-mm-dd strings here; the workbook layer stores them as Excel serials.
 */

/** Excel's limit on the characters in one cell; longer text cannot be stored. */
export const MAX_CELL_TEXT = 32767;

const text = (label: string) =>
  z.string({ error: `${label} must be text.` }).max(MAX_CELL_TEXT, { error: `${label} is longer than Excel's ${MAX_CELL_TEXT} characters per cell.` });

const amount = (label: string) =>
  z
    .number({ error: `${label} must be a number.` })
    .min(0, { error: `${label} must be 0 or more: enter costs and benefits as positive amounts.` })
    .nullable();

const signedNumber = (label: string) => z.number({ error: `${label} must be a number.` }).nullable();

const choice = <T extends readonly [string, ...string[]]>(label: string, options: T) =>
  z.enum(options, { error: `${label} must be one of: ${options.join("; ")}.` });

const isoDate = (label: string) => iso.date({ error: `${label} must be a date (yyyy-mm-dd).` });

/** Contract ID: the stable key of a row, e.g. "VC-0007". */
export const ContractId = z
  .string({ error: "Contract ID must be text." })
  .trim()
  .min(1, { error: "Contract ID is required." })
  .max(40, { error: "Contract ID must be at most 40 characters." });
export type ContractId = z.infer<typeof ContractId>;

/** The five benefits of the value equation. */
export const BENEFIT_FIELDS = ["incrementalRevenue", "protectedEarnings", "capacityValue", "avoidedLoss", "optionValue"] as const;

/** The parts of the full lifecycle cost (their sum is the Lifecycle cost column). */
export const LIFECYCLE_COST_FIELDS = [
  "technologyCost",
  "dataCost",
  "integrationCost",
  "changeCost",
  "governanceCost",
  "workforceTransitionCost",
  "qualityControlCost",
  "operatingCost",
] as const;

/** The three costs of the value equation beyond the lifecycle cost. */
export const OTHER_COST_FIELDS = ["friction", "riskFailures", "cannibalisation"] as const;

const contractShape = {
  id: ContractId,
  title: text("Title").trim().min(1, { error: "Title is required." }),
  valueChain: choice("Value chain", VALUE_CHAINS).nullable(),
  mandate: choice("Mandate", MANDATES).nullable(),
  status: choice("Status", STATUSES),
  outcome: text("Enterprise outcome"),
  outcomeMetric: text("Outcome metric"),
  baseline: signedNumber("Baseline"),
  target: signedNumber("Target"),
  counterfactual: text("Counterfactual"),
  owner: text("Accountable owner"),
  ownerRole: text("Owner role"),
  mechanism: text("Value mechanism"),
  captureDecision: choice("Capture decision", CAPTURE_DECISIONS).nullable(),
  incrementalRevenue: amount("Incremental revenue"),
  protectedEarnings: amount("Protected earnings"),
  capacityValue: amount("Capacity value"),
  avoidedLoss: amount("Avoided loss"),
  optionValue: amount("Option value"),
  technologyCost: amount("Technology cost"),
  dataCost: amount("Data cost"),
  integrationCost: amount("Integration cost"),
  changeCost: amount("Change cost"),
  governanceCost: amount("Governance cost"),
  workforceTransitionCost: amount("Workforce transition cost"),
  qualityControlCost: amount("Quality control cost"),
  operatingCost: amount("Operating cost"),
  friction: amount("Friction"),
  riskFailures: amount("Risk failures"),
  cannibalisation: amount("Cannibalisation"),
  evidenceLevel: choice("Evidence level", EVIDENCE_LEVELS).nullable(),
  evidenceNotes: text("Evidence notes"),
  decisionRights: text("Decision rights"),
  controls: text("Controls"),
  failureTolerance: text("Failure tolerance"),
  scaleCondition: text("Scale condition"),
  stopCondition: text("Stop condition"),
  expandAtValue: signedNumber("Expand at value"),
  stopBelowValue: signedNumber("Stop below value"),
  reviewCadence: choice("Review cadence", REVIEW_CADENCES).nullable(),
  lastReview: isoDate("Last review").nullable(),
  version: z.number({ error: "Version must be a number." }).int({ error: "Version must be a whole number." }).min(1, { error: "Version must be 1 or more." }),
  /** When the row was last saved through AIVM: ISO date-time (UTC). */
  updated: iso.datetime({ error: "Updated must be a date and time." }).nullable(),
};

/** Fields a contract needs once it is past Draft, with the label the error names. */
export const REQUIRED_WHEN_LIVE = [
  ["outcome", "Enterprise outcome"],
  ["owner", "Accountable owner"],
  ["mechanism", "Value mechanism"],
  ["captureDecision", "Capture decision"],
  ["evidenceLevel", "Evidence level"],
  ["reviewCadence", "Review cadence"],
] as const;

const ContractFields = z.object(contractShape);

/** True for a status past Draft: the contract then needs the REQUIRED_WHEN_LIVE fields. */
export function isLiveStatus(status: string): boolean {
  return status !== "Draft" && STATUSES.some((known) => known === status);
}

/** "an Active contract", "a Paused contract": how messages name a contract by its status. */
export function contractWithStatus(status: string): string {
  return `${/^[AEIOU]/.test(status) ? "an" : "a"} ${status} contract`;
}

/**
 * A value contract. A Draft may leave most fields blank; any other status (Active, Expanding,
 * Redesigning, Paused, Terminated) needs the REQUIRED_WHEN_LIVE fields: each one missing gets its own
 * issue, saying it is required for that status (a form lists them all once, not under every field).
 */
export const ValueContract = ContractFields.superRefine((contract, ctx) => {
  if (!isLiveStatus(contract.status)) return;
  const missing = REQUIRED_WHEN_LIVE.filter(([key]) => {
    const value = contract[key];
    return value === null || (typeof value === "string" && value.trim() === "");
  });
  for (const [key, label] of missing) {
    ctx.addIssue({ code: "custom", path: [key], message: `${label} is required for ${contractWithStatus(contract.status)}.` });
  }
});
export type ValueContract = z.infer<typeof ValueContract>;
export type ContractField = keyof ValueContract;

/** A blank Draft contract with the given ID: the starting point of the editor. */
export function blankContract(id: string): ValueContract {
  return {
    id,
    title: "",
    valueChain: null,
    mandate: null,
    status: "Draft",
    outcome: "",
    outcomeMetric: "",
    baseline: null,
    target: null,
    counterfactual: "",
    owner: "",
    ownerRole: "",
    mechanism: "",
    captureDecision: null,
    incrementalRevenue: null,
    protectedEarnings: null,
    capacityValue: null,
    avoidedLoss: null,
    optionValue: null,
    technologyCost: null,
    dataCost: null,
    integrationCost: null,
    changeCost: null,
    governanceCost: null,
    workforceTransitionCost: null,
    qualityControlCost: null,
    operatingCost: null,
    friction: null,
    riskFailures: null,
    cannibalisation: null,
    evidenceLevel: null,
    evidenceNotes: "",
    decisionRights: "",
    controls: "",
    failureTolerance: "",
    scaleCondition: "",
    stopCondition: "",
    expandAtValue: null,
    stopBelowValue: null,
    reviewCadence: null,
    lastReview: null,
    version: 1,
    updated: null,
  };
}

/** One periodic review of a contract: what evidence exists now, what was realised, and the decision. */
export const ValueReview = z.object({
  id: z.string({ error: "Review ID must be text." }).trim().min(1, { error: "Review ID is required." }).max(40),
  contractId: ContractId,
  date: isoDate("Review date"),
  reviewer: text("Reviewer").trim().min(1, { error: "Reviewer is required." }),
  evidenceLevel: choice("Evidence level", EVIDENCE_LEVELS),
  realisedToDate: signedNumber("Realised to date"),
  forecastValue: signedNumber("Forecast value"),
  decision: choice("Decision", DECISIONS),
  rationale: text("Rationale"),
  assumptionsChanged: text("Assumptions changed"),
  nextReview: isoDate("Next review").nullable(),
});
export type ValueReview = z.infer<typeof ValueReview>;

/** The status a review decision puts its contract in; Continue leaves the status as it is. */
export const STATUS_AFTER_DECISION = {
  Continue: null,
  Expand: "Expanding",
  Redesign: "Redesigning",
  Pause: "Paused",
  Terminate: "Terminated",
} as const satisfies Record<(typeof DECISIONS)[number], (typeof STATUSES)[number] | null>;

/** A field-by-field list of problems, in the order of the schema, for forms and row reports. */
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

export function problemsOf(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({ field: String(issue.path[0] ?? ""), message: issue.message }));
}
