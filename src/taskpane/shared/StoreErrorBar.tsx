import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";
import type { StoreError } from "../../workbook/contract-store";
import { ProblemList } from "./ProblemList";
import { storeErrorText } from "./store-error-text";

const useStyles = makeStyles({
  body: { overflowWrap: "anywhere", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  fields: { margin: 0, paddingLeft: "20px" },
});

export interface StoreErrorBarProps {
  readonly error: StoreError;
  /** Offered as "Try again" when given. */
  readonly onRetry?: () => void;
  /** Offered as "Open setup" for a missing or damaged layout when given. */
  readonly onOpenSetup?: () => void;
  /** Offered as "Reload" for a conflict when given. */
  readonly onReload?: () => void;
}

/**
 * A store error as a MessageBar: what happened (the store's own message), what the user can do, the
 * problems it listed, and buttons for the actions the caller offers. Never swallowed, never HTML.
 */
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
        {error.kind === "layout" && error.problems.length > 0 && (
          <ProblemList problems={error.problems} limit={5} label="Layout problems" />
        )}
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
