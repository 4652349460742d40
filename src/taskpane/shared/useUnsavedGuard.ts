import { useEffect } from "react";

/**
 * While there are unsaved changes, closing or reloading the pane asks the browser to confirm
 * (beforeunload). Leaving through the view's own Cancel is confirmed by the view itself.
 */
export function useUnsavedGuard(unsaved: boolean): void {
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
