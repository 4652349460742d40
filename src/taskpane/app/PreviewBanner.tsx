import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import type { StoreError } from "../../workbook/contract-store";
import { StoreErrorBar } from "../shared/StoreErrorBar";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export interface PreviewBannerProps {
  /** Office did not answer in time (office.js blocked or slow), rather than answering "no host". */
  readonly timedOut: boolean;
  /** Seeding the preview workbook failed: shown too, never swallowed. */
  readonly error: StoreError | null;
}

/** Shown for the whole session when the pane runs outside Excel, on the in-memory workbook. */
export function PreviewBanner({ timedOut, error }: PreviewBannerProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Preview: not connected to Excel</MessageBarTitle>
          {timedOut && "Office did not answer. "}Sample data in this page only: nothing is saved.
        </MessageBarBody>
      </MessageBar>
      {error && <StoreErrorBar error={error} />}
    </div>
  );
}
