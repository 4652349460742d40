import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

export interface ConflictBarProps {
  /** What changed, e.g. "This contract". */
  readonly subject: string;
  /** What Reload and Keep editing each do here, in a sentence. */
  readonly choices: string;
  /** Take the row as it is now. */
  readonly onReload: () => void;
  /** Keep the form as typed; the next save is checked against the row as it is now. */
  readonly onKeepEditing: () => void;
}

/** The row changed since it was opened (a co-author, an edit in the sheet): nothing was saved; reload it or keep editing. */
export function ConflictBar({ subject, choices, onReload, onKeepEditing }: ConflictBarProps) {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Changed in the workbook</MessageBarTitle>
        {`${subject} changed since you opened it, so nothing was saved. ${choices}`}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onReload}>Reload row</Button>
        <Button onClick={onKeepEditing}>Keep editing</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
