import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import { useRef, type RefObject } from "react";

export interface DiscardDialogProps {
  readonly open: boolean;
  /** What would be lost, e.g. "your changes to VC-0007". */
  readonly what: string;
  /** The control that asked (the view's Cancel): focus returns to it when the dialog closes. */
  readonly opener: RefObject<HTMLElement | null>;
  /** Close the question (Keep editing, Escape, or on the way to discarding). */
  readonly onClose: () => void;
  /** The user chose Discard and the dialog has closed: leave the view now. */
  readonly onDiscarded: () => void;
}

/**
 * A short blocking question before unsaved work is thrown away; Keep editing is the safe default.
 * When the dialog has closed, focus goes back to the opener (the view's Cancel), and only then does
 * Discard leave: the focus trap takes its aria-hidden off the rest of the pane when focus leaves the
 * dialog, and leaving the view with focus still inside left the whole pane hidden from screen readers.
 */
export function DiscardDialog({ open, what, opener, onClose, onDiscarded }: DiscardDialogProps) {
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
