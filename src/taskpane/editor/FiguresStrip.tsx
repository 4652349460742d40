import type { ValueContract } from "../../domain/contract";
import { contractFigures, type ContractFigures } from "../../domain/contract-figures";
import { EVIDENCE_TO_ACT } from "../../domain/decision-suggestion";
import { PROVEN_LEVELS, type ProvenLevel } from "../../domain/evidence";
import { InfoLabel, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { useDisplayFormat, type DisplayFormat } from "../shared/display-format";

/**
 * The editor's figures: the calculated columns, and the evidence still needed. (Not AIVM.EVIDENCEGAPS,
 * which names the levels skipped below the highest one shown; this names the levels above it.)
 */
interface LiveFigures extends ContractFigures {
  /**
   * The evidence levels above the contract's own, up to Financial: what must still be shown before its
   * value counts as realised. Empty at Financial or Strategic.
   */
  readonly evidenceNeeded: readonly ProvenLevel[];
}

function liveFigures(contract: ValueContract): LiveFigures {
  const reached = contract.evidenceLevel === null || contract.evidenceLevel === "None" ? -1 : PROVEN_LEVELS.indexOf(contract.evidenceLevel);
  const needed = PROVEN_LEVELS.indexOf(EVIDENCE_TO_ACT);
  return { ...contractFigures(contract), evidenceNeeded: PROVEN_LEVELS.filter((_, i) => i > reached && i <= needed) };
}

/** The figures as label and text, in the order the strip shows them. */
function figureTexts(figures: LiveFigures, format: DisplayFormat): ReadonlyArray<readonly [label: string, text: string]> {
  return [
    ["Planned value", format.amount(figures.plannedValue)],
    ["Lifecycle cost", format.amount(figures.lifecycleCost)],
    ["Value class", figures.valueClass ?? "no evidence level"],
    ["Evidence still needed", levelsText(figures.evidenceNeeded)],
    ["Next review", figures.nextReview === null ? "not scheduled" : format.date(figures.nextReview)],
  ];
}

/** Levels as a short phrase: "none", one level, or a run such as "Behavioural to Financial". */
function levelsText(levels: readonly ProvenLevel[]): string {
  const [first] = levels;
  const last = levels[levels.length - 1];
  if (first === undefined || last === undefined) return "none";
  return first === last ? first : levels.length === 2 ? `${first}, ${last}` : `${first} to ${last}`;
}

const useStyles = makeStyles({
  strip: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
  },
  // Label and value side by side, pairs wrapping onto as few lines as the width allows (two or three at 270 px).
  list: {
    margin: 0,
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  item: { display: "flex", alignItems: "baseline", columnGap: tokens.spacingHorizontalXS, minWidth: 0, maxWidth: "100%" },
  label: { color: tokens.colorNeutralForeground3, whiteSpace: "nowrap" },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

const VALUE_CLASS_INFO =
  "How far the claimed value is proved: Realised value (financial or strategic evidence), Evidenced leading indicator " +
  "(use or work has changed), Capability value (it only works technically), Strategic option value, or Unsupported optimism (no evidence).";

export interface FiguresStripProps {
  /** The contract as typed: the strip follows every keystroke. */
  readonly live: ValueContract;
  /** The contract as last committed: only these figures are announced to screen readers. */
  readonly committed: ValueContract;
}

/** The calculated columns while the user types, from the same domain functions as the workbook. */
export function FiguresStrip({ live, committed }: FiguresStripProps) {
  const styles = useStyles();
  const format = useDisplayFormat();
  const shown = useMemo(() => figureTexts(liveFigures(live), format), [live, format]);
  const announced = useMemo(
    () => figureTexts(liveFigures(committed), format).map(([label, text]) => `${label}: ${text}.`).join(" "),
    [committed, format],
  );
  return (
    <>
      <div className={styles.strip} role="group" aria-label="Figures">
        <dl className={styles.list}>
        {shown.map(([label, text]) => (
          <div key={label} className={styles.item}>
            <dt className={styles.label}>
              {label === "Value class" ? (
                <InfoLabel size="small" info={VALUE_CLASS_INFO}>
                  {label}
                </InfoLabel>
              ) : (
                label
              )}
            </dt>
            <dd className={styles.value} data-figure={label}>
              {text}
            </dd>
          </div>
        ))}
        </dl>
      </div>
      <div className={styles.hidden} role="status" aria-live="polite" aria-atomic="true">
        {announced}
      </div>
    </>
  );
}
