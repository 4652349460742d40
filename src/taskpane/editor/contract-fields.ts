import type { ContractField } from "../../domain/contract";
import { CAPTURE_DECISIONS, EVIDENCE_LEVELS, MANDATES, REVIEW_CADENCES, STATUSES, VALUE_CHAINS } from "../../domain/lists";

/**
 * The editor's form, part by part of the value contract. Labels match the table headers and the
 * schema's messages; the hint under each field says what a good answer looks like. Version and
 * Updated are kept by the store and never edited here.
 */

export type EditableField = Exclude<ContractField, "version" | "updated">;

/** text: one line; long: a paragraph; amount: money >= 0; number: any sign; choice: a list; date: ISO. */
export type FieldKind = "text" | "long" | "amount" | "number" | "choice" | "date" | "owner";

export interface FieldSpec {
  readonly key: EditableField;
  readonly label: string;
  readonly kind: FieldKind;
  readonly hint: string;
  /** Explanation of a term of art, behind an info button next to the label. */
  readonly info?: string;
  readonly options?: readonly string[];
}

export interface SectionSpec {
  readonly id: string;
  readonly title: string;
  readonly fields: readonly FieldSpec[];
}

const AMOUNT = "An amount in the workbook's currency, e.g. 250k or 1.2m.";
const amountField = (key: EditableField, label: string, what: string): FieldSpec => ({ key, label, kind: "amount", hint: `${what} ${AMOUNT}` });

export const CONTRACT_SECTIONS: readonly SectionSpec[] = [
  {
    id: "outcome",
    title: "Outcome",
    fields: [
      { key: "title", label: "Title", kind: "text", hint: "A short name colleagues will recognise in the portfolio, such as \"Claims triage assistant\"." },
      { key: "id", label: "Contract ID", kind: "text", hint: "The row's key in the workbook. Keep the one proposed unless your team numbers contracts its own way." },
      { key: "status", label: "Status", kind: "choice", options: STATUSES, hint: "Draft lets you save a half-finished contract. Every other status needs the outcome, owner, mechanism, capture decision, evidence level and review cadence." },
      { key: "valueChain", label: "Value chain", kind: "choice", options: VALUE_CHAINS, info: "The end-to-end part of the business whose economics this changes. The portfolio is grouped by value chain rather than by use case.", hint: "Choose the chain whose results should move, not the team that builds the tool." },
      { key: "mandate", label: "Mandate", kind: "choice", options: MANDATES, info: "The economic purpose the intervention serves: growth, operating leverage, protecting earnings, reducing exposure or creating options.", hint: "Pick the one purpose that would justify the spend on its own." },
      { key: "outcome", label: "Enterprise outcome", kind: "long", hint: "Say which revenue, margin, capacity, earnings or exposure changes, and in which direction. \"Lower cost per claim\" is an outcome; \"roll out a copilot\" is not." },
      { key: "outcomeMetric", label: "Outcome metric", kind: "text", hint: "The measure you will read at every review, with its unit, such as \"cost per claim (£)\"." },
    ],
  },
  {
    id: "baseline",
    title: "Baseline and counterfactual",
    fields: [
      { key: "baseline", label: "Baseline", kind: "number", hint: "Where the outcome metric stands today, in the metric's own unit." },
      { key: "target", label: "Target", kind: "number", hint: "The level of the metric this contract commits to reach." },
      { key: "counterfactual", label: "Counterfactual", kind: "long", info: "What would happen without the intervention. Value is measured against this, not against last year.", hint: "Describe the world without it: existing trends, other changes already planned, what competitors will do. Only the difference counts as value." },
    ],
  },
  {
    id: "owner",
    title: "Owner",
    fields: [
      { key: "owner", label: "Accountable owner", kind: "owner", hint: "The business executive who answers for the result, not for delivery: usually whoever owns the profit and loss line that should move." },
      { key: "ownerRole", label: "Owner role", kind: "text", hint: "Their role, such as \"Director of Claims\", so the contract still makes sense when people move on." },
    ],
  },
  {
    id: "mechanism",
    title: "Mechanism",
    fields: [
      { key: "mechanism", label: "Value mechanism", kind: "long", info: "The causal chain from what the AI can do to the change in the outcome.", hint: "Explain step by step what the system does, who then works or decides differently, and why that moves the metric." },
    ],
  },
  {
    id: "capture",
    title: "Capture decision",
    fields: [
      { key: "captureDecision", label: "Capture decision", kind: "choice", options: CAPTURE_DECISIONS, info: "Time or capacity freed up is only potential value. It becomes value when management decides what to do with it.", hint: "What management will do with the capacity, insight or capability released. \"Not yet decided\" is honest, but nothing is captured until it changes." },
    ],
  },
  {
    id: "cost",
    title: "Full economic cost",
    fields: [
      amountField("technologyCost", "Technology cost", "Models, inference, infrastructure, licences and platform fees."),
      amountField("dataCost", "Data cost", "Acquiring, cleaning, labelling, storing and governing the data it needs."),
      amountField("integrationCost", "Integration cost", "Connecting it to systems and workflows, and keeping those links working."),
      amountField("changeCost", "Change cost", "Redesigning the process and training the people whose work changes."),
      amountField("governanceCost", "Governance cost", "Risk, legal, oversight and audit effort to run it responsibly."),
      amountField("workforceTransitionCost", "Workforce transition cost", "Redeployment, reskilling, hiring or exits that the change brings."),
      amountField("qualityControlCost", "Quality control cost", "Checking and correcting outputs, including human review."),
      amountField("operatingCost", "Operating cost", "Running and supporting it day to day once live."),
    ],
  },
  {
    id: "components",
    title: "Value components",
    fields: [
      amountField("incrementalRevenue", "Incremental revenue", "Revenue that would not exist without it, beyond what the counterfactual brings anyway."),
      amountField("protectedEarnings", "Protected earnings", "Earnings at risk that are kept: customers retained, leakage or fraud stopped."),
      amountField("capacityValue", "Capacity value", "Capacity released and actually redeployed or removed, not hours saved on paper."),
      amountField("avoidedLoss", "Avoided loss", "The fall in expected loss: how likely and how large the loss was, before and after."),
      amountField("optionValue", "Option value", "What a new capability is worth as a right to act later: data, reusable components, a way into a market."),
      amountField("friction", "Friction", "A cost: lost output and parallel running while people and processes adjust."),
      amountField("riskFailures", "Risk failures", "A cost: expected losses from poor outputs, incidents, breaches or lost trust."),
      amountField("cannibalisation", "Cannibalisation", "A cost: revenue or margin taken from your own products or channels, and other knock-on effects."),
    ],
  },
  {
    id: "evidence",
    title: "Evidence",
    fields: [
      { key: "evidenceLevel", label: "Evidence level", kind: "choice", options: EVIDENCE_LEVELS, info: "From weakest to strongest: Technical (it works), Behavioural (it is used), Operational (the work changes), Financial (the economics change), Strategic (the competitive position changes).", hint: "The highest level you can show today, not the one you expect. It sets the value class." },
      { key: "evidenceNotes", label: "Evidence notes", kind: "long", hint: "Where the proof lives: reports, experiments, dashboards, with dates, so a reviewer can check it." },
    ],
  },
  {
    id: "risk",
    title: "Risk boundary",
    fields: [
      { key: "decisionRights", label: "Decision rights", kind: "long", hint: "What the system may decide or do on its own, and what needs a person's approval." },
      { key: "controls", label: "Controls", kind: "long", hint: "The checks that keep it inside that boundary: human review, limits, monitoring, a way to switch it off." },
      { key: "failureTolerance", label: "Failure tolerance", kind: "long", hint: "How much error is acceptable, how you would notice more, and what happens then." },
    ],
  },
  {
    id: "scale",
    title: "Scale and stop conditions",
    fields: [
      { key: "scaleCondition", label: "Scale condition", kind: "long", hint: "The evidence that would justify expanding it, stated so a reviewer can tell whether it has been met." },
      { key: "stopCondition", label: "Stop condition", kind: "long", hint: "The evidence that would make you redesign, pause or end it." },
      { key: "expandAtValue", label: "Expand at value", kind: "number", hint: `Realised value at or above which a review should consider expanding. ${AMOUNT}` },
      { key: "stopBelowValue", label: "Stop below value", kind: "number", hint: `Realised value below which a review should consider stopping. ${AMOUNT}` },
    ],
  },
  {
    id: "cadence",
    title: "Review cadence",
    fields: [
      { key: "reviewCadence", label: "Review cadence", kind: "choice", options: REVIEW_CADENCES, hint: "How often the contract is reviewed. Fast-moving models, prices or markets call for a shorter rhythm." },
      { key: "lastReview", label: "Last review", kind: "date", hint: "Recording a review sets this for you; enter it only for reviews held before the contract was in the workbook." },
    ],
  },
];

export const CONTRACT_FIELDS: readonly FieldSpec[] = CONTRACT_SECTIONS.flatMap((section) => section.fields);

/** The DOM id of a field's control, so the editor can focus the first invalid one. */
export const fieldControlId = (key: EditableField): string => `contract-field-${key}`;

/** The editable field a schema path or store problem names, or null when the form has no such field. */
export function editableField(name: string): EditableField | null {
  return CONTRACT_FIELDS.find((spec) => spec.key === name)?.key ?? null;
}
