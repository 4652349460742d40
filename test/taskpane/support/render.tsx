import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactElement } from "react";

/**
 * jsdom lays nothing out: every element's offsetParent is null and the body measures 0 x 0, which
 * Tabster (Fluent's focus manager) reads as "not visible". It would then find no focusable element
 * anywhere, and Fluent's List would warn that its rows have no focusable children. While a test file
 * using this module runs, an element counts as laid out unless it or an ancestor is hidden, and the
 * body has the size of a task pane; jsdom's own behaviour comes back afterwards.
 */
const offsetParent = Object.getOwnPropertyDescriptor(HTMLElement.prototype, "offsetParent");
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, "offsetParent", {
    configurable: true,
    get(this: HTMLElement) {
      return this.closest("[hidden]") ? null : this.parentElement;
    },
  });
  document.body.getBoundingClientRect = () => new DOMRect(0, 0, 320, 600);
});
afterAll(() => {
  if (offsetParent) Object.defineProperty(HTMLElement.prototype, "offsetParent", offsetParent);
  Reflect.deleteProperty(document.body, "getBoundingClientRect");
});

/** Renders inside the Fluent provider the pane uses, with a user-event session. */
export function renderPane(ui: ReactElement) {
  const user = userEvent.setup();
  const result = render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
  return { user, ...result };
}
