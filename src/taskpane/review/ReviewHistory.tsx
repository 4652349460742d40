import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { StoredReview } from "../../workbook/contract-store";
import { ProblemList } from "../shared/ProblemList";
import { useDisplayFormat } from "../shared/display-format";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  line: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  text: { whiteSpace: "pre-wrap" },
});

export interface ReviewHistoryProps {
  /** The contract's reviews as the store lists them, oldest first. */
  readonly reviews: readonly StoredReview[];
}

/** The contract's past reviews, newest first: date, decision, evidence, amounts, reviewer and rationale. */
export function ReviewHistory({ reviews }: ReviewHistoryProps) {
  const styles = useStyles();
  const format = useDisplayFormat();
  if (reviews.length === 0) {
    return <Text size={200}>No reviews recorded yet: this will be the first.</Text>;
  }
  return (
    <ul className={styles.list} aria-label="Earlier reviews, newest first">
      {[...reviews].reverse().map((stored) => {
        const review = stored.review;
        if (review === null) {
          return (
            <li key={`row-${stored.row}`} className={styles.item}>
              <Text weight="semibold">{`Review in row ${stored.row} has problems`}</Text>
              <ProblemList problems={stored.problems} limit={3} label={`Problems in review row ${stored.row}`} />
            </li>
          );
        }
        return (
          <li key={review.id} className={styles.item}>
            <span className={styles.line}>
              <Text weight="semibold">{`${format.date(review.date)}: ${review.decision}`}</Text>
              <Text size={200} className={styles.muted}>{`${review.evidenceLevel} evidence`}</Text>
            </span>
            <Text size={200}>
              {`Realised ${format.amount(review.realisedToDate)} · forecast ${format.amount(review.forecastValue)} · by ${review.reviewer}`}
            </Text>
            {review.rationale !== "" && (
              <Text size={200} className={styles.text}>
                {review.rationale}
              </Text>
            )}
          </li>
        );
      })}
    </ul>
  );
}
