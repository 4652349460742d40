import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { CellProblem } from "../../workbook/contract-store";
import { problemPlace } from "./problems";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: "20px", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { overflowWrap: "anywhere" },
  place: { fontWeight: tokens.fontWeightSemibold },
});

export interface ProblemListProps {
  readonly problems: readonly CellProblem[];
  /** Show at most this many, then say how many more there are. */
  readonly limit?: number;
  /** Accessible name of the list, e.g. "Problems in row 7". */
  readonly label: string;
}

/** Workbook problems as a plain list: sheet, row and column first, then the reason. Text only, never HTML. */
export function ProblemList({ problems, limit = 50, label }: ProblemListProps) {
  const styles = useStyles();
  const shown = problems.slice(0, limit);
  const hidden = problems.length - shown.length;
  return (
    <>
      <ul className={styles.list} aria-label={label}>
        {shown.map((problem, index) => (
          <li key={index} className={styles.item}>
            <Text size={200}>
              <span className={styles.place}>{problemPlace(problem)}:</span> {problem.message}
            </Text>
          </li>
        ))}
      </ul>
      {hidden > 0 && (
        <Text size={200}>
          and {hidden} more {hidden === 1 ? "problem" : "problems"}; fix these first and check again.
        </Text>
      )}
    </>
  );
}
