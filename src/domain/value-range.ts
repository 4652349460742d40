import { z } from "zod";
import { ContractId } from "./contract";
import { recordObject, type DataKey } from "./field-model";
import { grouped, HIGH, LIKELY, LOW, RANGE_FIELDS } from "./line-ranges";

/**
 * How uncertain a contract's lines are: one row of the ValueRanges table per contract and line, giving the
 * line's Low, Likely and High (a PERT range, pert.ts) in the same units as the contract's column for that
 * line: an annual run-rate in the workbook's currency, Incremental revenue as revenue (before the margin),
 * costs as positive amounts. A line without a row is certain at its plan (the contract's column). Likely
 * left blank means the plan itself, which must then lie within [Low, High]. The portfolio simulation reads
 * contractRanges().
 */

export type RangeField = DataKey<typeof RANGE_FIELDS>;

/** An amount the row needs (Low, High): a number >= 0, and "required" when blank rather than "must be a number". */
const neededAmount = (name: string) =>
  z
    .number({ error: (issue) => (issue.input === null || issue.input === undefined ? `${name} is required: a range needs a ${name.toLowerCase()} amount.` : `${name} must be a number.`) })
    .min(0, { error: `${name} must be 0 or more: enter costs and benefits as positive amounts.` });

const RangeObject = recordObject(RANGE_FIELDS).extend({ contractId: ContractId, low: neededAmount(LOW), high: neededAmount(HIGH) });

/** Low <= Likely <= High (Low <= High while Likely is blank), each breach on the column that breaks the order. */
function inOrder(range: { readonly low: number; readonly likely: number | null; readonly high: number }, ctx: z.RefinementCtx): void {
  const { low, likely, high } = range;
  const order = `enter ${LOW} <= ${LIKELY} <= ${HIGH}`;
  if (likely !== null && low > likely) ctx.addIssue({ code: "custom", path: ["low"], message: `${LOW} (${grouped(low)}) is above ${LIKELY} (${grouped(likely)}): ${order}.` });
  if (likely !== null && likely > high) ctx.addIssue({ code: "custom", path: ["high"], message: `${LIKELY} (${grouped(likely)}) is above ${HIGH} (${grouped(high)}): ${order}.` });
  if (likely === null && low > high) ctx.addIssue({ code: "custom", path: ["high"], message: `${LOW} (${grouped(low)}) is above ${HIGH} (${grouped(high)}): ${order}.` });
}

/** One row of ValueRanges: amounts in the units of the contract's column for the line (annual, currency). */
export const ValueRange = RangeObject.superRefine(inOrder);
export type ValueRange = z.infer<typeof ValueRange>;

/** A range as the editor sends it for one contract: the store adds the Contract ID and Updated. */
export const RangeInput = RangeObject.omit({ contractId: true, updated: true }).superRefine(inOrder);
export type RangeInput = z.infer<typeof RangeInput>;

// What a contract's lines are with their ranges lives without zod in line-ranges.ts; its names are also this module's.
export { contractRanges, planOf, planOutsideRange, RANGE_FIELDS, type LineRange, type LineSpread } from "./line-ranges";
