import { useCallback, useMemo, useState } from "react";
import type { ValueContract } from "../../domain/contract";
import { LEDGER_LINES, lineField, NewLedgerEntry, type LedgerEntry, type LedgerLine } from "../../domain/ledger";
import { EVIDENCE_LEVELS } from "../../domain/lists";
import { amountExamples, formatAmountInput, parseAmount, type NumberSeparators } from "../../domain/money-parse";
import { addPeriods, monthsIn, periodLabel, periodStart, type WorkbookSettings } from "../../domain/settings";
import { validEntries, type ActualsLine, type ContractStore, type OpenedLedger, type StoreError, type StoredLedgerEntry } from "../../workbook/contract-store";
import { plural } from "../shared/display-format";
import { firstError, tidyAmountText, useFormState, type FieldErrors, type FormValues } from "../shared/form-state";

/**
 * The Record actuals form: which periods it offers, which lines of the value equation it shows for a
 * period and what they start from (the period's ledger rows, else the contract's annual amount cut to
 * the period), and how the typed text is read and checked into the lines the store records.
 */

/** The columns of one line, in the order the form shows them. */
export const ACTUALS_COLUMNS = ["plan", "actual", "evidenceLevel", "evidenceSource"] as const;
export type ActualsColumn = (typeof ACTUALS_COLUMNS)[number];

/** A field of the form: one column of one line, or who is recording. */
export type ActualsKey = `${LedgerLine}|${ActualsColumn}` | "recordedBy";
export type ActualsValues = FormValues<ActualsKey>;

export const actualsKey = (line: LedgerLine, column: ActualsColumn): ActualsKey => `${line}|${column}`;

/** Every field of every line, fixed: the lines shown are chosen apart, so a period's lines never change the keys. */
export const ACTUALS_KEYS: readonly ActualsKey[] = ["recordedBy", ...LEDGER_LINES.flatMap((line) => ACTUALS_COLUMNS.map((column) => actualsKey(line, column)))];

/** How a column reads after the line's name, for labels and messages: "Capacity value actual". */
export const COLUMN_NAMES: Readonly<Record<ActualsColumn, string>> = { plan: "plan", actual: "actual", evidenceLevel: "evidence level", evidenceSource: "evidence source" };

/** The DOM id of a field's control, so Save can focus the first one with a problem. */
export const actualsControlId = (key: ActualsKey): string => `actuals-${key.replace(/[^A-Za-z]+/g, "-").toLowerCase()}`;

/** Periods offered to record, newest first. */
export const PERIODS_OFFERED = 8;

export interface PeriodChoice {
  /** ISO first day of the period. */
  readonly value: string;
  readonly label: string;
}

type PeriodSettings = Pick<WorkbookSettings, "period" | "fiscalYearStart">;

/**
 * The last PERIODS_OFFERED periods up to the one holding `today` (ISO), newest first; the current one
 * is marked as still running. Named as the workbook's settings name them (periodLabel).
 */
export function periodChoices(today: string, settings: PeriodSettings): PeriodChoice[] {
  const current = periodStart(today, settings);
  return Array.from({ length: PERIODS_OFFERED }, (_, back) => {
    const value = addPeriods(current, -back, settings.period);
    const label = periodLabel(value, settings);
    return { value, label: back === 0 ? `${label} (in progress)` : label };
  });
}

/** The period the form opens on: the last complete one before today. */
export const lastCompletePeriod = (today: string, settings: PeriodSettings): string => addPeriods(periodStart(today, settings), -1, settings.period);

/** A period's valid ledger rows for this contract, by line. */
export function entriesOf(entries: readonly LedgerEntry[], period: string): ReadonlyMap<LedgerLine, LedgerEntry> {
  return new Map(entries.filter((entry) => entry.period === period).map((entry) => [entry.line, entry]));
}

/** The lines a period's form shows: those the contract has an amount for, and those with a row in the period. */
export function linesFor(contract: ValueContract, existing: ReadonlyMap<LedgerLine, LedgerEntry>): LedgerLine[] {
  return LEDGER_LINES.filter((line) => (contract[lineField(line)] ?? 0) !== 0 || existing.has(line));
}

/**
 * What the form starts from for a period: each line's row as recorded, or, for a line without one, its
 * plan as the contract's annual amount over the periods in a year (a quarter is a fourth, a month a
 * twelfth; not rounded) and nothing measured.
 */
export function startValues(contract: ValueContract, existing: ReadonlyMap<LedgerLine, LedgerEntry>, settings: PeriodSettings, separators: NumberSeparators, recordedBy = ""): ActualsValues {
  const perYear = 12 / monthsIn(settings.period);
  const amountText = (amount: number | null): string => (amount === null ? "" : formatAmountInput(amount, separators));
  const values: Record<string, string> = { recordedBy };
  for (const line of LEDGER_LINES) {
    const entry = existing.get(line);
    const annual = contract[lineField(line)];
    values[actualsKey(line, "plan")] = entry ? amountText(entry.plan) : annual ? amountText(annual / perYear) : "";
    values[actualsKey(line, "actual")] = amountText(entry?.actual ?? null);
    values[actualsKey(line, "evidenceLevel")] = entry?.evidenceLevel ?? "";
    values[actualsKey(line, "evidenceSource")] = entry?.evidenceSource ?? "";
  }
  return values as ActualsValues;
}

/** The fields of a line the form checks against the ledger's own schema. */
const LineFields = NewLedgerEntry.pick({ plan: true, actual: true, evidenceLevel: true, evidenceSource: true });

const isColumn = (key: string): key is ActualsColumn => ACTUALS_COLUMNS.some((column) => column === key);

export interface ActualsCheck {
  /** The lines to record, when every shown line is valid. */
  readonly lines: readonly ActualsLine[] | null;
  readonly errors: FieldErrors<ActualsKey>;
}

/**
 * Reads the shown lines against the values the period started from (`start`). Which lines are recorded:
 * - a line with a row in the period: only when changed, so rows nobody touched keep who recorded them;
 * - in a period with rows, a line without one: only when changed (a suggested plan alone adds nothing);
 * - in a period with no rows yet: every line with anything in it, so the period's plan is complete.
 * Blank Actual is "not measured"; blank Evidence level is none recorded. Messages name the line and the
 * column ("Capacity value actual must be a number, ...").
 */
export function checkActuals(values: ActualsValues, start: ActualsValues, shown: readonly LedgerLine[], existing: ReadonlyMap<LedgerLine, LedgerEntry>, separators: NumberSeparators): ActualsCheck {
  const errors: Partial<Record<ActualsKey, string>> = {};
  const lines: ActualsLine[] = [];
  for (const line of shown) {
    const text = (column: ActualsColumn) => values[actualsKey(line, column)];
    const amount = (column: "plan" | "actual"): number | null => {
      const parsed = parseAmount(text(column), separators);
      if (parsed.ok) return parsed.value;
      errors[actualsKey(line, column)] = `${line} ${COLUMN_NAMES[column]} must be a number, such as ${amountExamples(separators)}.`;
      return null;
    };
    const level = text("evidenceLevel");
    const candidate = {
      plan: amount("plan"),
      actual: amount("actual"),
      evidenceLevel: EVIDENCE_LEVELS.find((known) => known === level) ?? (level === "" ? null : level),
      evidenceSource: text("evidenceSource").trim(),
    };
    const parsed = LineFields.safeParse(candidate);
    for (const issue of parsed.success ? [] : parsed.error.issues) {
      const column = String(issue.path[0] ?? "");
      if (isColumn(column)) errors[actualsKey(line, column)] ??= `${line}: ${issue.message}`;
    }
    const was = (column: ActualsColumn) => start[actualsKey(line, column)];
    const amountWas = (column: "plan" | "actual") => {
      const parsed = parseAmount(was(column), separators);
      return parsed.ok ? parsed.value : Number.NaN;
    };
    const changed =
      candidate.plan !== amountWas("plan") || candidate.actual !== amountWas("actual") || level !== was("evidenceLevel") || candidate.evidenceSource !== was("evidenceSource").trim();
    const typed = ACTUALS_COLUMNS.some((column) => text(column).trim() !== "");
    if (parsed.success && (changed || (existing.size === 0 && typed))) lines.push({ line, forecast: existing.get(line)?.forecast ?? null, ...parsed.data });
  }
  return { lines: Object.keys(errors).length === 0 ? lines : null, errors };
}

export interface ActualsFormOptions {
  readonly contract: ValueContract;
  /** The contract's valid ledger rows as last read. */
  readonly entries: readonly LedgerEntry[];
  readonly settings: PeriodSettings;
  readonly separators: NumberSeparators;
  readonly today: string;
}

/**
 * The form's state: the period chosen, the lines shown for it (the contract's, plus any the user adds),
 * and the typed text of every field, kept exactly as typed (useFormState). Choosing another period, or
 * reading the ledger again after a save, starts the fields again from that period's rows.
 */
export function useActualsForm({ contract, entries, settings, separators, today }: ActualsFormOptions) {
  const [period, setPeriod] = useState(() => lastCompletePeriod(today, settings));
  const [added, setAdded] = useState<readonly LedgerLine[]>([]);
  const existing = useMemo(() => entriesOf(entries, period), [entries, period]);
  const shown = useMemo(() => {
    const base = linesFor(contract, existing);
    return LEDGER_LINES.filter((line) => base.includes(line) || added.includes(line));
  }, [contract, existing, added]);
  const startFor = useCallback(
    (at: ReadonlyMap<LedgerLine, LedgerEntry>, recordedBy = "") => ({ values: startValues(contract, at, settings, separators, recordedBy), showProblems: false }),
    [contract, settings, separators],
  );
  // What the period's fields started from: what tells a changed line from one left alone.
  const [start, setStart] = useState(() => startFor(existing));
  const check = useCallback((values: ActualsValues) => checkActuals(values, start.values, shown, existing, separators), [start, shown, existing, separators]);
  const tidy = useCallback((key: ActualsKey, text: string) => (/\|(plan|actual)$/.test(key) ? tidyAmountText(text, separators) : text), [separators]);
  const form = useFormState(start, { keys: ACTUALS_KEYS, check, tidy });
  const { reset } = form;
  const recordedBy = form.values.recordedBy;
  // Who records stays as typed from one period or save to the next.
  const startAgain = useCallback(
    (at: ReadonlyMap<LedgerLine, LedgerEntry>) => {
      const next = startFor(at, recordedBy);
      setStart(next);
      reset(next);
    },
    [startFor, recordedBy, reset],
  );

  /** Another period: its own rows, or the plan alone. */
  const choosePeriod = useCallback(
    (next: string) => {
      setPeriod(next);
      setAdded([]);
      startAgain(entriesOf(entries, next));
    },
    [entries, startAgain],
  );

  /** The ledger as read again (after a save or a reload): the period's fields start from its rows, typed values go. */
  const restart = useCallback((fresh: readonly LedgerEntry[]) => startAgain(entriesOf(fresh, period)), [period, startAgain]);

  const addLine = useCallback((line: LedgerLine) => setAdded((lines) => (lines.includes(line) ? lines : [...lines, line])), []);
  const choices = useMemo(() => periodChoices(today, settings), [today, settings]);
  const label = periodLabel(period, settings);
  // Figures typed for this period and not recorded (who records is kept from period to period, so it does not count).
  const typed = ACTUALS_KEYS.some((key) => key !== "recordedBy" && form.values[key] !== start.values[key]);
  return { ...form, period, label, choices, shown, existing, typed, choosePeriod, restart, addLine };
}

export type ActualsForm = ReturnType<typeof useActualsForm>;

/** What the last Record actuals did, when it did not fail: recorded, or found nothing to record. */
export interface SaveOutcome {
  readonly intent: "success" | "info";
  readonly text: string;
}

export interface ActualsSaveOptions {
  readonly store: ContractStore;
  readonly contractId: string;
  readonly form: ActualsForm;
  /** Every ledger row of the contract as last read: the store refuses to overwrite one that changed since. */
  readonly opened: readonly StoredLedgerEntry[];
  /** The contract and its ledger as read again, after a save or on Reload. */
  readonly onReread: (opened: OpenedLedger) => void;
}

/**
 * Recording the period: check the lines (problems shown, the first invalid field focused, the typing
 * kept), record them in one store call with the rows as opened, then read the ledger again so the
 * figures and the next save start from the rows as written. A conflict (a row changed meanwhile) is
 * held as the error, for the view to offer Reload.
 */
export function useActualsSave({ store, contractId, form, opened, onReread }: ActualsSaveOptions) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<StoreError | null>(null);
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  const { check, showAll, period, label, values, restart } = form;

  const reread = useCallback(async (): Promise<boolean> => {
    const result = await store.openLedger(contractId);
    if (!result.ok) {
      setError(result.error);
      return false;
    }
    onReread(result.value);
    restart(validEntries(result.value.entries));
    return true;
  }, [store, contractId, onReread, restart]);

  const save = useCallback(async () => {
    setError(null);
    setOutcome(null);
    const { lines, errors } = check;
    if (lines === null) {
      showAll();
      const first = firstError(ACTUALS_KEYS, errors);
      if (first !== null) document.getElementById(actualsControlId(first))?.focus();
      return;
    }
    if (lines.length === 0) {
      setOutcome({ intent: "info", text: `Nothing to record for ${label}: no line has changed. Enter an actual, or change a line, first.` });
      return;
    }
    setBusy(true);
    const result = await store.recordActuals(contractId, period, lines, values.recordedBy.trim(), opened);
    if (!result.ok) {
      setBusy(false);
      setError(result.error);
      return;
    }
    const fresh = await reread();
    setBusy(false);
    const count = result.value.added + result.value.updated;
    setOutcome({ intent: "success", text: `Recorded ${plural(count, "line")} for ${label}.${fresh ? "" : " The figures could not be read again."}` });
  }, [check, showAll, label, store, contractId, period, values.recordedBy, opened, reread]);

  /** After a conflict: read the ledger as it is now; the period's fields show the rows as they are now. */
  const reload = useCallback(async () => {
    setBusy(true);
    setError(null);
    setOutcome(null);
    await reread();
    setBusy(false);
  }, [reread]);

  /** Another period chosen: last save's messages no longer apply. */
  const clear = useCallback(() => {
    setError(null);
    setOutcome(null);
  }, []);

  return { save, reload, clear, busy, error, outcome };
}

export type ActualsSave = ReturnType<typeof useActualsSave>;
