import { Checkbox, InfoLabel, makeStyles, Text, tokens } from "@fluentui/react-components";
import { PROVEN_LEVELS, type EvidenceFlags, type ProvenLevel } from "../../domain/evidence";
import type { EvidenceLevel } from "../../domain/lists";

const useStyles = makeStyles({
  set: { border: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  hint: { color: tokens.colorNeutralForeground3 },
  result: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalXS, overflowWrap: "anywhere" },
});

/** What each level proves, in a few words, shown next to its checkbox. */
const PROVES: Readonly<Record<ProvenLevel, string>> = {
  Technical: "it does the task well enough (accuracy, reliability)",
  Behavioural: "people or systems really use it (adoption, repeat use)",
  Operational: "the work has changed (throughput, cycle time, quality)",
  Financial: "the numbers moved (revenue, margin, cost, avoided loss)",
  Strategic: "the competitive position moved (differentiation, new markets)",
};

export interface EvidenceChecklistProps {
  readonly flags: EvidenceFlags;
  readonly level: EvidenceLevel;
  readonly gaps: readonly ProvenLevel[];
  /** The level the contract claims now, as a reference point. */
  readonly claimed: EvidenceLevel | null;
  readonly onToggle: (index: number, observed: boolean) => void;
}

/** Five checkboxes, one per evidence level; the review's level is the highest one ticked. */
export function EvidenceChecklist({ flags, level, gaps, claimed, onToggle }: EvidenceChecklistProps) {
  const styles = useStyles();
  return (
    <fieldset className={styles.set} aria-describedby="review-evidence-hint">
      <legend className={styles.legend}>Evidence observed</legend>
      <Text id="review-evidence-hint" size={200} className={styles.hint}>
        {`Tick each level for which this review saw evidence, whatever the contract claimed (it claims ${claimed ?? "no level"}).`}
      </Text>
      {PROVEN_LEVELS.map((name, index) => (
        <Checkbox
          key={name}
          checked={flags[index] ?? false}
          onChange={(_, data) => onToggle(index, data.checked === true)}
          label={`${name}: ${PROVES[name]}`}
        />
      ))}
      <div className={styles.result} role="status">
        <InfoLabel size="small" info="The highest level ticked. Lower levels left unticked are gaps: a claim resting on a level whose foundations were not seen.">
          Evidence level
        </InfoLabel>
        <Text weight="semibold">{level}</Text>
        {gaps.length > 0 && <Text size={200}>{`(gaps: ${gaps.join(", ")})`}</Text>}
      </div>
    </fieldset>
  );
}
