import type { z } from "zod";
import { ContractId } from "./contract";
import { recordObject, type DataKey, type Field } from "./field-model";
import { DECISIONS, EVIDENCE_LEVELS, type Decision, type Status } from "./lists";

/**
 * One periodic review of a contract, one row of the ValueReviews table: what evidence exists now,
 * what was realised, and the decision. Declared once, in column order (field-model.ts); the schema,
 * the table layout and the review form's labels and hints derive from it.
 */
export const REVIEW_FIELDS = [
  { key: "id", header: "Review ID", kind: "text", required: "always", maxLength: 40 },
  { key: "contractId", header: "Contract ID", kind: "text", required: "always", maxLength: 40 },
  { key: "date", header: "Review date", kind: "date", required: "always", form: { hint: "The day the review took place; today unless you are catching up." } },
  { key: "reviewer", header: "Reviewer", kind: "text", required: "always", form: { hint: "Who led the review and answers for its decision." } },
  { key: "evidenceLevel", header: "Evidence level", kind: "list", list: EVIDENCE_LEVELS, required: "always" },
  { key: "realisedToDate", header: "Realised to date", kind: "signed amount", form: { hint: "Value realised so far, net of costs, as measured for this review, e.g. 250k." } },
  { key: "forecastValue", header: "Forecast value", kind: "signed amount", form: { hint: "What you now expect it to realise, given what this review learnt." } },
  { key: "decision", header: "Decision", kind: "list", list: DECISIONS, required: "always" },
  { key: "rationale", header: "Rationale", kind: "text", form: { control: "paragraph", hint: "Why this decision, in a few sentences a colleague could check later." } },
  { key: "assumptionsChanged", header: "Assumptions changed", kind: "text", form: { control: "paragraph", hint: "What moved since the last review: model quality, prices, customer behaviour, competitors, regulation." } },
  { key: "nextReview", header: "Next review", kind: "date" },
] as const satisfies readonly Field[];

export type ReviewFieldDef = (typeof REVIEW_FIELDS)[number];
export type ReviewField = DataKey<typeof REVIEW_FIELDS>;

const ReviewObject = recordObject(REVIEW_FIELDS);

/** A review as stored. Its Contract ID follows the contract's own rules (ContractId). */
export const ValueReview = ReviewObject.extend({ contractId: ContractId });
export type ValueReview = z.infer<typeof ValueReview>;

/** A review to record: the store gives it the next free Review ID in the request that writes it. */
export const NewReview = ValueReview.omit({ id: true });
export type NewReview = z.infer<typeof NewReview>;

/** The status a review decision puts its contract in; Continue leaves the status as it is. */
export const STATUS_AFTER_DECISION = {
  Continue: null,
  Expand: "Expanding",
  Redesign: "Redesigning",
  Pause: "Paused",
  Terminate: "Terminated",
} as const satisfies Record<Decision, Status | null>;
