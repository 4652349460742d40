import type { ValueContract } from "../../domain/contract";
import { contractFigures, type ContractFigures } from "../../domain/contract-figures";
import { EVIDENCE_TO_ACT } from "../../domain/decision-suggestion";
import { PROVEN_LEVELS, type ProvenLevel } from "../../domain/evidence";
import type { DisplayFormat } from "../shared/display-format";

/** The editor's figures: the calculated columns, and the evidence still to show. */
export interface LiveFigures extends ContractFigures {
  /**
   * The evidence levels above the contract's own, up to Financial: what must still be shown before its
   * value counts as realised. Empty at Financial or Strategic.
   */
  readonly evidenceGaps: readonly ProvenLevel[];
}

export function liveFigures(contract: ValueContract): LiveFigures {
  const reached = contract.evidenceLevel === null || contract.evidenceLevel === "None" ? -1 : PROVEN_LEVELS.indexOf(contract.evidenceLevel);
  const needed = PROVEN_LEVELS.indexOf(EVIDENCE_TO_ACT);
  return { ...contractFigures(contract), evidenceGaps: PROVEN_LEVELS.filter((_, i) => i > reached && i <= needed) };
}

/** The figures as label and text, in the order the strip shows them. */
export function figureTexts(figures: LiveFigures, format: DisplayFormat): ReadonlyArray<readonly [label: string, text: string]> {
  return [
    ["Realised value", format.amount(figures.realisedValue)],
    ["Lifecycle cost", format.amount(figures.lifecycleCost)],
    ["Value class", figures.valueClass ?? "no evidence level"],
    ["Evidence gaps", gapsText(figures.evidenceGaps)],
    ["Next review", figures.nextReview === null ? "not scheduled" : format.date(figures.nextReview)],
  ];
}

/** The gaps as a short phrase: "none", one level, or a run such as "Behavioural to Financial". */
function gapsText(gaps: readonly ProvenLevel[]): string {
  const [first] = gaps;
  const last = gaps[gaps.length - 1];
  if (first === undefined || last === undefined) return "none";
  return first === last ? first : gaps.length === 2 ? `${first}, ${last}` : `${first} to ${last}`;
}
