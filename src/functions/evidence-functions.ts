import * as evidence from "../domain/evidence";
import { ArgumentError, cell } from "./cell-error";
import { numberArg, numbersArg, scalarArg, type CellInput } from "./args";
import { EVIDENCE_LEVELS } from "../domain/lists";
import { ok } from "../domain/result";

/** One evidence cell: TRUE/FALSE, a number, text or blank. */
function evidenceArg(value: CellInput, name: string): evidence.EvidenceCell {
  const raw = scalarArg(value, name);
  if (typeof raw === "number" && Number.isNaN(raw)) throw new ArgumentError("value", `${name} expects TRUE/FALSE, a number or text.`);
  return raw;
}

function flagsArg(technical: CellInput, behavioural: CellInput, operational: CellInput, financial: CellInput, strategic: CellInput): evidence.EvidenceFlags {
  return evidence.evidenceFlags(
    evidenceArg(technical, "technical"),
    evidenceArg(behavioural, "behavioural"),
    evidenceArg(operational, "operational"),
    evidenceArg(financial, "financial"),
    evidenceArg(strategic, "strategic"),
  );
}

/**
 * The highest evidence level reached: Technical, Behavioural, Operational, Financial, Strategic, or None.
 * @customfunction EVIDENCELEVEL
 * @helpurl https://localhost:3000/help.html#evidencelevel
 * @param technical Evidence that the solution works technically: TRUE, a number other than 0 or any text other than no, n, none, n/a, na, -, false or 0.
 * @param behavioural Evidence that people actually use it and change how they work (TRUE, a number other than 0, or text such as a link).
 * @param operational Evidence that an operational measure moved: cycle time, error rate, throughput (TRUE, a number other than 0, or text).
 * @param financial Evidence that a financial line moved: revenue, cost, earnings or capital (TRUE, a number other than 0, or text).
 * @param strategic Evidence that the strategic position changed: share, new options, resilience (TRUE, a number other than 0, or text).
 * @returns The name of the highest level with evidence, or "None".
 */
export function evidenceLevel(technical: any, behavioural: any, operational: any, financial: any, strategic: any): string {
  return cell(() => ok(evidence.evidenceLevel(flagsArg(technical, behavioural, operational, financial, strategic))));
}

/**
 * The evidence gaps: levels without evidence below the highest level with evidence, e.g. "Behavioural, Operational".
 * @customfunction EVIDENCEGAPS
 * @helpurl https://localhost:3000/help.html#evidencegaps
 * @param technical Evidence that the solution works technically: TRUE, a number other than 0 or any text other than no, n, none, n/a, na, -, false or 0.
 * @param behavioural Evidence that people actually use it and change how they work (TRUE, a number other than 0, or text such as a link).
 * @param operational Evidence that an operational measure moved: cycle time, error rate, throughput (TRUE, a number other than 0, or text).
 * @param financial Evidence that a financial line moved: revenue, cost, earnings or capital (TRUE, a number other than 0, or text).
 * @param strategic Evidence that the strategic position changed: share, new options, resilience (TRUE, a number other than 0, or text).
 * @returns The missing levels in order, separated by ", "; empty text when there is no gap.
 */
export function evidenceGaps(technical: any, behavioural: any, operational: any, financial: any, strategic: any): string {
  return cell(() => ok(evidence.evidenceGaps(flagsArg(technical, behavioural, operational, financial, strategic))));
}

/**
 * The value class an evidence level supports: Realised value, Evidenced leading indicator, Capability value, Strategic option value or Unsupported optimism.
 * @customfunction VALUECLASS
 * @helpurl https://localhost:3000/help.html#valueclass
 * @param evidenceLevel The evidence level reached, by name (None, Technical, Behavioural, Operational, Financial, Strategic) or number (0 None to 5 Strategic), e.g. the result of AIVM.EVIDENCELEVEL.
 * @param [mandate] The mandate the intervention serves: Grow revenue; Create structural operating leverage; Secure existing earnings; Mitigate new exposure; Create strategic options. Below Financial evidence, "Create strategic options" makes the class Strategic option value.
 * @param [gaps] The evidence gaps as AIVM.EVIDENCEGAPS returns them, e.g. "Behavioural, Financial". While Financial is among them, Financial or Strategic evidence is not Realised value but Evidenced leading indicator (Strategic option value for "Create strategic options").
 * @returns The value class as text.
 */
export function valueClass(evidenceLevel: any, mandate?: any, gaps?: any): string {
  return cell(() => {
    const level = evidence.parseEvidenceLevel(scalarArg(evidenceLevel, "evidenceLevel"));
    if (!level.ok) return level;
    const parsedMandate = evidence.parseMandate(scalarArg(mandate, "mandate"));
    if (!parsedMandate.ok) return parsedMandate;
    const parsedGaps = evidence.parseEvidenceGaps(scalarArg(gaps, "gaps"));
    if (!parsedGaps.ok) return parsedGaps;
    return ok(evidence.valueClass(level.value, parsedMandate.value, parsedGaps.value));
  });
}

/**
 * An amount weighted by its evidence level: the share of a claimed value that can be relied on. A negative amount is a cost and counts in full.
 * @customfunction RISKADJUSTED
 * @helpurl https://localhost:3000/help.html#riskadjusted
 * @param amount The claimed amount, in the workbook's currency. A negative amount (a cost) is returned unweighted, whatever the evidence.
 * @param evidenceLevel The evidence level behind the amount, by name (None ... Strategic) or number (0 to 5).
 * @param [weights] 6 cells in a row or column, the share that counts at each level from None to Strategic, each from 0 to 1 (default 0, 0.1, 0.25, 0.5, 1, 1).
 * @returns The risk-adjusted amount in the workbook's currency.
 */
export function riskAdjusted(amount: any, evidenceLevel: any, weights?: any[][]): number {
  return cell(() => {
    const claimed = numberArg(amount, "amount", { expects: "in the workbook's currency" });
    const level = evidence.parseEvidenceLevel(scalarArg(evidenceLevel, "evidenceLevel"));
    if (!level.ok) return level;
    if (weights === null || weights === undefined) return evidence.riskAdjusted(claimed, level.value);
    const table = evidence.riskWeightsFromArray(numbersArg(weights, "weights", EVIDENCE_LEVELS.length));
    if (!table.ok) return table;
    return evidence.riskAdjusted(claimed, level.value, table.value);
  });
}
