import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { CellProblem, StoredContract, StoreError } from "../../workbook/contract-store";

/**
 * How the pane tells the user what went wrong and what to do: a store error as a MessageBar, the
 * workbook's problems as a list (sheet, row, column, reason), a save that met a changed row, and a
 * drill-in that cannot open. Text only, never HTML; never swallowed.
 */

const useStyles = makeStyles({
  body: { overflowWrap: "anywhere", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  fields: { margin: 0, paddingLeft: "20px" },
  list: { margin: 0, paddingLeft: "20px", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { overflowWrap: "anywhere" },
  place: { fontWeight: tokens.fontWeightSemibold },
  message: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  back: { alignSelf: "flex-start" },
});

/** A heading and what the user can do about a store error, in plain words. */
export function storeErrorText(error: StoreError): { readonly title: string; readonly advice: string } {
  switch (error.kind) {
    case "not-set-up":
      return { title: "No contract tables yet", advice: "Open Setup to create the tables, then add a contract or insert the samples." };
    case "layout":
      return { title: "The table layout is damaged", advice: "Open Setup and choose Repair: it adds what is missing without moving your data." };
    case "invalid":
      return { title: "Some fields need attention", advice: "Correct the fields listed and save again." };
    case "duplicate":
      return { title: "That ID is already used", advice: "Give this record another ID, or open the existing one." };
    case "not-found":
      return { title: "Contract not found", advice: "It may have been deleted or its ID changed in the sheet. Go back to the portfolio to reload it." };
    case "conflict":
      return { title: "Changed by someone else", advice: "The row changed since you opened it (a co-author or an edit in the sheet). Reload it to see the current version." };
    case "excel":
      return { title: "Excel refused the request", advice: "Try again. If it keeps failing, check that the sheet is not protected, then reopen the workbook." };
  }
}

export interface StoreErrorBarProps {
  readonly error: StoreError;
  /** Offered as "Try again" when given. */
  readonly onRetry?: () => void;
  /** Offered as "Open setup" for a missing or damaged layout when given. */
  readonly onOpenSetup?: () => void;
  /** Offered as "Reload" for a conflict when given. */
  readonly onReload?: () => void;
}

/** A store error: what happened (the store's own message), what the user can do, the problems it listed, and the actions the caller offers. */
export function StoreErrorBar({ error, onRetry, onOpenSetup, onReload }: StoreErrorBarProps) {
  const styles = useStyles();
  const text = storeErrorText(error);
  const offerSetup = onOpenSetup && (error.kind === "not-set-up" || error.kind === "layout");
  const offerReload = onReload && error.kind === "conflict";
  return (
    <MessageBar intent={error.kind === "conflict" ? "warning" : "error"} layout="multiline">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{text.title}</MessageBarTitle>
        <span>{error.message}</span>
        <span>{text.advice}</span>
        {error.kind === "layout" && error.problems.length > 0 && <ProblemList problems={error.problems} limit={5} label="Layout problems" />}
        {error.kind === "invalid" && error.problems.length > 0 && (
          <ul className={styles.fields} aria-label="Field problems">
            {error.problems.map((problem, index) => (
              <li key={index}>{problem.message}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      {(offerSetup || offerReload || onRetry) && (
        <MessageBarActions>
          {offerSetup && <Button onClick={onOpenSetup}>Open setup</Button>}
          {offerReload && <Button onClick={onReload}>Reload</Button>}
          {onRetry && <Button onClick={onRetry}>Try again</Button>}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

/** Where a problem sits, in words: "Value Contracts, row 7, column Status". */
export function problemPlace(problem: CellProblem): string {
  const parts = [problem.sheet || "Workbook"];
  if (problem.row !== null) parts.push(`row ${problem.row}`);
  if (problem.column !== null) parts.push(`column ${problem.column}`);
  return parts.join(", ");
}

export interface ProblemListProps {
  readonly problems: readonly CellProblem[];
  /** Show at most this many, then say how many more there are. */
  readonly limit?: number;
  /** Accessible name of the list, e.g. "Problems in row 7". */
  readonly label: string;
}

/** Workbook problems as a plain list: sheet, row and column first, then the reason. */
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

export interface SaveOutcomeProps {
  /** The save's state, as useStampedSave returns it with the view's reload and keep-editing actions. */
  readonly saving: {
    readonly conflict: StoredContract | null;
    readonly error: StoreError | null;
    readonly reload: () => void;
    readonly keepEditing: () => void;
  };
  /** What Reload and Keep editing each do in this view, in a sentence. */
  readonly choices: string;
}

/**
 * Why the last Save did not go through: the contract changed meanwhile (a co-author, an edit in the
 * sheet), so nothing was saved and the user reloads it or keeps editing; or a store error.
 */
export function SaveOutcome({ saving, choices }: SaveOutcomeProps) {
  return (
    <>
      {saving.conflict && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Changed in the workbook</MessageBarTitle>
            {`This contract changed since you opened it, so nothing was saved. ${choices}`}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={saving.reload}>Reload row</Button>
            <Button onClick={saving.keepEditing}>Keep editing</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {saving.error && <StoreErrorBar error={saving.error} />}
    </>
  );
}

/** A drill-in that cannot show its form: the reason (children), and the way back to the portfolio. */
export function ViewMessage({ children, onBack }: { readonly children: ReactNode; readonly onBack: () => void }) {
  const styles = useStyles();
  return (
    <div className={styles.message}>
      {children}
      <Button className={styles.back} onClick={onBack}>
        Back to the portfolio
      </Button>
    </div>
  );
}
