import { Button, makeStyles, mergeClasses, Text, ToggleButton, tokens } from "@fluentui/react-components";
import { useId, useRef } from "react";
import { HEADLINE_FIGURES, type HeadlineAmount, type HeadlineFigure, type HeadlineGroup } from "../../domain/portfolio-headline";
import { focusByKey } from "../shared/actions";
import { plural, useDisplayFormat, type DisplayFormat } from "../shared/display-format";
import { FIGURE_BEHIND, FIGURE_LABELS, type Bucket, type PortfolioTotals } from "./portfolio-model";

const useSummaryStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  note: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  // Two tiles a row at 270 px (about 230 px inside the margins), three from about 330 px.
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(104px, 1fr))", gap: tokens.spacingVerticalXS },
  showing: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: `0 ${tokens.spacingHorizontalS}` },
  showingText: { overflowWrap: "anywhere" },
  apart: { overflowWrap: "anywhere" },
  details: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  summary: { cursor: "pointer", fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalXXS} 0` },
  plan: { overflowWrap: "anywhere" },
});

export interface PortfolioSummaryProps {
  readonly totals: PortfolioTotals;
  /** The figure whose contracts the list shows, or null for no such filter. */
  readonly figure: HeadlineFigure | null;
  readonly onFigureChange: (figure: HeadlineFigure | null) => void;
}

/**
 * The headline of the contracts matching the filters: the six figures of the live contracts (each a
 * toggle that lists the contracts behind it), Draft and Terminated apart, then the live contracts'
 * plan by evidence level and value class.
 */
export function PortfolioSummary({ totals, figure, onFigureChange }: PortfolioSummaryProps) {
  const styles = useSummaryStyles();
  const format = useDisplayFormat();
  const hintId = useId();
  const root = useRef<HTMLElement>(null);
  const { live, draft, terminated } = totals.headline;
  const clear = () => {
    // The Clear button goes away: focus the figure it undoes, which stays.
    if (figure !== null && root.current) focusByKey(root.current, `figure:${figure}`);
    onFigureChange(null);
  };
  return (
    <section ref={root} className={styles.root} aria-label="Portfolio headline">
      <Text as="h2" size={300} weight="semibold" className={styles.heading}>
        {live.contracts.length === 0 ? "No live contracts" : plural(live.contracts.length, "live contract")}
      </Text>
      <Text size={200} id={hintId} className={styles.note}>
        Select a figure to list the contracts behind it.
      </Text>
      <div className={styles.grid} role="group" aria-label="Live contracts' figures" aria-describedby={hintId}>
        {HEADLINE_FIGURES.map((key) => (
          <FigureButton key={key} figure={key} amount={live[key]} pressed={figure === key} onPress={() => onFigureChange(figure === key ? null : key)} />
        ))}
      </div>
      {figure !== null && (
        <div className={styles.showing}>
          <Text size={200} className={styles.showingText}>
            Showing {plural(live[figure].contracts.length, "live contract")} with {FIGURE_BEHIND[figure]}.
          </Text>
          <Button size="small" appearance="subtle" onClick={clear}>
            Clear
          </Button>
        </div>
      )}
      <Text size={200} className={styles.note}>
        Planned value is the plan, a year at run-rate. Realised to date is what the ledger measured with Financial or Strategic evidence, net of costs.
        The other four are actuals to date that do not count as realised.
      </Text>
      {draft.contracts.length > 0 && <Text size={200} className={styles.apart}>{apartLine("Draft", draft, format)}</Text>}
      {terminated.contracts.length > 0 && <Text size={200} className={styles.apart}>{apartLine("Terminated", terminated, format)}</Text>}
      <PlanBreakdown totals={totals} />
    </section>
  );
}

/** "Draft: 2 contracts, planned 430,000 (not counted above).", with what they realised when it is not 0. */
function apartLine(status: "Draft" | "Terminated", group: HeadlineGroup, format: DisplayFormat): string {
  const realised = group.realisedToDate.amount === 0 ? "" : `, realised to date ${format.amount(group.realisedToDate.amount)}`;
  return `${status}: ${plural(group.contracts.length, "contract")}, planned ${format.amount(group.plannedValue.amount)}${realised} (not counted above).`;
}


/** A border colour on all four sides (Griffel takes no borderColor shorthand). */
const edges = (color: string) => ({ borderTopColor: color, borderRightColor: color, borderBottomColor: color, borderLeftColor: color });

const useFigureStyles = makeStyles({
  // A Fluent ToggleButton laid out as a tile: label, amount and count on three lines, left-aligned.
  tile: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    justifyContent: "flex-start",
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
    maxWidth: "none",
    width: "100%",
    height: "100%",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    // Fluent's subtle hover and press clear the border: keep the tile's edge.
    ":hover": edges(tokens.colorNeutralStroke1Hover),
    ":hover:active": edges(tokens.colorNeutralStroke1Pressed),
  },
  // Pressed shows in the border's width as well as its colour, and in the "Showing" line's words.
  pressed: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    ":hover": edges(tokens.colorBrandStroke1),
    ":hover:active": edges(tokens.colorBrandStroke1),
  },
  label: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  amount: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
  negative: { color: tokens.colorPaletteRedForeground1 },
  behind: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground2 },
});

interface FigureButtonProps {
  readonly figure: HeadlineFigure;
  readonly amount: HeadlineAmount;
  readonly pressed: boolean;
  readonly onPress: () => void;
}

/** One headline figure as a toggle button: pressed, the list shows the contracts behind it. */
function FigureButton({ figure, amount, pressed, onPress }: FigureButtonProps) {
  const styles = useFigureStyles();
  const format = useDisplayFormat();
  const label = FIGURE_LABELS[figure];
  const value = format.amount(amount.amount);
  const behind = amount.contracts.length === 0 ? "no contracts" : plural(amount.contracts.length, "contract");
  return (
    <ToggleButton
      appearance="subtle"
      className={mergeClasses(styles.tile, pressed && styles.pressed)}
      checked={pressed}
      // The three lines in one name, as they read; the visible label comes first (WCAG 2.5.3, label in name).
      aria-label={`${label}: ${value}, ${behind}`}
      data-focus-key={`figure:${figure}`}
      onClick={onPress}
    >
      <span className={styles.label}>{label}</span>
      <span className={mergeClasses(styles.amount, amount.amount < 0 && styles.negative)}>{value}</span>
      <span className={styles.behind}>{behind}</span>
    </ToggleButton>
  );
}

/** The live contracts' plan by each contract's own evidence level and value class (not the ledger's), closed at first. */
function PlanBreakdown({ totals }: { readonly totals: PortfolioTotals }) {
  const styles = useSummaryStyles();
  const format = useDisplayFormat();
  const planned = totals.headline.live.plannedValue.amount;
  const share = planned > 0 ? ` (${format.share(totals.weak.plannedValue / planned)} of the planned value)` : "";
  return (
    <details className={styles.details}>
      <summary className={styles.summary}>Plan by evidence level and value class</summary>
      <Text size={200} className={styles.plan}>
        Planned value of the live contracts, by each contract&apos;s own evidence level and value class, not by the ledger&apos;s actuals.
      </Text>
      <Text size={200} className={styles.plan}>
        Lifecycle cost in the plan: {format.amount(totals.lifecycleCost)} a year.
      </Text>
      <Text size={200} className={styles.plan}>
        Planned on capability value or unsupported optimism alone: {format.amount(totals.weak.plannedValue)} in {plural(totals.weak.count, "contract")}
        {share}.
      </Text>
      <BucketTable caption="Evidence pyramid (strongest first)" labelHeader="Evidence level" buckets={totals.byEvidence} />
      <BucketTable caption="Value classes" labelHeader="Value class" buckets={totals.byValueClass} />
    </details>
  );
}


const useBucketStyles = makeStyles({
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXXS },
  head: { textAlign: "left", fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  label: { textAlign: "left", fontWeight: tokens.fontWeightRegular, overflowWrap: "anywhere", paddingRight: tokens.spacingHorizontalXS },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap", paddingLeft: tokens.spacingHorizontalXS },
  numberHead: { textAlign: "right", fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2, paddingLeft: tokens.spacingHorizontalXS },
  countHead: { textAlign: "left", fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2, paddingLeft: tokens.spacingHorizontalXS },
  countCell: { width: "35%", paddingLeft: tokens.spacingHorizontalXS },
  count: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  countNumber: { minWidth: "2ch", textAlign: "right", fontVariantNumeric: "tabular-nums" },
  track: { flexGrow: 1, display: "block" },
  bar: {
    display: "block",
    height: "8px",
    backgroundColor: tokens.colorBrandBackground,
    borderRadius: tokens.borderRadiusSmall,
    "@media (forced-colors: active)": { backgroundColor: "CanvasText" },
  },
});

export interface BucketTableProps<K extends string> {
  readonly caption: string;
  readonly labelHeader: string;
  readonly buckets: readonly Bucket<K>[];
}

/** Counts and planned value per bucket, with a bar per count (decorative: the numbers carry the meaning). */
export function BucketTable<K extends string>({ caption, labelHeader, buckets }: BucketTableProps<K>) {
  const styles = useBucketStyles();
  const format = useDisplayFormat();
  const most = Math.max(1, ...buckets.map((bucket) => bucket.count));
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.head}>{labelHeader}</th>
          <th scope="col" className={styles.countHead}>Contracts</th>
          <th scope="col" className={styles.numberHead}>Planned value</th>
        </tr>
      </thead>
      <tbody>
        {buckets.map((bucket) => (
          <tr key={bucket.key}>
            <th scope="row" className={styles.label}>{bucket.key}</th>
            <td className={styles.countCell}>
              <div className={styles.count}>
                <span className={styles.countNumber}>{bucket.count}</span>
                <span className={styles.track} aria-hidden="true">
                  <span className={styles.bar} style={{ width: `${(100 * bucket.count) / most}%` }} />
                </span>
              </div>
            </td>
            <td className={styles.number}>{format.amount(bucket.plannedValue)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
