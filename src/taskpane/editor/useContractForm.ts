import { useCallback, useMemo, useState } from "react";
import type { FieldProblem } from "../../domain/contract";
import type { NumberSeparators } from "../../domain/money-parse";
import { CONTRACT_FIELDS, editableField, type EditableField } from "./contract-fields";
import { checkForm, committedText, contractForFigures, isChanged, type ContractMeta, type FieldErrors, type FormCheck, type FormValues } from "./form-values";

/** A contract as the editor starts from it: form text, what the store keeps, and whether to show every problem at once. */
export interface FormStart {
  readonly values: FormValues;
  readonly meta: ContractMeta;
  /** True for a row that failed validation in the workbook: its problems are shown straight away. */
  readonly showProblems: boolean;
}

interface FormState {
  readonly start: FormStart;
  readonly values: FormValues;
  /** The values as last committed (a field left, a choice made): what the figures announce. */
  readonly committed: FormValues;
  /** Fields whose problems are shown: left at least once, or all after Save. */
  readonly shown: ReadonlySet<EditableField>;
  /** Problems the store reported on save, shown until the field is edited. */
  readonly storeErrors: FieldErrors;
}

const ALL_FIELDS: ReadonlySet<EditableField> = new Set(CONTRACT_FIELDS.map((spec) => spec.key));
const NONE: ReadonlySet<EditableField> = new Set();

const initialState = (start: FormStart): FormState => ({
  start,
  values: start.values,
  committed: start.values,
  shown: start.showProblems ? ALL_FIELDS : NONE,
  storeErrors: {},
});

const without = (errors: FieldErrors, key: EditableField): FieldErrors => {
  const rest: Partial<Record<EditableField, string>> = { ...errors };
  delete rest[key];
  return rest;
};

/**
 * The editor's form state: the text of every field as typed, validation from the ValueContract schema
 * (shown once a field is left, or for all fields after Save), and the contract the live figures read.
 */
export function useContractForm(start: FormStart, separators: NumberSeparators, isNew = false) {
  const [state, setState] = useState<FormState>(() => initialState(start));
  const { values, committed, shown, storeErrors, start: current } = state;

  const check: FormCheck = useMemo(() => checkForm(values, current.meta, separators, isNew), [values, current.meta, separators, isNew]);
  const errors: FieldErrors = useMemo(() => {
    const visible: Partial<Record<EditableField, string>> = {};
    for (const spec of CONTRACT_FIELDS) {
      const message = storeErrors[spec.key] ?? (shown.has(spec.key) ? check.errors[spec.key] : undefined);
      if (message !== undefined) visible[spec.key] = message;
    }
    return visible;
  }, [check.errors, shown, storeErrors]);
  const liveContract = useMemo(() => contractForFigures(values, current.meta, separators), [values, current.meta, separators]);
  const committedContract = useMemo(() => contractForFigures(committed, current.meta, separators), [committed, current.meta, separators]);

  /** Typing: the text is kept exactly as typed. */
  const change = useCallback((key: EditableField, text: string) => {
    setState((s) => ({ ...s, values: { ...s.values, [key]: text }, storeErrors: without(s.storeErrors, key) }));
  }, []);

  /** Leaving a field (or choosing from a list): format a number that parses, show the field's problems, announce figures. */
  const commit = useCallback(
    (key: EditableField, text?: string) => {
      const spec = CONTRACT_FIELDS.find((field) => field.key === key);
      setState((s) => {
        const typed = text ?? s.values[key] ?? "";
        const final = spec ? committedText(spec, typed, separators) : typed;
        const next = { ...s.values, [key]: final };
        const storeErrors = text === undefined ? s.storeErrors : without(s.storeErrors, key);
        return { ...s, values: next, committed: next, shown: new Set([...s.shown, key]), storeErrors };
      });
    },
    [separators],
  );

  /** After Save: show every problem. */
  const showAll = useCallback(() => setState((s) => ({ ...s, shown: ALL_FIELDS })), []);

  /** Problems the store found on save, by field. */
  const setStoreProblems = useCallback((problems: readonly FieldProblem[]) => {
    const byField: Partial<Record<EditableField, string>> = {};
    for (const problem of problems) {
      const key = editableField(problem.field);
      if (key !== null) byField[key] ??= problem.message;
    }
    setState((s) => ({ ...s, storeErrors: byField, shown: ALL_FIELDS }));
  }, []);

  /** Start again from another copy of the contract (a reload after a conflict). */
  const reset = useCallback((next: FormStart) => setState(initialState(next)), []);

  /** Keep the typing but take the store's version (carry on editing after a conflict). */
  const adoptMeta = useCallback((meta: ContractMeta) => setState((s) => ({ ...s, start: { ...s.start, meta } })), []);

  return {
    values,
    errors,
    check,
    meta: current.meta,
    liveContract,
    committedContract,
    changed: isChanged(values, current.values),
    change,
    commit,
    showAll,
    setStoreProblems,
    reset,
    adoptMeta,
  };
}

export type ContractForm = ReturnType<typeof useContractForm>;
