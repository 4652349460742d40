import type { ValueContract } from "../../domain/contract";
import { NewReview } from "../../domain/review";
import { evidenceGapList, evidenceLevel, type EvidenceFlags, type ProvenLevel } from "../../domain/evidence";
import type { EvidenceLevel } from "../../domain/lists";
import { amountExamples, parseAmount, type NumberSeparators } from "../../domain/money-parse";
import { nextReviewIso } from "../../domain/review-cadence";

/** The review form's text fields, in the order they are shown. */
export const REVIEW_FIELDS = ["date", "reviewer", "realisedToDate", "forecastValue", "decision", "rationale", "assumptionsChanged"] as const;
export type ReviewField = (typeof REVIEW_FIELDS)[number];

export type ReviewValues = Readonly<Record<ReviewField, string>>;
export type ReviewErrors = Readonly<Partial<Record<ReviewField, string>>>;

export const AMOUNT_LABELS = { realisedToDate: "Realised to date", forecastValue: "Forecast value" } as const;

export interface ReviewCheck {
  /** The review without its ID (the store gives one on save), when every field is valid. */
  readonly review: NewReview | null;
  readonly errors: ReviewErrors;
  readonly level: EvidenceLevel;
  /** Levels below the highest observed that were not observed: weakest first. */
  readonly gaps: readonly ProvenLevel[];
  readonly realised: number | null;
  readonly forecast: number | null;
  /** ISO date of the next review: review date + the contract's cadence; null without either. */
  readonly nextReview: string | null;
}

const isReviewField = (key: string): key is ReviewField => REVIEW_FIELDS.some((field) => field === key);

/** Reads and checks the review form against the ValueReview schema; amounts keep their text until they parse. */
export function checkReview(values: ReviewValues, flags: EvidenceFlags, contract: ValueContract, separators: NumberSeparators): ReviewCheck {
  const errors: Partial<Record<ReviewField, string>> = {};
  const amount = (key: keyof typeof AMOUNT_LABELS): number | null => {
    const parsed = parseAmount(values[key], separators);
    if (parsed.ok) return parsed.value;
    errors[key] = `${AMOUNT_LABELS[key]} must be a number, such as ${amountExamples(separators)}.`;
    return null;
  };
  const realised = amount("realisedToDate");
  const forecast = amount("forecastValue");
  const level = evidenceLevel(flags);
  const next = nextReviewIso(values.date, contract.reviewCadence);
  const candidate = {
    contractId: contract.id,
    date: values.date,
    reviewer: values.reviewer,
    evidenceLevel: level,
    realisedToDate: realised,
    forecastValue: forecast,
    decision: values.decision === "" ? null : values.decision,
    rationale: values.rationale,
    assumptionsChanged: values.assumptionsChanged,
    nextReview: next,
  };
  const parsed = NewReview.safeParse(candidate);
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const key = String(issue.path[0] ?? "");
    if (isReviewField(key)) errors[key] ??= issue.message;
  }
  const valid = parsed.success && Object.keys(errors).length === 0;
  return { review: valid ? parsed.data : null, errors, level, gaps: evidenceGapList(flags), realised, forecast, nextReview: next };
}

/** The first field with an error, in form order. */
export function firstReviewError(errors: ReviewErrors): ReviewField | null {
  return REVIEW_FIELDS.find((field) => errors[field] !== undefined) ?? null;
}

/** The DOM id of a review field's control. */
export const reviewControlId = (field: ReviewField): string => `review-field-${field}`;
