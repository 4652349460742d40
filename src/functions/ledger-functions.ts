import * as ledger from "../domain/value-lines";
import type { CaptureDecision, EvidenceLevel } from "../domain/lists";
import { fail, ok, type Result } from "../domain/result";
import { measuredArg, numberArg, scalarArg, type CellInput } from "./args";
import { ArgumentError, cell } from "./cell-error";

/**
 * The value ledger's counting rules as cell functions: how a line's actual counts, how much of it is
 * realised, and its variance against plan. The ValueLedger table's Counts as, Realised amount and
 * Variance columns are written out from the same domain functions (src/workbook/layout-formulas.ts).
 */

const magnitude = { min: 0, expects: "0 or more (enter costs as positive amounts)" } as const;

/** The value of a parsed argument; a failed parse becomes the cell's error, naming the argument. */
function parsed<T>(result: Result<T>): T {
  if (!result.ok) throw new ArgumentError(result.error.kind, result.error.message);
  return result.value;
}

const lineArg = (value: CellInput): ledger.LedgerLine => parsed(ledger.parseLedgerLine(scalarArg(value, "line")));
const evidenceArg = (value: CellInput): EvidenceLevel | null => parsed(ledger.parseLineEvidence(scalarArg(value, "evidenceLevel")));
const captureArg = (value: CellInput): CaptureDecision | null => parsed(ledger.parseCaptureDecision(scalarArg(value, "captureDecision")));

/**
 * How a ledger line's actual counts: Realised value, Evidenced leading indicator, Capability value, Strategic option value, Unsupported optimism, or Cost.
 * @customfunction LINECLASS
 * @helpurl https://localhost:3000/help.html#lineclass
 * @param line The ledger line, named as the contract's column: Incremental revenue, Protected earnings, Capacity value, Avoided loss, Option value, or one of the 11 costs (Technology cost ... Cannibalisation).
 * @param evidenceLevel The evidence behind this line's actual, by name (None ... Strategic) or number (0 to 5). Blank counts as None (no evidence yet): a benefit other than Option value is then Unsupported optimism.
 * @param [captureDecision] The contract's capture decision. Capacity value is never Realised value while it is blank or "Not yet decided".
 * @returns What the line's actual counts as, as text.
 */
export function lineClass(line: any, evidenceLevel: any, captureDecision?: any): string {
  return cell(() => ok(ledger.lineClass(lineArg(line), evidenceArg(evidenceLevel), captureArg(captureDecision))));
}

/**
 * The realised amount of a ledger line: a benefit's actual when its evidence makes it Realised value (revenue at its margin), minus a cost's actual, otherwise 0.
 * @customfunction REALISEDAMOUNT
 * @helpurl https://localhost:3000/help.html#realisedamount
 * @param line The ledger line, named as the contract's column: Incremental revenue ... Option value, or one of the 11 costs (Technology cost ... Cannibalisation).
 * @param actual What was measured for the line, in the workbook's currency, 0 or more (costs too). Blank means not measured yet: 0.
 * @param evidenceLevel The evidence behind the actual, by name (None ... Strategic) or number (0 to 5). Blank means no evidence yet.
 * @param [captureDecision] The contract's capture decision. Capacity value is never realised while it is blank or "Not yet decided".
 * @param [revenueMargin] The share of Incremental revenue that is profit, a fraction from 0 to 1 (35% = 0.35); default 1.
 * @returns The realised amount in the workbook's currency: positive for a realised benefit, negative for a cost.
 */
export function realisedAmount(line: any, actual: any, evidenceLevel: any, captureDecision?: any, revenueMargin?: any): number {
  return cell(() =>
    ok(
      ledger.realisedAmount(
        lineArg(line),
        measuredArg(actual, "actual", magnitude),
        evidenceArg(evidenceLevel),
        captureArg(captureDecision),
        numberArg(revenueMargin, "revenueMargin", { blank: 1, min: 0, max: 1, expects: "from 0 to 1 (35% = 0.35)" }),
      ),
    ),
  );
}

/**
 * Variance of a ledger line against plan, favourable positive: actual - plan for a benefit, plan - actual for a cost (a cost under plan is positive).
 * @customfunction VARIANCE
 * @helpurl https://localhost:3000/help.html#variance
 * @param line The ledger line, named as the contract's column: Incremental revenue ... Option value, or one of the 11 costs (Technology cost ... Cannibalisation).
 * @param plan What the contract planned for the line, in the workbook's currency, 0 or more (costs too). Blank counts as 0.
 * @param actual What was measured, in the workbook's currency, 0 or more (costs too). Blank gives #N/A: not measured yet.
 * @returns The variance in the workbook's currency: positive when the line did better than planned.
 */
export function variance(line: any, plan: any, actual: any): number {
  return cell(() => {
    const result = ledger.lineVariance(lineArg(line), numberArg(plan, "plan", magnitude), measuredArg(actual, "actual", magnitude));
    return result === null ? fail("na", "actual is blank: not measured yet, so there is no variance.") : ok(result);
  });
}
