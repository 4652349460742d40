import { useCallback, useMemo, useState } from "react";
import { headerOf } from "../../domain/field-model";
import { LOSS_EXPOSURE_FIELDS, lossExceedanceCurve, LossExposure, type ExceedanceCurve, type LossInput } from "../../domain/loss-exposure";
import { amountExamples, formatAmountInput, parseAmount, type NumberSeparators } from "../../domain/money-parse";
import { lineHeader } from "../../domain/value-lines";
import { ok } from "../../domain/result";
import type { ContractStore, StoredLoss, StoreError, StoreResult } from "../../workbook/contract-store";
import { tidyAmountText } from "../shared/form-state";
import { rangePartLabel, useRowSetSave, type ReadRows } from "../shared/range-form";

/**
 * The loss exposure a contract's Avoided loss rests on, as the editor edits it (one LossExposure row,
 * src/domain/loss-exposure.ts): the text of the twelve Low, Likely and High boxes of frequency and impact,
 * without and with the intervention, and the Basis, as typed; read as every amount of the pane is ("0.5",
 * "250k"), checked as a LossInput with the domain's own messages on the box they concern, and run through
 * the Open FAIR model while valid for the curve and the avoided loss it implies. Switched off, the next save
 * deletes the row the contract had.
 */

/** The contract field the loss exposure sits under, and the line it explains. */
export const LOSS_FIELD = "avoidedLoss";
export const LOSS_LINE = lineHeader(LOSS_FIELD);

type Editable = Exclude<(typeof LOSS_EXPOSURE_FIELDS)[number], { readonly key: "contractId" | "updated" }>;
/** A box of the form: the LossInput key it edits. */
export type LossKey = Editable["key"];
const LOSS_FIELDS: readonly Editable[] = LOSS_EXPOSURE_FIELDS.filter((field): field is Editable => field.key !== "contractId" && field.key !== "updated");
export const LOSS_KEYS: readonly LossKey[] = LOSS_FIELDS.map((field) => field.key);

export type LossText = Readonly<Record<LossKey, string>>;
export type LossErrors = Readonly<Partial<Record<LossKey, string>>>;

export type LossSideId = "frequencyWithout" | "impactWithout" | "frequencyWith" | "impactWith";
/** A range's three boxes: the end of the key and the label ValueRanges gives the same end. */
const ENDS = [
  { end: "Low", part: "low" },
  { end: "Likely", part: "likely" },
  { end: "High", part: "high" },
] as const;

/** One of the four ranges as the form shows it: its name and what it counts, from the field model. */
export interface LossSide {
  readonly id: LossSideId;
  /** "Frequency without", the headers' common part. */
  readonly label: string;
  /** What the figures are, in the field model's words ("Loss events a year, 0 or more ..."). */
  readonly hint: string;
  /** Low, Likely and High: the key each box edits and its label. */
  readonly boxes: readonly { readonly key: LossKey; readonly label: string }[];
  /** Frequencies are events a year (0.5 is one every two years); impacts are money. */
  readonly frequency: boolean;
  /** Impact with: all three blank means the same as without. */
  readonly optional: boolean;
}

const sideOf = (id: LossSideId): LossSide => {
  const low = LOSS_FIELDS.find((field) => field.key === `${id}Low`);
  return {
    id,
    label: headerOf(LOSS_EXPOSURE_FIELDS, `${id}Low`).replace(/ low$/, ""),
    // Each box's hint is "The lowest plausible value. " and then the side's: the form shows the side's once.
    hint: (low?.form.hint ?? "").replace(/^[^.]*\.\s*/, ""),
    boxes: ENDS.map(({ end, part }) => ({ key: `${id}${end}` as const, label: rangePartLabel(part) })),
    frequency: id.startsWith("frequency"),
    optional: id === "impactWith",
  };
};

export const LOSS_SIDES: readonly LossSide[] = (["frequencyWithout", "impactWithout", "frequencyWith", "impactWith"] as const).map(sideOf);
const AMOUNT_KEYS: readonly LossKey[] = LOSS_SIDES.flatMap((side) => side.boxes.map((box) => box.key));
const frequencyKeys: ReadonlySet<LossKey> = new Set(LOSS_SIDES.filter((side) => side.frequency).flatMap((side) => side.boxes.map((box) => box.key)));

export const lossHeader = (key: LossKey): string => headerOf(LOSS_EXPOSURE_FIELDS, key);
export const lossHint = (key: LossKey): string | undefined => LOSS_FIELDS.find((field) => field.key === key)?.form.hint;

/** The DOM id of a box, so a save can focus the first invalid one. */
export const lossControlId = (key: LossKey): string => `contract-loss-${key}`;

// One entry per box, from the same list LossKey is drawn from.
const blankText: LossText = Object.fromEntries(LOSS_KEYS.map((key) => [key, ""])) as Record<LossKey, string>;

/** The text of a contract's LossExposure row as read (an invalid row as found, so it can be fixed), or null when it has none. */
export function lossTextFromStored(rows: readonly StoredLoss[], separators: NumberSeparators): LossText | null {
  const row = rows[0];
  if (row === undefined) return null;
  const source: Readonly<Record<string, unknown>> = row.loss ?? row.draft;
  const text: Partial<Record<LossKey, string>> = {};
  for (const key of LOSS_KEYS) {
    const raw = source[key];
    text[key] = raw === null || raw === undefined ? "" : typeof raw === "number" ? formatAmountInput(raw, separators) : String(raw);
  }
  return { ...blankText, ...text };
}

export interface LossCheck {
  /** The loss exposure when every box is valid; otherwise null. */
  readonly input: LossInput | null;
  /** The first problem of each box, each naming its field. */
  readonly errors: LossErrors;
}

// The schema wants a Contract ID; the form checks the figures alone and the store adds the contract's own.
const CHECK_ID = "LOSS-FORM";

/** Reads and checks the boxes as a LossInput: a box that does not parse keeps its text and says why; the rest get the domain's messages. */
export function checkLoss(text: LossText, separators: NumberSeparators): LossCheck {
  const found: Partial<Record<LossKey, string>> = {};
  const candidate: Record<string, unknown> = { contractId: CHECK_ID, updated: null, basis: text.basis };
  for (const key of AMOUNT_KEYS) {
    const parsed = parseAmount(text[key], separators);
    candidate[key] = parsed.ok ? parsed.value : null;
    if (!parsed.ok) {
      const example = frequencyKeys.has(key) ? `a number of events a year, such as 0${separators.decimal}5, 2 or 12` : `a number, such as ${amountExamples(separators)}`;
      found[key] = `${lossHeader(key)} must be ${example}.`;
    }
  }
  const parsed = LossExposure.safeParse(candidate);
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const key = LOSS_KEYS.find((name) => name === issue.path[0]);
    if (key !== undefined) found[key] ??= issue.message;
  }
  const errors: Partial<Record<LossKey, string>> = {};
  for (const key of LOSS_KEYS) {
    const message = found[key];
    if (message !== undefined) errors[key] = message;
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { input: null, errors };
  const { contractId: _id, updated: _updated, ...input } = parsed.data;
  return { input, errors };
}

/** The first box with an error, in form order. */
export const firstLossError = (errors: LossErrors): LossKey | null => LOSS_KEYS.find((key) => errors[key] !== undefined) ?? null;

/** Trials of the pane's curve: enough for a steady shape as the user types (the report runs more). */
export const PANE_TRIALS = 2_000;
/** Thresholds of the curve, as many as the report's loss exceedance block has. */
const CURVE_POINTS = 21;

/**
 * The curve of one contract's loss exposure, with its streams (the Contract ID's), so the pane draws what the
 * report will after the save; run again only when a figure or the ID changes, not for each letter of Basis.
 */
function useLossCurve(input: LossInput | null, contractId: string): ExceedanceCurve | null {
  const key = input === null ? null : JSON.stringify([contractId, ...AMOUNT_KEYS.map((name) => input[name])]);
  // Keyed by the ID and the figures alone: the input of the render that changed them has those figures.
  return useMemo(() => (input === null ? null : lossExceedanceCurve([{ ...input, contractId, updated: null }], { trials: PANE_TRIALS, points: CURVE_POINTS })), [key]);
}

/**
 * The loss exposure's state: the text as typed (null while switched off; nothing typed is replaced, an amount
 * is tidied when its box is left and it parses), the problems shown (a box left, or all after a refused save),
 * the row it was read from, which saveLossExposure takes as `read`, and the curve while every figure is valid.
 * `contractId` names the streams of the curve: the contract's ID, or the one a new contract will get.
 */
export function useLossDrafts(rows: readonly StoredLoss[], separators: NumberSeparators, contractId: string) {
  const [state, setState] = useState(() => {
    const text = lossTextFromStored(rows, separators);
    return { read: rows, loaded: text, text, shown: new Set<LossKey>(), showAll: false };
  });
  const check = useMemo<LossCheck>(() => (state.text === null ? { input: null, errors: {} } : checkLoss(state.text, separators)), [state.text, separators]);
  const errors: LossErrors = useMemo(() => {
    const visible: Partial<Record<LossKey, string>> = {};
    for (const key of LOSS_KEYS) {
      const message = check.errors[key];
      if (message !== undefined && (state.showAll || state.shown.has(key))) visible[key] = message;
    }
    return visible;
  }, [check.errors, state.shown, state.showAll]);
  const curve = useLossCurve(check.input, contractId);

  /** Switches the loss exposure on (blank, or as it was loaded) or off. */
  const toggle = useCallback((on: boolean) => setState((s) => ({ ...s, text: on ? (s.loaded ?? blankText) : null })), []);

  const change = useCallback((key: LossKey, text: string) => setState((s) => ({ ...s, text: { ...(s.text ?? blankText), [key]: text } })), []);

  /** Leaving a box: a figure that parses is written out in full ("250k" becomes "250,000"), and its problems show. */
  const commit = useCallback(
    (key: LossKey) =>
      setState((s) => {
        if (s.text === null) return s;
        const tidied = key === "basis" ? s.text[key] : tidyAmountText(s.text[key], separators);
        return { ...s, text: { ...s.text, [key]: tidied }, shown: new Set([...s.shown, key]) };
      }),
    [separators],
  );

  const showAll = useCallback(() => setState((s) => ({ ...s, showAll: true })), []);

  /** After a save or a reload: the rows as they are now become what the next save checks against; `reload` also replaces the text. */
  const adopt = useCallback(
    (next: readonly StoredLoss[], reload: boolean) =>
      setState((s) => {
        const loaded = lossTextFromStored(next, separators);
        return { ...s, read: next, loaded, text: reload ? loaded : s.text, showAll: reload ? false : s.showAll };
      }),
    [separators],
  );

  const on = state.text !== null;
  const changed = on !== (state.loaded !== null) || (state.text !== null && state.loaded !== null && LOSS_KEYS.some((key) => state.text?.[key] !== state.loaded?.[key]));
  /** What a save writes: the input while on (null while a box is invalid), or null to delete the row. */
  const valid = !on || check.input !== null;
  return { text: state.text, read: state.read, on, check, errors, curve, valid, changed, toggle, change, commit, showAll, adopt };
}

export type LossDraftState = ReturnType<typeof useLossDrafts>;

/** A figure of the model for display: about three significant figures, as 2,000 trials are good for no more. */
const aboutThree = (value: number): number => (value === 0 ? 0 : Number(value.toPrecision(3)));

/**
 * The avoided loss the model implies beside the contract's plan, in a sentence: "The model avoids about 667,000 a
 * year (mean loss 1,010,000 without, 340,000 with); the contract plans 600,000." Amounts in the workbook's currency a
 * year; `plan` is the contract's Avoided loss (blank 0).
 */
export function lossSentence(curve: Pick<ExceedanceCurve, "meanWithout" | "meanWith">, plan: number, amount: (value: number) => string): string {
  const avoided = curve.meanWithout - curve.meanWith;
  const verb = avoided >= 0 ? "avoids" : "adds";
  return `The model ${verb} about ${amount(aboutThree(Math.abs(avoided)))} a year (mean loss ${amount(aboutThree(curve.meanWithout))} without, ${amount(aboutThree(curve.meanWith))} with); the contract plans ${amount(plan)}.`;
}

const lossesInConflict = (error: StoreError): readonly StoredLoss[] | undefined => (error.kind === "conflict" ? error.losses : undefined);

/** Saving the loss exposure with saveLossExposure (the input, or null to delete the row), a conflict held as ranges' are (useRowSetSave). */
export function useLossSave(store: ContractStore, loss: ReadRows<StoredLoss>) {
  const save = useCallback(
    async (contractId: string, input: LossInput | null, read: readonly StoredLoss[]): Promise<StoreResult<readonly StoredLoss[]>> => {
      const result = await store.saveLossExposure(contractId, input, read);
      return result.ok ? ok(result.value.losses) : result;
    },
    [store],
  );
  return useRowSetSave(save, lossesInConflict, loss);
}
