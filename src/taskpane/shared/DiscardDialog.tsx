import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";

export interface DiscardDialogProps {
  readonly open: boolean;
  /** What would be lost, e.g. "your changes to VC-0007". */
  readonly what: string;
  readonly onDiscard: () => void;
  readonly onKeepEditing: () => void;
}

/** A short blocking question before unsaved work is thrown away; Keep editing is the safe default. */
export function DiscardDialog({ open, what, onDiscard, onKeepEditing }: DiscardDialogProps) {
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => (data.open ? undefined : onKeepEditing())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Discard changes?</DialogTitle>
          <DialogContent>{`Leaving now loses ${what}.`}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onKeepEditing}>
              Keep editing
            </Button>
            <Button onClick={onDiscard}>Discard</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
