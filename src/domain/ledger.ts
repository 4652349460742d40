import type { z } from "zod";
import { ContractId } from "./contract";
import { recordObject, type DataKey, type Field } from "./field-model";
import { EVIDENCE_LEVELS } from "./lists";
import { LEDGER_LINES } from "./value-lines";

/**
 * The value ledger: what each line of a contract's value equation was planned, forecast and measured
 * to be, period by period, one row of the ValueLedger table per contract, period and line. It is what
 * tells forecast, evidenced and realised value apart: a line's actual counts as realised value only
 * when its own evidence shows the economics changed (and, for capacity, management decided what to do
 * with it), so a technical success is never booked as a business success. How a line counts is in
 * value-lines.ts, re-exported here.
 */
export * from "./value-lines";

const AMOUNT = "An amount in the workbook's currency, 0 or more (costs too).";

/** The columns of ValueLedger, in order: a public interface (README.md, "Workbook tables"). */
export const LEDGER_FIELDS = [
  { key: "id", header: "Entry ID", kind: "text", required: "always", maxLength: 40 },
  { key: "contractId", header: "Contract ID", kind: "text", required: "always", maxLength: 40 },
  { key: "period", header: "Period", kind: "date", required: "always" },
  { key: "line", header: "Line", kind: "list", list: LEDGER_LINES, required: "always" },
  { key: "plan", header: "Plan", kind: "amount", form: { hint: `What the contract planned for this line in this period. ${AMOUNT}` } },
  { key: "forecast", header: "Forecast", kind: "amount", form: { hint: "What you now expect; leave blank while it is the plan." } },
  { key: "actual", header: "Actual", kind: "amount", form: { hint: "What was measured; leave blank until it is." } },
  { key: "evidenceLevel", header: "Evidence level", kind: "list", list: EVIDENCE_LEVELS, form: { hint: "The evidence behind this line's actual: it decides how the actual counts." } },
  { key: "evidenceSource", header: "Evidence source", kind: "text", form: { hint: "Where the number comes from, such as a general ledger account or a report." } },
  { key: "countsAs", header: "Counts as", kind: "calculated", result: "text" },
  { key: "variance", header: "Variance", kind: "calculated", result: "amount" },
  { key: "realisedAmount", header: "Realised amount", kind: "calculated", result: "amount" },
  { key: "recordedBy", header: "Recorded by", kind: "text" },
  { key: "updated", header: "Updated", kind: "date-time" },
  // Appended after the columns of earlier versions, so Repair adds them at the end of an existing ledger.
  { key: "plannedAmount", header: "Planned amount", kind: "calculated", result: "amount" },
  { key: "contractStatus", header: "Contract status", kind: "calculated", result: "text" },
] as const satisfies readonly Field[];

export type LedgerField = DataKey<typeof LEDGER_FIELDS>;

const LedgerObject = recordObject(LEDGER_FIELDS);

/** One row of the ledger. Its Contract ID follows the contract's own rules. */
export const LedgerEntry = LedgerObject.extend({ contractId: ContractId });
export type LedgerEntry = z.infer<typeof LedgerEntry>;

/** An entry to record: the store gives it the next free Entry ID in the request that writes it. */
export const NewLedgerEntry = LedgerEntry.omit({ id: true });
export type NewLedgerEntry = z.infer<typeof NewLedgerEntry>;

