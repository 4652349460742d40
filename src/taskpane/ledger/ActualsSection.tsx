import { Badge, Button, Field, Input, makeStyles, mergeClasses, MessageBar, MessageBarActions, MessageBarBody, Select, Text, tokens, type BadgeProps } from "@fluentui/react-components";
import { useEffect, useRef, useState, type ReactNode } from "react";
import type { ValueContract } from "../../domain/contract";
import { LEDGER_LINES, lineClass, UNDECIDED_CAPTURE, type CountsAs, type LedgerLine } from "../../domain/ledger";
import { EVIDENCE_LEVELS, type EvidenceLevel } from "../../domain/lists";
import { StoreErrorBar } from "../shared/messages";
import { actualsControlId, actualsKey, type ActualsColumn, type ActualsForm, type ActualsSave } from "./actuals-form";

/**
 * Record actuals: the period, who records, and one card per line of the value equation with its plan,
 * actual, evidence level and evidence source, and how the line counts with that evidence, shown live.
 * Every control is labelled with its line and column ("Capacity value Actual"), the line's name hidden
 * visually where the card's heading already shows it.
 */

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
  outcome: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, scrollMarginTop: tokens.spacingVerticalM, ":empty": { display: "none" } },
  card: {
    margin: 0,
    minWidth: 0,
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    // A message under one field must not stretch the field beside it.
    alignItems: "start",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  legend: { padding: `0 ${tokens.spacingHorizontalXS}`, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  wide: { gridColumnStart: 1, gridColumnEnd: 3, minWidth: 0 },
  counts: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS, overflowWrap: "anywhere" },
  select: { minWidth: 0, maxWidth: "100%", "& select": { minWidth: 0, maxWidth: "100%", textOverflow: "ellipsis" } },
  // A native input is as wide as its size attribute (20 characters) until told otherwise: too wide for half a 270 px card.
  input: { minWidth: 0, "& input": { width: 0 } },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
});

/** Badge colours by how a line counts; the words carry the meaning, the colour only repeats it. */
const CLASS_COLOUR: Readonly<Record<CountsAs, NonNullable<BadgeProps["color"]>>> = {
  "Realised value": "success",
  "Evidenced leading indicator": "brand",
  "Capability value": "informative",
  "Strategic option value": "important",
  "Unsupported optimism": "warning",
  Cost: "subtle",
};

/** How a line counts with the evidence chosen, and why a capacity line is held back when it is. */
interface LiveClass {
  readonly counts: CountsAs;
  /** Set when capacity on Financial or Strategic evidence is held at a leading indicator by an undecided capture decision. */
  readonly note: string | null;
}

export function liveClass(line: LedgerLine, evidence: string, contract: ValueContract): LiveClass {
  const level: EvidenceLevel | null = EVIDENCE_LEVELS.find((known) => known === evidence) ?? null;
  const counts = lineClass(line, level, contract.captureDecision);
  const held = line === "Capacity value" && (level === "Financial" || level === "Strategic") && UNDECIDED_CAPTURE.includes(contract.captureDecision);
  return { counts, note: held ? "capture decision not yet decided" : null };
}

export interface ActualsSectionProps {
  readonly form: ActualsForm;
  readonly saving: ActualsSave;
  readonly contract: ValueContract;
}

export function ActualsSection({ form, saving, contract }: ActualsSectionProps) {
  const styles = useStyles();
  /** A period chosen while figures typed for this one are not recorded: it waits for the user to say so. */
  const [pendingPeriod, setPendingPeriod] = useState<string | null>(null);
  const others = LEDGER_LINES.filter((line) => !form.shown.includes(line));
  // Record actuals sits in the sticky footer, often far below this: bring the outcome into view (focus stays put).
  const outcome = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (saving.outcome !== null || saving.error !== null) outcome.current?.scrollIntoView?.({ block: "nearest" });
  }, [saving.outcome, saving.error]);
  return (
    <section className={styles.section} aria-labelledby="actuals-title">
      <Text as="h3" id="actuals-title" size={400} weight="semibold" className={styles.heading}>
        Record actuals
      </Text>
      <Text size={200}>
        Leave Actual blank until it is measured. A benefit counts as realised value only on Financial or Strategic evidence of its own; costs count in full.
        A period's first recording writes every line with its plan; after that, only the lines you change.
      </Text>
      <div ref={outcome} className={styles.outcome}>
        {saving.outcome && (
          <MessageBar intent={saving.outcome.intent} layout="multiline" politeness="polite">
            <MessageBarBody>{saving.outcome.text}</MessageBarBody>
          </MessageBar>
        )}
        {saving.error && <StoreErrorBar error={saving.error} {...(saving.error.kind === "conflict" ? { onReload: () => void saving.reload() } : {})} />}
      </div>
      <Field label="Period" hint="Periods as the workbook's settings cut them; a period's lines start from its rows, or from the plan.">
        <Select
          id="actuals-period"
          className={styles.select}
          value={form.period}
          onChange={(_, data) => {
            saving.clear();
            // Typing for this period is never dropped silently: switching asks first.
            if (form.typed) setPendingPeriod(data.value);
            else form.choosePeriod(data.value);
          }}
        >
          {form.choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </Select>
      </Field>
      {pendingPeriod !== null && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {`The figures typed for ${form.label} are not recorded yet. Switch to ${form.choices.find((choice) => choice.value === pendingPeriod)?.label ?? pendingPeriod} and discard them?`}
          </MessageBarBody>
          <MessageBarActions>
            <Button
              onClick={() => {
                form.choosePeriod(pendingPeriod);
                setPendingPeriod(null);
              }}
            >
              Discard and switch
            </Button>
            <Button appearance="primary" onClick={() => setPendingPeriod(null)}>
              Keep editing
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <Field label="Recorded by" hint="Your name, kept on each line recorded.">
        <Input id={actualsControlId("recordedBy")} value={form.values.recordedBy} onChange={(_, data) => form.change("recordedBy", data.value)} onBlur={() => form.commit("recordedBy")} />
      </Field>
      {form.shown.length === 0 && <Text size={200}>This contract has no amounts on its value equation yet: add a line below.</Text>}
      {form.shown.map((line) => (
        <LineCard key={line} line={line} form={form} contract={contract} />
      ))}
      {others.length > 0 && (
        <Field label="Add a line" hint="A line of the value equation the contract has no amount for.">
          <Select className={styles.select} value="" onChange={(_, data) => {
              const chosen = others.find((line) => line === data.value);
              if (chosen !== undefined) form.addLine(chosen);
            }}>
            <option value="">Choose a line</option>
            {others.map((line) => (
              <option key={line} value={line}>
                {line}
              </option>
            ))}
          </Select>
        </Field>
      )}
    </section>
  );
}

interface LineCardProps {
  readonly line: LedgerLine;
  readonly form: ActualsForm;
  readonly contract: ValueContract;
}

/** One line: plan and actual side by side, then the evidence, and how the line counts with it. */
function LineCard({ line, form, contract }: LineCardProps) {
  const styles = useStyles();
  const counted = liveClass(line, form.values[actualsKey(line, "evidenceLevel")], contract);
  const field = (column: ActualsColumn, visible: string, control: (id: string) => ReactNode, wide = false) => {
    const key = actualsKey(line, column);
    const error = form.errors[key];
    return (
      <Field
        className={wide ? styles.wide : undefined}
        label={{
          children: (
            <>
              <span className={styles.hidden}>{`${line} `}</span>
              {visible}
            </>
          ),
        }}
        validationState={error ? "error" : "none"}
        {...(error ? { validationMessage: error } : {})}
      >
        {control(actualsControlId(key))}
      </Field>
    );
  };
  const amount = (column: "plan" | "actual") => (id: string) => (
    <Input
      id={id}
      className={styles.input}
      inputMode="decimal"
      autoComplete="off"
      value={form.values[actualsKey(line, column)]}
      onChange={(_, data) => form.change(actualsKey(line, column), data.value)}
      onBlur={() => form.commit(actualsKey(line, column))}
    />
  );
  return (
    <fieldset className={styles.card}>
      <legend className={styles.legend}>{line}</legend>
      {field("plan", "Plan", amount("plan"))}
      {field("actual", "Actual", amount("actual"))}
      {field(
        "evidenceLevel",
        "Evidence level",
        (id) => (
          <Select id={id} className={styles.select} value={form.values[actualsKey(line, "evidenceLevel")]} onChange={(_, data) => form.commit(actualsKey(line, "evidenceLevel"), data.value)}>
            <option value="">Not set</option>
            {EVIDENCE_LEVELS.map((level) => (
              <option key={level} value={level}>
                {level}
              </option>
            ))}
          </Select>
        ),
        true,
      )}
      {field(
        "evidenceSource",
        "Evidence source",
        (id) => (
          <Input id={id} className={styles.input} value={form.values[actualsKey(line, "evidenceSource")]} onChange={(_, data) => form.change(actualsKey(line, "evidenceSource"), data.value)} onBlur={() => form.commit(actualsKey(line, "evidenceSource"))} />
        ),
        true,
      )}
      <div className={mergeClasses(styles.wide, styles.counts)} role="status" aria-label={`${line} counts as`}>
        <Text size={200}>Counts as</Text>
        <Badge appearance="tint" shape="rounded" color={CLASS_COLOUR[counted.counts]}>
          {counted.counts}
        </Badge>
        {counted.note && <Text size={200}>{`(${counted.note})`}</Text>}
      </div>
    </fieldset>
  );
}
