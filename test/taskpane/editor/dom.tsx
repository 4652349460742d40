import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactElement } from "react";

/** What a form control holds now (input, textarea or select). */
export function valueOf(element: HTMLElement): string {
  if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return element.value;
  throw new Error(`${element.tagName} is not a form control`);
}

/** The text a screen reader reads as the control's description: its aria-describedby targets (Field's hint and message). */
export function descriptionOf(element: HTMLElement): string {
  const ids = (element.getAttribute("aria-describedby") ?? "").split(/\s+/).filter((id) => id !== "");
  return ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
}

export const isInvalid = (element: HTMLElement): boolean => element.getAttribute("aria-invalid") === "true";

/** One figure in the editor's strip, by its label. */
export function figure(label: string): string {
  const strip = screen.getByRole("group", { name: "Figures" });
  const value = within(strip)
    .getAllByRole("definition")
    .find((item) => item.getAttribute("data-figure") === label);
  if (!value) throw new Error(`no figure ${label}`);
  return value.textContent ?? "";
}

/** Renders a view as the pane does (inside Fluent's provider), with a user-event session. */
export function renderView(ui: ReactElement) {
  const user = userEvent.setup({ delay: null });
  return { user, ...render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>) };
}
