import { useCallback, useMemo, useState } from "react";
import { headerOf } from "../../domain/field-model";
import { amountExamples, formatAmountInput, parseAmount, type NumberSeparators } from "../../domain/money-parse";
import { ok } from "../../domain/result";
import { planOutsideRange, RANGE_FIELDS, RangeInput } from "../../domain/value-range";
import { LEDGER_LINES, type LedgerLine } from "../../domain/value-lines";
import type { ContractStore, StoredRange, StoreError, StoreResult } from "../../workbook/contract-store";
import { tidyAmountText } from "./form-state";

/**
 * The ranges a form edits, one per line of the value equation (ValueRanges, src/domain/value-range.ts): the
 * text of Low, Likely, High and Basis as typed, checked as RangeInput (amounts read as every amount of the
 * pane is, "250k", "1.2m"), a blank Likely checked against the contract's plan for the line. A line that is
 * switched on has a range; switching it off drops it from the next save, which deletes its row. Shared by
 * the contract editor and the review's "Update ranges".
 */

export const RANGE_PARTS = ["low", "likely", "high", "basis"] as const;
export type RangePart = (typeof RANGE_PARTS)[number];
export type RangeText = Readonly<Record<RangePart, string>>;
/** The lines switched on, with their text; a line absent is off. */
export type RangeDrafts = Readonly<Partial<Record<LedgerLine, RangeText>>>;
export type RangeErrors = Readonly<Partial<Record<LedgerLine, Readonly<Partial<Record<RangePart, string>>>>>>;

const AMOUNT_PARTS: readonly RangePart[] = ["low", "likely", "high"];
export const rangePartLabel = (part: RangePart): string => headerOf(RANGE_FIELDS, part);

/** The DOM id of one range input, so a save can focus the first invalid one. */
export const rangeControlId = (scope: string, line: LedgerLine, part: RangePart): string => `${scope}-range-${LEDGER_LINES.indexOf(line) + 1}-${part}`;

const blankText: RangeText = { low: "", likely: "", high: "", basis: "" };

function cellText(raw: unknown, amount: boolean, separators: NumberSeparators): string {
  if (raw === null || raw === undefined) return "";
  if (typeof raw === "number") return amount ? formatAmountInput(raw, separators) : String(raw);
  return String(raw);
}

/** The drafts of a contract's ValueRanges rows as read (an invalid row as found, so it can be fixed); a line's first row wins. */
export function draftsFromStored(rows: readonly StoredRange[], separators: NumberSeparators): RangeDrafts {
  const drafts: Partial<Record<LedgerLine, RangeText>> = {};
  for (const row of rows) {
    const line = LEDGER_LINES.find((name) => name === (row.range?.line ?? row.draft["line"]));
    if (line === undefined || drafts[line] !== undefined) continue;
    const source: Readonly<Record<string, unknown>> = row.range ?? row.draft;
    drafts[line] = {
      low: cellText(source["low"], true, separators),
      likely: cellText(source["likely"], true, separators),
      high: cellText(source["high"], true, separators),
      basis: cellText(source["basis"], false, separators),
    };
  }
  return drafts;
}

export interface RangeCheck {
  /** Every line switched on as a RangeInput, in LEDGER_LINES order, when all are valid; otherwise null. */
  readonly inputs: RangeInput[] | null;
  /** The first problem of each part of each line, every message naming the line and the part. */
  readonly errors: RangeErrors;
}

/**
 * Reads and checks the drafts. `planOf` gives the contract's plan for a line (annual, currency; blank 0): a
 * blank Likely means it, so it must lie within [Low, High].
 */
export function checkRanges(drafts: RangeDrafts, planOf: (line: LedgerLine) => number, separators: NumberSeparators): RangeCheck {
  const inputs: RangeInput[] = [];
  const errors: Partial<Record<LedgerLine, Partial<Record<RangePart, string>>>> = {};
  for (const line of LEDGER_LINES) {
    const text = drafts[line];
    if (text === undefined) continue;
    const found: Partial<Record<RangePart, string>> = {};
    const amounts: Partial<Record<RangePart, number | null>> = {};
    for (const part of AMOUNT_PARTS) {
      const parsed = parseAmount(text[part], separators);
      if (parsed.ok) amounts[part] = parsed.value;
      else found[part] = `${rangePartLabel(part)} for ${line} must be a number, such as ${amountExamples(separators)}.`;
    }
    const candidate = { line, low: amounts.low ?? null, likely: amounts.likely ?? null, high: amounts.high ?? null, basis: text.basis };
    const parsed = RangeInput.safeParse(candidate);
    const note = (issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[]) => {
      for (const issue of issues) {
        const part = RANGE_PARTS.find((key) => key === issue.path[0]);
        if (part !== undefined) found[part] ??= `${line}: ${issue.message}`;
      }
    };
    if (!parsed.success) {
      note(parsed.error.issues);
      // The schema checks the order only once every amount is read: check it among those that are, a missing Low
      // standing in as 0 and a missing High as the largest, so the order's message still goes to the field that breaks it.
      const low = candidate.low ?? 0;
      const high = candidate.high ?? Math.max(low, candidate.likely ?? 0);
      const order = RangeInput.safeParse({ ...candidate, low, high });
      if (!order.success) note(order.error.issues);
    }
    if (parsed.success && Object.keys(found).length === 0) {
      const outside = planOutsideRange(parsed.data, planOf(line));
      if (outside === null) inputs.push(parsed.data);
      else found.likely = outside.message;
    }
    if (Object.keys(found).length > 0) errors[line] = found;
  }
  return { inputs: Object.keys(errors).length === 0 ? inputs : null, errors };
}

/** The first line and part with an error, in form order. */
export function firstRangeError(errors: RangeErrors): { readonly line: LedgerLine; readonly part: RangePart } | null {
  for (const line of LEDGER_LINES) {
    const part = RANGE_PARTS.find((key) => errors[line]?.[key] !== undefined);
    if (part !== undefined) return { line, part };
  }
  return null;
}

const sameDrafts = (a: RangeDrafts, b: RangeDrafts): boolean =>
  LEDGER_LINES.every((line) => {
    const left = a[line];
    const right = b[line];
    return left === undefined || right === undefined ? left === right : RANGE_PARTS.every((part) => left[part] === right[part]);
  });

const lineKey = (line: LedgerLine, part: RangePart): string => `${line}\u0000${part}`;

/**
 * The ranges' state: the drafts as typed (nothing typed is replaced; an amount is tidied when its field is
 * left and it parses), the problems shown (a field left, or all after a refused save), and the rows the
 * drafts were read from, which saveRanges takes as `read`.
 */
export function useRangeDrafts(rows: readonly StoredRange[], planOf: (line: LedgerLine) => number, separators: NumberSeparators) {
  const [state, setState] = useState(() => {
    const drafts = draftsFromStored(rows, separators);
    return { read: rows, loaded: drafts, drafts, shown: new Set<string>(), showAll: false };
  });
  const check = useMemo(() => checkRanges(state.drafts, planOf, separators), [state.drafts, planOf, separators]);
  const errors: RangeErrors = useMemo(() => {
    const visible: Partial<Record<LedgerLine, Partial<Record<RangePart, string>>>> = {};
    for (const line of LEDGER_LINES) {
      for (const part of RANGE_PARTS) {
        const message = check.errors[line]?.[part];
        if (message !== undefined && (state.showAll || state.shown.has(lineKey(line, part)))) visible[line] = { ...visible[line], [part]: message };
      }
    }
    return visible;
  }, [check.errors, state.shown, state.showAll]);

  /** Switches a line's range on (blank, or as it was loaded) or off. */
  const toggle = useCallback((line: LedgerLine, on: boolean) => {
    setState((s) => {
      const drafts: Partial<Record<LedgerLine, RangeText>> = { ...s.drafts };
      if (on) drafts[line] = s.loaded[line] ?? blankText;
      else delete drafts[line];
      return { ...s, drafts };
    });
  }, []);

  const change = useCallback((line: LedgerLine, part: RangePart, text: string) => {
    setState((s) => ({ ...s, drafts: { ...s.drafts, [line]: { ...(s.drafts[line] ?? blankText), [part]: text } } }));
  }, []);

  /** Leaving a field: an amount that parses is written out in full ("250k" becomes "250,000"), and its problems show. */
  const commit = useCallback(
    (line: LedgerLine, part: RangePart) => {
      setState((s) => {
        const text = s.drafts[line];
        if (text === undefined) return s;
        const tidied = part === "basis" ? text[part] : tidyAmountText(text[part], separators);
        return { ...s, drafts: { ...s.drafts, [line]: { ...text, [part]: tidied } }, shown: new Set([...s.shown, lineKey(line, part)]) };
      });
    },
    [separators],
  );

  const showAll = useCallback(() => setState((s) => ({ ...s, showAll: true })), []);

  /** After a save or a reload: the rows as they are now become what the next save checks against; `reload` also replaces the drafts. */
  const adopt = useCallback(
    (next: readonly StoredRange[], reload: boolean) => {
      setState((s) => {
        const loaded = draftsFromStored(next, separators);
        return { ...s, read: next, loaded, drafts: reload ? loaded : s.drafts, showAll: reload ? false : s.showAll };
      });
    },
    [separators],
  );

  const count = LEDGER_LINES.filter((line) => state.drafts[line] !== undefined).length;
  return { drafts: state.drafts, read: state.read, check, errors, count, changed: !sameDrafts(state.drafts, state.loaded), toggle, change, commit, showAll, adopt };
}

export type RangeDraftState = ReturnType<typeof useRangeDrafts>;

/** A contract's rows of one table as a form holds them: those it read, and how it takes the rows as written or as they are now. */
export interface ReadRows<Row> {
  readonly read: readonly Row[];
  readonly adopt: (rows: readonly Row[], reload: boolean) => void;
}

/**
 * Saving one contract's rows of a table the store saves as a set (ValueRanges with saveRanges, LossExposure with
 * saveLossExposure): the rows the form was read from go with them, so a co-author's change meanwhile is a conflict
 * (held, with the rows as they are now, until the user reloads them or keeps editing), and any other failure is
 * shown. What the user typed is never lost. `save` and `conflictRows` must be stable (module level or useCallback).
 */
export function useRowSetSave<Row, Input>(
  save: (contractId: string, input: Input, read: readonly Row[]) => Promise<StoreResult<readonly Row[]>>,
  conflictRows: (error: StoreError) => readonly Row[] | undefined,
  rows: ReadRows<Row>,
) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<StoreError | null>(null);
  const [conflict, setConflict] = useState<readonly Row[] | null>(null);
  const { read, adopt } = rows;

  const begin = useCallback(() => {
    setError(null);
    setConflict(null);
  }, []);

  /** Writes the contract's rows; the rows as written when saved, else null (the rows as written become what the next save checks against). */
  const write = useCallback(
    async (contractId: string, input: Input): Promise<readonly Row[] | null> => {
      setBusy(true);
      const result = await save(contractId, input, read);
      setBusy(false);
      if (result.ok) {
        adopt(result.value, false);
        return result.value;
      }
      if (result.error.kind === "conflict") setConflict(conflictRows(result.error) ?? []);
      else setError(result.error);
      return null;
    },
    [save, conflictRows, read, adopt],
  );

  /** The rows as they are now replace what the form holds. */
  const reload = useCallback(() => {
    if (conflict !== null) adopt(conflict, true);
    setConflict(null);
  }, [conflict, adopt]);

  /** What the form holds stays; the next save replaces the rows as they are now. */
  const keepEditing = useCallback(() => {
    if (conflict !== null) adopt(conflict, false);
    setConflict(null);
  }, [conflict, adopt]);

  return { busy, error, conflict, begin, write, reload, keepEditing };
}

/** What a row-set save holds for the message under the form: its conflict or error, and the two ways out of a conflict. */
export type RowSetSave = Pick<ReturnType<typeof useRowSetSave>, "busy" | "error" | "conflict" | "begin" | "reload" | "keepEditing">;

const rangesInConflict = (error: StoreError): readonly StoredRange[] | undefined => (error.kind === "conflict" ? error.ranges : undefined);

/** Saving a contract's ranges with saveRanges, as the editor and the review do (useRowSetSave). */
export function useRangeSave(store: ContractStore, ranges: ReadRows<StoredRange>) {
  const save = useCallback(
    async (contractId: string, inputs: readonly RangeInput[], read: readonly StoredRange[]): Promise<StoreResult<readonly StoredRange[]>> => {
      const result = await store.saveRanges(contractId, inputs, read);
      return result.ok ? ok(result.value.ranges) : result;
    },
    [store],
  );
  return useRowSetSave(save, rangesInConflict, ranges);
}

export type RangeSave = ReturnType<typeof useRangeSave>;
