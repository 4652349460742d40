import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

export interface ConflictBarProps {
  /** What changed, e.g. "This contract". */
  readonly subject: string;
  /** Replace the form with the row as it is now. */
  readonly onReload: () => void;
  /** Keep the form as typed; the next save replaces the row as it is now. */
  readonly onKeepEditing: () => void;
}

/** The row changed since it was opened (a co-author, an edit in the sheet): reload it, or keep editing and overwrite. */
export function ConflictBar({ subject, onReload, onKeepEditing }: ConflictBarProps) {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Changed in the workbook</MessageBarTitle>
        {`${subject} changed since you opened it, so it was not saved. Reload to see the current version (your changes here are dropped), or keep editing: saving again then replaces the current version with yours.`}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onReload}>Reload row</Button>
        <Button onClick={onKeepEditing}>Keep editing</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
