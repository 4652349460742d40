import { useCallback, useMemo, useState } from "react";
import type { FieldProblem } from "../../domain/contract";
import { formatAmountInput, parseAmount, type NumberSeparators } from "../../domain/money-parse";
import { stampOf, type ReadStamp, type StoredContract, type StoreError, type StoreResult } from "../../workbook/contract-store";

/**
 * The state of a form in the pane, shared by the contract editor and the review: the text of every
 * field as typed (nothing typed is ever replaced), problems shown once a field is left or for every
 * field after Save, problems the store found on save shown until their field is edited, and the save
 * itself: busy while the store writes, a conflict held until the user settles it, any other store
 * error shown, never swallowed.
 */

/**
 * An amount field's text once the field is left: written out in full and grouped when it parses
 * ("250k" becomes "250,000"), exactly as typed when it does not, so the user's typing is never lost.
 */
export function tidyAmountText(text: string, separators: NumberSeparators): string {
  const parsed = parseAmount(text, separators);
  return parsed.ok && parsed.value !== null ? formatAmountInput(parsed.value, separators) : text;
}

export type FormValues<K extends string> = Readonly<Record<K, string>>;
export type FieldErrors<K extends string> = Readonly<Partial<Record<K, string>>>;

/** The values a form starts from, and whether to show every problem at once (a row that failed validation). */
export interface FormStart<K extends string> {
  readonly values: FormValues<K>;
  readonly showProblems: boolean;
}

export interface FormOptions<K extends string, C extends { readonly errors: FieldErrors<K> }> {
  /** Every field of the form, in the order it shows them. */
  readonly keys: readonly K[];
  /** Reads and checks the values (keep it stable with useCallback: it runs again when it changes). */
  readonly check: (values: FormValues<K>) => C;
  /** A field's text once it is left or chosen: numbers formatted when they parse, anything else as typed. */
  readonly tidy: (key: K, text: string) => string;
}

interface State<K extends string> {
  readonly start: FormStart<K>;
  readonly values: FormValues<K>;
  /** The values as last committed (a field left, a choice made): what live figures announce. */
  readonly committed: FormValues<K>;
  /** Fields whose problems are shown: left at least once, or all after Save. */
  readonly shown: ReadonlySet<K>;
  /** Problems the store reported on save, shown until the field is edited. */
  readonly storeErrors: ReadonlyMap<K, string>;
}

const initial = <K extends string>(start: FormStart<K>, keys: readonly K[]): State<K> => ({
  start,
  values: start.values,
  committed: start.values,
  shown: new Set(start.showProblems ? keys : []),
  storeErrors: new Map(),
});

const without = <K extends string>(errors: ReadonlyMap<K, string>, key: K): ReadonlyMap<K, string> => {
  if (!errors.has(key)) return errors;
  const rest = new Map(errors);
  rest.delete(key);
  return rest;
};

export function useFormState<K extends string, C extends { readonly errors: FieldErrors<K> }>(start: FormStart<K>, { keys, check: checkValues, tidy }: FormOptions<K, C>) {
  const [state, setState] = useState<State<K>>(() => initial(start, keys));
  const { values, committed, shown, storeErrors } = state;
  const check = useMemo(() => checkValues(values), [checkValues, values]);
  const errors: FieldErrors<K> = useMemo(() => {
    const visible: Partial<Record<K, string>> = {};
    for (const key of keys) {
      const message = storeErrors.get(key) ?? (shown.has(key) ? check.errors[key] : undefined);
      if (message !== undefined) visible[key] = message;
    }
    return visible;
  }, [keys, check.errors, shown, storeErrors]);

  /** Typing: the text is kept exactly as typed. */
  const change = useCallback((key: K, text: string) => {
    setState((s) => ({ ...s, values: { ...s.values, [key]: text }, storeErrors: without(s.storeErrors, key) }));
  }, []);

  /** Leaving a field (or choosing from a list, with the choice): tidy it, show its problems, commit the values. */
  const commit = useCallback(
    (key: K, text?: string) => {
      setState((s) => {
        const next = { ...s.values, [key]: tidy(key, text ?? s.values[key]) };
        const kept = text === undefined ? s.storeErrors : without(s.storeErrors, key);
        return { ...s, values: next, committed: next, shown: new Set([...s.shown, key]), storeErrors: kept };
      });
    },
    [tidy],
  );

  /** After a refused Save: show every problem. */
  const showAll = useCallback(() => setState((s) => ({ ...s, shown: new Set(keys) })), [keys]);

  /** Problems the store found on save, on the fields they name (other fields' problems are the caller's to show). */
  const setStoreProblems = useCallback(
    (problems: readonly FieldProblem[]) => {
      const byField = new Map<K, string>();
      for (const problem of problems) {
        const key = keys.find((candidate) => candidate === problem.field);
        if (key !== undefined && !byField.has(key)) byField.set(key, problem.message);
      }
      setState((s) => ({ ...s, storeErrors: byField, shown: new Set(keys) }));
    },
    [keys],
  );

  /** Start again from other values (a reload after a conflict). */
  const reset = useCallback((next: FormStart<K>) => setState(initial(next, keys)), [keys]);

  const changed = keys.some((key) => values[key] !== state.start.values[key]);
  return { values, committed, check, errors, changed, change, commit, showAll, setStoreProblems, reset };
}

/** The first field with an error, in the form's order. */
export const firstError = <K extends string>(keys: readonly K[], errors: FieldErrors<K>): K | null => keys.find((key) => errors[key] !== undefined) ?? null;

/**
 * Saving a row read with a stamp, as the editor and the review both do. `S` is the stamp the view starts
 * from: null for a contract not yet created.
 */
export function useStampedSave<S extends ReadStamp | null>(initialStamp: S) {
  const [stamp, setStamp] = useState<S | ReadStamp>(initialStamp);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<StoreError | null>(null);
  const [conflict, setConflict] = useState<StoredContract | null>(null);

  /** Clears the last attempt's error and conflict: call first on Save, before checking the form. */
  const begin = useCallback(() => {
    setError(null);
    setConflict(null);
  }, []);

  /**
   * Runs the store write with the current stamp. A conflict is held for the user to settle; any other
   * failure is shown as `error`. Resolves to the result, so the caller can act on success or on a
   * failure's details (the fields an invalid record names).
   */
  const write = useCallback(
    async <T>(call: (stamp: S | ReadStamp) => Promise<StoreResult<T>>): Promise<StoreResult<T>> => {
      setBusy(true);
      const result = await call(stamp);
      setBusy(false);
      if (!result.ok) {
        if (result.error.kind === "conflict") setConflict(result.error.current);
        else setError(result.error);
      }
      return result;
    },
    [stamp],
  );

  /**
   * Settles a conflict either way (reload the row, or keep editing): the next save carries the row's
   * stamp as it is now. `then` receives that row, to reload the view from it or adopt its version.
   */
  const resolveConflict = useCallback(
    (then: (current: StoredContract) => void) => {
      if (conflict === null) return;
      setStamp(stampOf(conflict));
      setConflict(null);
      then(conflict);
    },
    [conflict],
  );

  /** The row as a save wrote it, when the view stays open after the save: the next save carries its stamp. */
  const adopt = useCallback((saved: StoredContract) => setStamp(stampOf(saved)), []);

  return { stamp, busy, error, conflict, begin, write, resolveConflict, adopt };
}
