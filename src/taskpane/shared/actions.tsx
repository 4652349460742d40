import { Button, Spinner, type ButtonProps } from "@fluentui/react-components";

/**
 * Running an action from a control: the button shows it is busy, and focus comes back to it after.
 * Excel takes focus around Excel.run (office-js #5050), and a busy button may lose it: after a store
 * call, focus goes back to the control that started the action, unless the user has moved it somewhere
 * else meanwhile (focus is never moved unprompted).
 */

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
/** The element that has focus now, if it is an HTMLElement. */
export function focusedElement(): HTMLElement | null {
  const active = document.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}

/** Puts focus back on `opener` if it is still in the page and focus is nowhere else. */
function returnFocus(opener: HTMLElement | null): void {
  if (!opener || !opener.isConnected) return;
  const active = focusedElement();
  if (active === null || active === opener) opener.focus();
}

/**
 * Runs an action that calls the store, then returns focus to the control that started it. Busy buttons
 * use disabledFocusable, so the control stays focusable (and in the page) while the action runs.
 */
export async function withFocusReturn<T>(action: () => Promise<T>): Promise<T> {
  const opener = focusedElement();
  try {
    return await action();
  } finally {
    returnFocus(opener);
  }
}

/** Focuses the element carrying data-focus-key="key" inside `root`, if there is one; true if it did. */
export function focusByKey(root: ParentNode, key: string): boolean {
  for (const element of Array.from(root.querySelectorAll<HTMLElement>("[data-focus-key]"))) {
    if (element.getAttribute("data-focus-key") === key) {
      element.focus();
      return true;
    }
  }
  return false;
}
