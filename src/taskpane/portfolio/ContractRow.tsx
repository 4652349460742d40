import { Button, ListItem, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { ClipboardTaskRegular } from "@fluentui/react-icons";
import { memo } from "react";
import { useDisplayFormat } from "../shared/display-format";
import type { PortfolioItem } from "./portfolio-model";
import { ReviewBadge } from "./ReviewBadge";

const useStyles = makeStyles({
  item: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS} ${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
  },
  content: { flexGrow: 1, minWidth: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  first: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalS },
  title: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere", fontWeight: tokens.fontWeightSemibold },
  amount: { flexShrink: 0, fontVariantNumeric: "tabular-nums" },
  negative: { color: tokens.colorPaletteRedForeground1 },
  second: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  badges: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  action: { flexShrink: 0 },
});

export interface ContractRowProps {
  readonly item: PortfolioItem;
  readonly onOpen: (id: string) => void;
  readonly onReview: (id: string) => void;
}

/**
 * One contract on two lines (title and realised value; owner, status, evidence level and value class),
 * a due or overdue badge when a review is near, and a Record review button (icon only, 32 px, so the
 * title keeps the width at 270 px). Enter or a click on the row opens the editor; arrow right reaches
 * the button. Memoised: a keystroke in the search re-renders the list, but a row whose item and
 * handlers are unchanged (the portfolio's items and the shell's callbacks are stable) is left alone.
 */
export const ContractRow = memo(function ContractRow({ item, onOpen, onReview }: ContractRowProps) {
  const styles = useStyles();
  const format = useDisplayFormat();
  const { contract, figures, review } = item;
  const realised = figures?.realisedValue ?? null;
  const details = [
    contract.owner.trim() || "No owner",
    contract.status,
    contract.evidenceLevel ? `${contract.evidenceLevel} evidence` : "Evidence not set",
    figures?.valueClass ?? "No value class",
  ];
  return (
    <ListItem className={styles.item} value={`contract-row-${item.row}`} data-focus-key={`contract:${contract.id}`} onAction={() => onOpen(contract.id)}>
      <div role="gridcell" className={styles.content}>
        <div className={styles.first}>
          <Text className={styles.title}>{contract.title}</Text>
          <Text className={mergeClasses(styles.amount, realised !== null && realised < 0 && styles.negative)}>{format.amount(realised)}</Text>
        </div>
        <Text size={200} className={styles.second}>
          {details.join(" · ")}
        </Text>
        {(review === "Due" || review === "Overdue") && (
          <div className={styles.badges}>
            <ReviewBadge status={review} />
            <Text size={200}>
              {review === "Overdue" ? "was due" : "by"} {format.date(figures?.nextReview ?? null)}
            </Text>
          </div>
        )}
      </div>
      <div role="gridcell" className={styles.action}>
        <Button
          appearance="subtle"
          icon={<ClipboardTaskRegular />}
          aria-label={`Record review: ${contract.title}`}
          title="Record review"
          data-focus-key={`review:${contract.id}`}
          onClick={(event) => {
            event.preventDefault(); // not also the row's open action
            onReview(contract.id);
          }}
        />
      </div>
    </ListItem>
  );
});
