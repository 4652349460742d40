import { screen, waitFor, within } from "@testing-library/react";
import ContractEditor from "../../../src/taskpane/editor/ContractEditor";
import { renderView } from "./dom";
import { activeContract, testWorkbook } from "./workbook-fixture";

async function openExisting() {
  const workbook = await testWorkbook([activeContract()]);
  const onDone = jest.fn();
  const view = renderView(<ContractEditor store={workbook.store} contractId="VC-0001" onDone={onDone} />);
  await screen.findByRole("button", { name: "Save" });
  return { workbook, onDone, ...view };
}

/**
 * The discard question. In jsdom, Tabster's modalizer (Fluent's focus trap) never becomes active, so it
 * leaves aria-hidden on the open dialog; queries inside it pass hidden: true. The e2e run checks the
 * dialog with axe in a real browser.
 */
async function discardDialog(): Promise<HTMLElement> {
  const dialog = await screen.findByRole("alertdialog", { hidden: true });
  const title = document.getElementById(dialog.getAttribute("aria-labelledby") ?? "");
  expect(title?.textContent).toBe("Discard changes?");
  return dialog;
}
const dialogButton = (dialog: HTMLElement, name: string) => within(dialog).getByRole("button", { hidden: true, name });
const dialogIsOpen = () => screen.queryByRole("alertdialog", { hidden: true }) !== null;

const beforeUnloadIsBlocked = (): boolean => {
  const event = new Event("beforeunload", { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
};

describe("the editor guards unsaved work", () => {
  test("Cancel without changes leaves at once", async () => {
    const { user, onDone } = await openExisting();
    expect(beforeUnloadIsBlocked()).toBe(false);
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(onDone).toHaveBeenCalledWith(null);
    expect(dialogIsOpen()).toBe(false);
  });

  test("Cancel with changes asks first; Keep editing stays, Discard leaves without saving", async () => {
    const { user, onDone, workbook } = await openExisting();
    await user.type(screen.getByRole("textbox", { name: "Title" }), "!");
    expect(beforeUnloadIsBlocked()).toBe(true);

    await user.click(screen.getByRole("button", { name: "Cancel" }));
    const dialog = await discardDialog();
    expect(within(dialog).getByText("Leaving now loses your changes to VC-0001.")).toBeTruthy();
    await user.click(dialogButton(dialog, "Keep editing"));
    await waitFor(() => expect(dialogIsOpen()).toBe(false));
    // Focus goes back to the button that asked, not to the page.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("button", { name: "Cancel" })));
    expect(onDone).not.toHaveBeenCalled();

    await user.click(screen.getByRole("button", { name: "Cancel" }));
    await user.click(dialogButton(await discardDialog(), "Discard"));
    // The view is left once the dialog has finished closing.
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(null));
    expect(workbook.contracts().row(0)["Title"]).toBe("Claims triage assistant");
  });

  test("Escape on the question keeps editing", async () => {
    const { user, onDone } = await openExisting();
    await user.type(screen.getByRole("textbox", { name: "Title" }), "!");
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    await discardDialog();
    await user.keyboard("{Escape}");
    await waitFor(() => expect(dialogIsOpen()).toBe(false));
    expect(onDone).not.toHaveBeenCalled();
  });

  test("typing back what was there is not a change", async () => {
    const { user, onDone } = await openExisting();
    const title = screen.getByRole("textbox", { name: "Title" });
    await user.type(title, "x");
    await user.keyboard("{Backspace}");
    expect(beforeUnloadIsBlocked()).toBe(false);
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(onDone).toHaveBeenCalledWith(null);
  });
});
