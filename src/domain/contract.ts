import type { z } from "zod";
import { blankRecord, fieldSchema, headerOf, optional, recordObject, type CalculatedKey, type DataKey, type Field } from "./field-model";
import { CAPTURE_DECISIONS, EVIDENCE_LEVELS, MANDATES, REVIEW_CADENCES, STATUSES, VALUE_CHAINS } from "./lists";
import { BENEFIT_FIELDS, LIFECYCLE_COST_FIELDS, lineHeader, OTHER_COST_FIELDS, type LineField } from "./value-lines";

/**
 * The value contract: the live agreement behind one material AI intervention, one row of the
 * ValueContracts table. Every field is declared once below, in column order; the schema, the blank
 * contract, the table layout and the editor are derived from these declarations (field-model.ts).
 * Amounts are in the workbook's currency and entered as magnitudes >= 0 (costs are subtracted by the
 * value equation). Dates are ISO yyyy-mm-dd here; the workbook stores them as Excel serials.
 */

const AMOUNT = "An amount in the workbook's currency, e.g. 250k or 1.2m.";
/** An amount column of the value equation, under its line's header (value-lines.ts). */
const money = <const K extends LineField>(key: K, what: string) => ({ key, header: lineHeader(key), kind: "amount", form: { hint: `${what} ${AMOUNT}` } }) as const;

/** The columns of ValueContracts, in order: a public interface (README.md, "Workbook tables"). */
export const CONTRACT_FIELDS = [
  { key: "id", header: "Contract ID", kind: "text", required: "always", maxLength: 40, form: { hint: "The row's key in the workbook, such as VC-0007. A new contract left blank gets the next free ID when you save." } },
  { key: "title", header: "Title", kind: "text", required: "always", form: { hint: "A short name colleagues will recognise in the portfolio, such as \"Claims triage assistant\"." } },
  { key: "valueChain", header: "Value chain", kind: "list", list: VALUE_CHAINS, form: { info: "The end-to-end part of the business whose economics this changes. The portfolio is grouped by value chain rather than by use case.", hint: "Choose the chain whose results should move, not the team that builds the tool." } },
  { key: "mandate", header: "Mandate", kind: "list", list: MANDATES, form: { info: "The economic purpose the intervention serves: growth, operating leverage, protecting earnings, reducing exposure or creating options.", hint: "Pick the one purpose that would justify the spend on its own." } },
  { key: "status", header: "Status", kind: "list", list: STATUSES, required: "always", blank: "Draft", form: { hint: "Draft lets you save a half-finished contract. Every other status needs the outcome, owner, mechanism, capture decision, evidence level and review cadence." } },
  { key: "outcome", header: "Enterprise outcome", kind: "text", required: "live", form: { control: "paragraph", hint: "Say which revenue, margin, capacity, earnings or exposure changes, and in which direction. \"Lower cost per claim\" is an outcome; \"roll out a copilot\" is not." } },
  { key: "outcomeMetric", header: "Outcome metric", kind: "text", form: { hint: "The measure you will read at every review, with its unit, such as \"cost per claim (£)\"." } },
  { key: "baseline", header: "Baseline", kind: "number", form: { hint: "Where the outcome metric stands today, in the metric's own unit." } },
  { key: "target", header: "Target", kind: "number", form: { hint: "The level of the metric this contract commits to reach." } },
  { key: "counterfactual", header: "Counterfactual", kind: "text", form: { control: "paragraph", info: "What would happen without the intervention. Value is measured against this, not against last year.", hint: "Describe the world without it: existing trends, other changes already planned, what competitors will do. Only the difference counts as value." } },
  { key: "owner", header: "Accountable owner", kind: "text", required: "live", form: { control: "owner", hint: "The business executive who answers for the result, not for delivery: usually whoever owns the profit and loss line that should move." } },
  { key: "ownerRole", header: "Owner role", kind: "text", form: { hint: "Their role, such as \"Director of Claims\", so the contract still makes sense when people move on." } },
  { key: "mechanism", header: "Value mechanism", kind: "text", required: "live", form: { control: "paragraph", info: "The causal chain from what the AI can do to the change in the outcome.", hint: "Explain step by step what the system does, who then works or decides differently, and why that moves the metric." } },
  { key: "captureDecision", header: "Capture decision", kind: "list", list: CAPTURE_DECISIONS, required: "live", form: { info: "Time or capacity freed up is only potential value. It becomes value when management decides what to do with it.", hint: "What management will do with the capacity, insight or capability released. \"Not yet decided\" is honest, but nothing is captured until it changes." } },
  money("incrementalRevenue", "Revenue that would not exist without it, beyond what the counterfactual brings anyway."),
  { key: "revenueMargin", header: "Revenue margin", kind: "fraction", form: { info: "Revenue is not profit: only the margin it earns counts as value.", hint: "The contribution margin the incremental revenue earns, as a percentage such as 35%. Needed once the contract is live and has revenue; until it is stated, revenue counts as 0." } },
  money("protectedEarnings", "Earnings at risk that are kept: customers retained, leakage or fraud stopped."),
  money("capacityValue", "Capacity released and actually redeployed or removed, not hours saved on paper."),
  money("avoidedLoss", "The fall in expected loss: how likely and how large the loss was, before and after."),
  money("optionValue", "What a new capability is worth as a right to act later: data, reusable components, a way into a market."),
  money("technologyCost", "Models, inference, infrastructure, licences and platform fees."),
  money("dataCost", "Acquiring, cleaning, labelling, storing and governing the data it needs."),
  money("integrationCost", "Connecting it to systems and workflows, and keeping those links working."),
  money("changeCost", "Redesigning the process and training the people whose work changes."),
  money("governanceCost", "Risk, legal, oversight and audit effort to run it responsibly."),
  money("workforceTransitionCost", "Redeployment, reskilling, hiring or exits that the change brings."),
  money("qualityControlCost", "Checking and correcting outputs, including human review."),
  money("operatingCost", "Running and supporting it day to day once live."),
  money("friction", "A cost: lost output and parallel running while people and processes adjust."),
  money("riskFailures", "A cost: expected losses from poor outputs, incidents, breaches or lost trust."),
  money("cannibalisation", "A cost: revenue or margin taken from your own products or channels, and other knock-on effects."),
  { key: "lifecycleCost", header: "Lifecycle cost", kind: "calculated", result: "amount" },
  { key: "plannedValue", header: "Planned value", kind: "calculated", result: "amount" },
  { key: "realisedToDate", header: "Realised to date", kind: "calculated", result: "amount" },
  { key: "evidencedToDate", header: "Evidenced to date", kind: "calculated", result: "amount" },
  { key: "varianceToDate", header: "Variance to date", kind: "calculated", result: "amount" },
  { key: "evidenceLevel", header: "Evidence level", kind: "list", list: EVIDENCE_LEVELS, required: "live", form: { info: "From weakest to strongest: Technical (it works), Behavioural (it is used), Operational (the work changes), Financial (the economics change), Strategic (the competitive position changes).", hint: "The highest level you can show today, not the one you expect. It sets the value class." } },
  { key: "valueClass", header: "Value class", kind: "calculated", result: "text" },
  { key: "evidenceNotes", header: "Evidence notes", kind: "text", form: { control: "paragraph", hint: "Where the proof lives: reports, experiments, dashboards, with dates, so a reviewer can check it." } },
  { key: "decisionRights", header: "Decision rights", kind: "text", form: { control: "paragraph", hint: "What the system may decide or do on its own, and what needs a person's approval." } },
  { key: "controls", header: "Controls", kind: "text", form: { control: "paragraph", hint: "The checks that keep it inside that boundary: human review, limits, monitoring, a way to switch it off." } },
  { key: "failureTolerance", header: "Failure tolerance", kind: "text", form: { control: "paragraph", hint: "How much error is acceptable, how you would notice more, and what happens then." } },
  { key: "scaleCondition", header: "Scale condition", kind: "text", form: { control: "paragraph", hint: "The evidence that would justify expanding it, stated so a reviewer can tell whether it has been met." } },
  { key: "stopCondition", header: "Stop condition", kind: "text", form: { control: "paragraph", hint: "The evidence that would make you redesign, pause or end it." } },
  { key: "expandAtValue", header: "Expand at value", kind: "signed amount", form: { hint: `Realised value a year at or above which a review should consider expanding. ${AMOUNT}` } },
  { key: "stopBelowValue", header: "Stop below value", kind: "signed amount", form: { hint: `Realised value a year below which a review should consider stopping. ${AMOUNT}` } },
  { key: "reviewCadence", header: "Review cadence", kind: "list", list: REVIEW_CADENCES, required: "live", form: { hint: "How often the contract is reviewed. Fast-moving models, prices or markets call for a shorter rhythm." } },
  { key: "lastReview", header: "Last review", kind: "date", form: { hint: "Recording a review sets this for you; enter it only for reviews held before the contract was in the workbook." } },
  { key: "nextReview", header: "Next review", kind: "calculated", result: "date" },
  { key: "version", header: "Version", kind: "whole number", min: 1 },
  { key: "updated", header: "Updated", kind: "date-time" },
] as const satisfies readonly Field[];

export type ContractFieldDef = (typeof CONTRACT_FIELDS)[number];
/** A field a contract record holds (every column but the calculated ones). */
export type ContractField = DataKey<typeof CONTRACT_FIELDS>;
/** A calculated column of ValueContracts: ContractFigures computes the same in the domain. */
export type ContractFigureField = CalculatedKey<typeof CONTRACT_FIELDS>;
/** A field the editor shows (all but Version and Updated, which the store keeps). */
export type EditableField = Extract<ContractFieldDef, { readonly form: object }>["key"];

/** The value equation's amount columns, grouped (value-lines.ts declares them). */
export { BENEFIT_FIELDS, LIFECYCLE_COST_FIELDS, OTHER_COST_FIELDS };

/**
 * The parts of the value contract, in the order the editor shows them, each with its fields in the
 * order they are asked for. Every field with a form is in exactly one section (test/domain/contract.test.ts).
 */
export const CONTRACT_SECTIONS = [
  { id: "outcome", title: "Outcome", fields: ["title", "id", "status", "valueChain", "mandate", "outcome", "outcomeMetric"] },
  { id: "baseline", title: "Baseline and counterfactual", fields: ["baseline", "target", "counterfactual"] },
  { id: "owner", title: "Owner", fields: ["owner", "ownerRole"] },
  { id: "mechanism", title: "Mechanism", fields: ["mechanism"] },
  { id: "capture", title: "Capture decision", fields: ["captureDecision"] },
  { id: "cost", title: "Full economic cost", fields: [...LIFECYCLE_COST_FIELDS] },
  { id: "components", title: "Value components", fields: ["incrementalRevenue", "revenueMargin", "protectedEarnings", "capacityValue", "avoidedLoss", "optionValue", ...OTHER_COST_FIELDS] },
  { id: "evidence", title: "Evidence", fields: ["evidenceLevel", "evidenceNotes"] },
  { id: "risk", title: "Risk boundary", fields: ["decisionRights", "controls", "failureTolerance"] },
  { id: "scale", title: "Scale and stop conditions", fields: ["scaleCondition", "stopCondition", "expandAtValue", "stopBelowValue"] },
  { id: "cadence", title: "Review cadence", fields: ["reviewCadence", "lastReview"] },
] as const satisfies readonly { readonly id: string; readonly title: string; readonly fields: readonly EditableField[] }[];
export type ContractSectionId = (typeof CONTRACT_SECTIONS)[number]["id"];

/** The declaration of a field the editor shows. */
export type EditableFieldDef = Extract<ContractFieldDef, { readonly form: object }>;

/** The fields the editor shows, in column order. */
export const EDITABLE_FIELDS: readonly EditableFieldDef[] = CONTRACT_FIELDS.filter((field): field is EditableFieldDef => "form" in field);

/** Fields a contract needs once it is past Draft. */
export const REQUIRED_WHEN_LIVE: readonly ContractField[] = CONTRACT_FIELDS.flatMap((field) => ("required" in field && field.required === "live" ? [field.key] : []));

/** True for a status past Draft: the contract then needs the REQUIRED_WHEN_LIVE fields. */
export function isLiveStatus(status: string): boolean {
  return status !== "Draft" && STATUSES.some((known) => known === status);
}

/** "an Active contract", "a Paused contract": how messages name a contract by its status. */
export function contractWithStatus(status: string): string {
  return `${/^[AEIOU]/.test(status) ? "an" : "a"} ${status} contract`;
}

/**
 * Past Draft, each REQUIRED_WHEN_LIVE field left blank gets its own issue, saying it is required for
 * that status (a form lists them all once, not under every field).
 */
function requireLiveFields(contract: Readonly<Record<string, unknown>>, ctx: z.RefinementCtx): void {
  const status = String(contract["status"]);
  if (!isLiveStatus(status)) return;
  for (const key of REQUIRED_WHEN_LIVE) {
    const value = contract[key];
    if (value === null || (typeof value === "string" && value.trim() === "")) {
      ctx.addIssue({ code: "custom", path: [key], message: `${headerOf(CONTRACT_FIELDS, key)} is required for ${contractWithStatus(status)}.` });
    }
  }
  // Revenue is not profit: a live contract that claims revenue says what margin it earns.
  const revenue = contract["incrementalRevenue"];
  if (typeof revenue === "number" && revenue > 0 && contract["revenueMargin"] === null) {
    ctx.addIssue({
      code: "custom",
      path: ["revenueMargin"],
      message: `${headerOf(CONTRACT_FIELDS, "revenueMargin")} is required for ${contractWithStatus(status)} with ${headerOf(CONTRACT_FIELDS, "incrementalRevenue")}: only the margin revenue earns counts as value.`,
    });
  }
}

const ContractObject = recordObject(CONTRACT_FIELDS);

/**
 * A value contract. A Draft may leave most fields blank; any other status (Active, Expanding,
 * Redesigning, Paused, Terminated) needs the REQUIRED_WHEN_LIVE fields.
 */
export const ValueContract = ContractObject.superRefine(requireLiveFields);
export type ValueContract = z.infer<typeof ValueContract>;

/** Contract ID: the stable key of a row, e.g. "VC-0007". */
export const ContractId = ContractObject.shape.id;
export type ContractId = z.infer<typeof ContractId>;

/** A contract not yet in the workbook: its Contract ID may be blank, and the store then gives the next free one. */
export const NewContract = ContractObject.extend({ id: fieldSchema(optional(CONTRACT_FIELDS[0])) as z.ZodType<string> }).superRefine(requireLiveFields);
export type NewContract = z.infer<typeof NewContract>;

/** A blank Draft contract with the given ID: the starting point of the editor. */
export function blankContract(id: string): ValueContract {
  return { ...blankRecord(CONTRACT_FIELDS), id };
}

/** A field-by-field list of problems, in the order of the schema, for forms and row reports. */
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

export function problemsOf(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({ field: String(issue.path[0] ?? ""), message: issue.message }));
}
