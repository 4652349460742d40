import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useRef, useState, type ReactNode } from "react";
import { BusyButton } from "./BusyButton";
import { DiscardDialog } from "./DiscardDialog";
import { withFocusReturn } from "./focus";
import { useUnsavedGuard } from "./useUnsavedGuard";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: "100%" },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`, flexGrow: 1 },
  footer: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export interface GuardedFormProps {
  /** Shown above the fields, outside their margins (the editor's sticky figures strip). */
  readonly top?: ReactNode;
  /** The fields and their messages. */
  readonly children: ReactNode;
  readonly saveLabel: string;
  /** A save is running: Save shows a spinner, and both buttons stay focusable but do nothing. */
  readonly busy: boolean;
  readonly onSave: () => Promise<void>;
  /** There are unsaved changes: Cancel asks before leaving, and closing the pane is guarded. */
  readonly changed: boolean;
  /** What leaving now would lose, for the question, e.g. "this review". */
  readonly losing: string;
  /** Leave the view without saving. */
  readonly onLeave: () => void;
}

/**
 * A drill-in form as the editor and the review lay it out: the fields in the pane's margins, and a
 * sticky footer with Save (focus comes back to it after the store call) and Cancel, which asks before
 * unsaved work is thrown away.
 */
export function GuardedForm({ top, children, saveLabel, busy, onSave, changed, losing, onLeave }: GuardedFormProps) {
  const styles = useStyles();
  const [confirmLeave, setConfirmLeave] = useState(false);
  // Fluent's Button types its ref as the intersection of button and anchor (never): a callback ref fits.
  const cancelButton = useRef<HTMLElement | null>(null);
  const cancelRef = useCallback((element: HTMLElement | null) => {
    cancelButton.current = element;
  }, []);
  useUnsavedGuard(changed);
  const cancel = useCallback(() => (changed ? setConfirmLeave(true) : onLeave()), [changed, onLeave]);

  return (
    <div className={styles.root}>
      {top}
      <div className={styles.body}>{children}</div>
      <div className={styles.footer} role="group" aria-label="Save or cancel">
        <BusyButton appearance="primary" busy={busy} onClick={() => void withFocusReturn(onSave)}>
          {saveLabel}
        </BusyButton>
        <Button ref={cancelRef} onClick={cancel} disabledFocusable={busy}>
          Cancel
        </Button>
      </div>
      <DiscardDialog open={confirmLeave} what={losing} opener={cancelButton} onClose={() => setConfirmLeave(false)} onDiscarded={onLeave} />
    </div>
  );
}
