import { Button, Spinner, type ButtonProps } from "@fluentui/react-components";

export type BusyButtonProps = ButtonProps & {
  /** While true: a spinner in the button, which stays focusable (disabledFocusable) but does nothing. */
  readonly busy: boolean;
  /** Another action is running: inert too, without a spinner. */
  readonly blocked?: boolean;
};

/** A button that shows a spinner while its store call runs and keeps focus, so focus can return to it. */
export function BusyButton({ busy, blocked = false, icon, ...props }: BusyButtonProps) {
  return <Button {...props} disabledFocusable={busy || blocked} icon={busy ? <Spinner size="tiny" /> : (icon ?? null)} />;
}
