import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState, type ReactNode, type RefObject } from "react";
import type { StoreResult } from "../../workbook/contract-store";
import { BusyButton, withFocusReturn } from "./actions";
import { StoreErrorBar, ViewMessage } from "./messages";
import { useStoreQuery } from "./store-query";

/**
 * The frame of a drill-in (the editor, the review): it opens with a store read (a spinner meanwhile,
 * the error with Try again and a way back if it fails), then shows a form whose sticky footer holds
 * Save and Cancel. Cancel, and closing the pane, ask before unsaved work is thrown away.
 */

const useStyles = makeStyles({
  spinner: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
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

export interface DrillInProps<T> {
  /** The store read the view opens with; keep it stable (useCallback), since a new one reads again. */
  readonly read: () => Promise<StoreResult<T>>;
  /** What the spinner says meanwhile, e.g. "Opening VC-0007…". */
  readonly loadingLabel: string;
  readonly onBack: () => void;
  /** The view, once the read has succeeded. */
  readonly children: (value: T) => ReactNode;
}

/** A drill-in that opens with a store read: spinner, then the view or the error. */
export function DrillIn<T>({ read, loadingLabel, onBack, children }: DrillInProps<T>) {
  const styles = useStyles();
  const { state, retry } = useStoreQuery(read);
  if (state.kind === "loading") return <Spinner className={styles.spinner} size="small" label={loadingLabel} />;
  if (state.kind === "failed") {
    return (
      <ViewMessage onBack={onBack}>
        <StoreErrorBar error={state.error} onRetry={retry} />
      </ViewMessage>
    );
  }
  return children(state.value);
}

/**
 * While there are unsaved changes, closing or reloading the pane asks the browser to confirm
 * (beforeunload). Leaving through the form's own Cancel is confirmed by DiscardDialog.
 */
function useLeaveGuard(unsaved: boolean): void {
  useEffect(() => {
    if (!unsaved) return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);
}

export interface DrillInFormProps {
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
  /** The leaving button's words: "Cancel" in a form one leaves by saving, "Back" on a page that stays after a save. */
  readonly leaveLabel?: string;
}

/**
 * A drill-in form as the editor and the review lay it out: the fields in the pane's margins, and a
 * sticky footer with Save (focus comes back to it after the store call) and Cancel.
 */
export function DrillInForm({ top, children, saveLabel, busy, onSave, changed, losing, onLeave, leaveLabel = "Cancel" }: DrillInFormProps) {
  const styles = useStyles();
  const [confirmLeave, setConfirmLeave] = useState(false);
  // Fluent's Button types its ref as the intersection of button and anchor (never): a callback ref fits.
  const cancelButton = useRef<HTMLElement | null>(null);
  const cancelRef = useCallback((element: HTMLElement | null) => {
    cancelButton.current = element;
  }, []);
  useLeaveGuard(changed);
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
          {leaveLabel}
        </Button>
      </div>
      <DiscardDialog open={confirmLeave} what={losing} opener={cancelButton} onClose={() => setConfirmLeave(false)} onDiscarded={onLeave} />
    </div>
  );
}

interface DiscardDialogProps {
  readonly open: boolean;
  /** What would be lost, e.g. "your changes to VC-0007". */
  readonly what: string;
  /** The control that asked (the form's Cancel): focus returns to it when the dialog closes. */
  readonly opener: RefObject<HTMLElement | null>;
  /** Close the question (Keep editing, Escape, or on the way to discarding). */
  readonly onClose: () => void;
  /** The user chose Discard and the dialog has closed: leave the view now. */
  readonly onDiscarded: () => void;
}

/**
 * A short blocking question before unsaved work is thrown away; Keep editing is the safe default.
 * When the dialog has closed, focus goes back to the opener (Cancel), and only then does Discard leave:
 * the focus trap takes its aria-hidden off the rest of the pane when focus leaves the dialog, and
 * leaving the view with focus still inside left the whole pane hidden from screen readers.
 */
function DiscardDialog({ open, what, opener, onClose, onDiscarded }: DiscardDialogProps) {
  const discarding = useRef(false);
  const discard = () => {
    discarding.current = true;
    onClose();
  };
  const closed = () => {
    opener.current?.focus();
    if (!discarding.current) return;
    discarding.current = false;
    onDiscarded();
  };
  return (
    <Dialog
      open={open}
      modalType="alert"
      onOpenChange={(_, data) => (data.open ? undefined : onClose())}
      surfaceMotion={{ onMotionFinish: (_, data) => (data.direction === "exit" ? closed() : undefined) }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Discard changes?</DialogTitle>
          <DialogContent>{`Leaving now loses ${what}.`}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              Keep editing
            </Button>
            <Button onClick={discard}>Discard</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
