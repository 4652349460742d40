import { useCallback, useMemo, useState } from "react";
import type { ValueContract } from "../../domain/contract";
import { suggestDecision, type SuggestionInput } from "../../domain/decision-suggestion";
import { evidenceGapList, evidenceLevel, type EvidenceFlags, type ProvenLevel } from "../../domain/evidence";
import type { EvidenceLevel } from "../../domain/lists";
import { headerOf } from "../../domain/field-model";
import type { LedgerEntry } from "../../domain/ledger";
import { ledgerFigures } from "../../domain/ledger-figures";
import { amountExamples, formatAmountInput, parseAmount, type NumberSeparators } from "../../domain/money-parse";
import type { WorkbookSettings } from "../../domain/settings";
import { NewReview, REVIEW_FIELDS, type ReviewFieldDef } from "../../domain/review";
import { nextReviewIso } from "../../domain/review-cadence";
import { stampOf, type ContractStore, type StoredContract } from "../../workbook/contract-store";
import { todayIso, type DisplayFormat } from "../shared/display-format";
import type { FormField } from "../shared/FieldControl";
import { firstError, tidyAmountText, useFormState, useStampedSave, type FieldErrors, type FormValues } from "../shared/form-state";

/**
 * The review form: the fields the reviewer types (their labels and hints from the field model,
 * src/domain/review.ts), the evidence observed per level (the level and gaps follow from it), checks
 * against the review schema, the suggested decision from the contract's thresholds, and the save.
 */

/** The review form's text fields, in the order they are shown. */
export const REVIEW_KEYS = ["date", "reviewer", "realisedToDate", "forecastValue", "decision", "rationale", "assumptionsChanged"] as const;
export type ReviewKey = (typeof REVIEW_KEYS)[number];
export type ReviewValues = FormValues<ReviewKey>;
export type ReviewErrors = FieldErrors<ReviewKey>;

type ReviewFormField = Extract<ReviewFieldDef, { readonly form: object }>;
/** The declaration of each review field a FieldControl shows (all but the decision, which has its own card). */
export const REVIEW_FORM_FIELDS: ReadonlyMap<ReviewKey, FormField<ReviewKey>> = new Map(
  REVIEW_FIELDS.filter((field): field is ReviewFormField => "form" in field).map((field): [ReviewKey, FormField<ReviewKey>] => [field.key, field]),
);

/** The amount fields, read and tidied as amounts: the signed amounts of the field model. */
const AMOUNT_KEYS = ["realisedToDate", "forecastValue"] as const satisfies readonly Extract<ReviewFieldDef, { readonly kind: "signed amount" }>["key"][];

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

const isReviewKey = (key: string): key is ReviewKey => REVIEW_KEYS.some((field) => field === key);

/** Reads and checks the review form against the review schema; amounts keep their text until they parse. */
export function checkReview(values: ReviewValues, flags: EvidenceFlags, contract: ValueContract, separators: NumberSeparators): ReviewCheck {
  const errors: Partial<Record<ReviewKey, string>> = {};
  const amount = (key: (typeof AMOUNT_KEYS)[number]): number | null => {
    const parsed = parseAmount(values[key], separators);
    if (parsed.ok) return parsed.value;
    errors[key] = `${headerOf(REVIEW_FIELDS, key)} must be a number, such as ${amountExamples(separators)}.`;
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
    if (isReviewKey(key)) errors[key] ??= issue.message;
  }
  const valid = parsed.success && Object.keys(errors).length === 0;
  return { review: valid ? parsed.data : null, errors, level, gaps: evidenceGapList(flags), realised, forecast, nextReview: next };
}

/** The DOM id of a review field's control. */
export const reviewControlId = (field: ReviewKey): string => `review-field-${field}`;

const NO_EVIDENCE: EvidenceFlags = [false, false, false, false, false];
const AMOUNTS: ReadonlySet<string> = new Set(AMOUNT_KEYS);

/** A blank review; Realised to date starts at the ledger's figure when the ledger has measured any period. */
const blankReview = (ledger: LedgerToDate, format: DisplayFormat): ReviewValues => ({
  date: todayIso(),
  reviewer: "",
  realisedToDate: ledger.realisedToDate === null ? "" : formatAmountInput(ledger.realisedToDate, format.separators),
  forecastValue: "",
  decision: "",
  rationale: "",
  assumptionsChanged: "",
});

/**
 * What the value ledger knows for the periods elapsed: the net plan to date and the months of ledger
 * history, by which the suggestion phases the contract's annual thresholds, and the realised value to
 * date the review starts from (null while no period is measured; the reviewer may still change it).
 */
export type LedgerToDate = Pick<SuggestionInput, "planToDate" | "elapsedMonths"> & { readonly realisedToDate: number | null };

/** No ledger history: thresholds read whole, no plan to compare, as the reason says. */
export const NO_LEDGER: LedgerToDate = { planToDate: null, elapsedMonths: null, realisedToDate: null };

/** The review's view of a contract's ledger as of `asOf` (ISO), from the domain's ledger figures. */
export function ledgerToDate(entries: readonly LedgerEntry[], contract: ValueContract, settings: WorkbookSettings, asOf: string): LedgerToDate {
  const figures = ledgerFigures(entries, contract, settings, asOf);
  if (!figures.periods.some((period) => period.measured)) return NO_LEDGER;
  return { planToDate: figures.planToDate, elapsedMonths: figures.elapsedMonths, realisedToDate: figures.realisedToDate };
}

/** What the ranges say for the suggestion: the probability (a fraction) of a loss a year, null without ranges, and the workbook's pause level. */
export interface LossRisk {
  readonly lossProbability: number | null;
  readonly pauseLossProbability: number;
}

/**
 * The review form's state: the shared form state, the evidence ticks, and the suggested decision from
 * the review's figures, the contract's thresholds, `ledger` (the ledger's figures for the periods elapsed)
 * and `risk` (the chance of a loss the contract's ranges give).
 */
export function useReviewForm(contract: ValueContract, format: DisplayFormat, ledger: LedgerToDate, risk: LossRisk) {
  const { separators } = format;
  const [start] = useState(() => ({ values: blankReview(ledger, format), showProblems: false }));
  const [flags, setFlags] = useState<EvidenceFlags>(NO_EVIDENCE);
  const check = useCallback((values: ReviewValues) => checkReview(values, flags, contract, separators), [flags, contract, separators]);
  const tidy = useCallback((key: ReviewKey, text: string) => (AMOUNTS.has(key) ? tidyAmountText(text, separators) : text), [separators]);
  const form = useFormState(start, { keys: REVIEW_KEYS, check, tidy });
  const { realised, forecast, level } = form.check;
  const { planToDate, elapsedMonths } = ledger;
  const { expandAtValue, stopBelowValue } = contract;
  const { lossProbability, pauseLossProbability } = risk;
  const suggestion = useMemo(
    () =>
      suggestDecision(
        { realisedToDate: realised, planToDate, forecastValue: forecast, evidenceLevel: level, expandAtValue, stopBelowValue, elapsedMonths, lossProbability, pauseLossProbability },
        format.amount,
      ),
    [realised, planToDate, forecast, level, expandAtValue, stopBelowValue, elapsedMonths, lossProbability, pauseLossProbability, format.amount],
  );
  const toggleLevel = useCallback((index: number, observed: boolean) => {
    setFlags((f) => {
      const at = (i: number): boolean => (i === index ? observed : (f[i] ?? false));
      return [at(0), at(1), at(2), at(3), at(4)];
    });
  }, []);
  return { ...form, flags, suggestion, toggleLevel, changed: form.changed || flags.some(Boolean) };
}

export type ReviewForm = ReturnType<typeof useReviewForm>;

export interface ReviewSaveOptions {
  readonly store: ContractStore;
  readonly stored: StoredContract;
  readonly form: ReviewForm;
  readonly focusField: (field: ReviewKey) => void;
  /** The contract as it is now in the workbook, after the user chose to reload it. */
  readonly onReloaded: (current: StoredContract) => void;
  readonly onSaved: () => void;
}

/**
 * Recording the review: check the form (problems shown, first invalid field focused), then append the
 * review (the store gives it its Review ID) and update the contract with the stamp the contract was
 * read with, in one request (useStampedSave holds the conflict and errors).
 */
export function useReviewSave({ store, stored, form, focusField, onReloaded, onSaved }: ReviewSaveOptions) {
  const saving = useStampedSave(stampOf(stored));
  const { begin, write, resolveConflict } = saving;

  const save = useCallback(async () => {
    begin();
    const { review, errors } = form.check;
    if (review === null) {
      form.showAll();
      const first = firstError(REVIEW_KEYS, errors);
      if (first !== null) focusField(first);
      return;
    }
    const result = await write((stamp) => store.recordReview(review, stamp));
    if (result.ok) onSaved();
  }, [begin, write, form, focusField, store, onSaved]);

  /** Take the contract as it is now (its thresholds and suggestion may change); the review as typed stays. */
  const reload = useCallback(() => resolveConflict(onReloaded), [resolveConflict, onReloaded]);

  /** Keep the contract as shown; the next save is checked against the row as it is now. */
  const keepEditing = useCallback(() => resolveConflict(() => undefined), [resolveConflict]);

  return { save, reload, keepEditing, busy: saving.busy, error: saving.error, conflict: saving.conflict };
}
