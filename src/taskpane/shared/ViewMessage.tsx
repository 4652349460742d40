import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  message: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  back: { alignSelf: "flex-start" },
});

export interface ViewMessageProps {
  /** What stops the view from opening, and what to do about it. */
  readonly children: ReactNode;
  readonly onBack: () => void;
}

/** A drill-in that cannot show its form: the reason, and the way back to the portfolio. */
export function ViewMessage({ children, onBack }: ViewMessageProps) {
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
