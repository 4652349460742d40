import { useCallback, useMemo, useState } from "react";
import type { ValueContract } from "../../domain/contract";
import { suggestDecision } from "../../domain/decision-suggestion";
import type { EvidenceFlags } from "../../domain/evidence";
import { tidyAmountText } from "../shared/amount-text";
import type { DisplayFormat } from "../shared/display-format";
import { todayIso } from "../shared/today";
import { AMOUNT_LABELS, checkReview, REVIEW_FIELDS, type ReviewErrors, type ReviewField, type ReviewValues } from "./review-values";

const NO_EVIDENCE: EvidenceFlags = [false, false, false, false, false];
const ALL: ReadonlySet<ReviewField> = new Set(REVIEW_FIELDS);
/** The amount fields, as checkReview reads them: tidied when left. */
const AMOUNTS: ReadonlySet<string> = new Set(Object.keys(AMOUNT_LABELS));

const blankReview = (): ReviewValues => ({
  date: todayIso(),
  reviewer: "",
  realisedToDate: "",
  forecastValue: "",
  decision: "",
  rationale: "",
  assumptionsChanged: "",
});

/**
 * The review form: text as typed, the evidence observed per level (the level and gaps follow from it),
 * checks against the ValueReview schema shown once a field is left or after Save, and the suggested
 * decision from the contract's thresholds.
 */
export function useReviewForm(contract: ValueContract, format: DisplayFormat) {
  const { separators } = format;
  const [initial] = useState<ReviewValues>(blankReview);
  const [values, setValues] = useState<ReviewValues>(initial);
  const [flags, setFlags] = useState<EvidenceFlags>(NO_EVIDENCE);
  const [shown, setShown] = useState<ReadonlySet<ReviewField>>(new Set());

  const check = useMemo(() => checkReview(values, flags, contract, separators), [values, flags, contract, separators]);
  const errors: ReviewErrors = useMemo(() => {
    const visible: Partial<Record<ReviewField, string>> = {};
    for (const field of REVIEW_FIELDS) {
      const message = check.errors[field];
      if (message !== undefined && shown.has(field)) visible[field] = message;
    }
    return visible;
  }, [check.errors, shown]);
  const suggestion = useMemo(
    () =>
      suggestDecision(
        {
          realisedToDate: check.realised,
          forecastValue: check.forecast,
          evidenceLevel: check.level,
          expandAtValue: contract.expandAtValue,
          stopBelowValue: contract.stopBelowValue,
        },
        format.amount,
      ),
    [check.realised, check.forecast, check.level, contract.expandAtValue, contract.stopBelowValue, format.amount],
  );

  const change = useCallback((field: ReviewField, text: string) => setValues((v) => ({ ...v, [field]: text })), []);
  /** Leaving a field, or choosing a value: tidy an amount that parses and show the field's problems. */
  const commit = useCallback(
    (field: ReviewField, text?: string) => {
      setValues((v) => {
        const typed = text ?? v[field];
        return { ...v, [field]: AMOUNTS.has(field) ? tidyAmountText(typed, separators) : typed };
      });
      setShown((s) => new Set([...s, field]));
    },
    [separators],
  );
  const toggleLevel = useCallback((index: number, observed: boolean) => {
    setFlags((f) => {
      const at = (i: number): boolean => (i === index ? observed : (f[i] ?? false));
      return [at(0), at(1), at(2), at(3), at(4)];
    });
  }, []);
  const showAll = useCallback(() => setShown(ALL), []);
  const changed = REVIEW_FIELDS.some((field) => values[field] !== initial[field]) || flags.some(Boolean);

  return { values, flags, check, errors, suggestion, changed, change, commit, toggleLevel, showAll };
}

export type ReviewForm = ReturnType<typeof useReviewForm>;
