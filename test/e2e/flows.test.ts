import { paneForEachTest } from "./support/preview";

// Building and reviewing contracts through the editor and review views, in the preview, the way a
// newcomer would: by the controls' accessible names.

const pane = paneForEachTest();
const { contracts, row } = pane;
/** The headline's line for Draft contracts, shown apart from the live figures. */
const draftLine = () => pane.page.getByText(/^Draft: /);

/** Opens a section of the editor's accordion if it is closed. */
async function openSection(title: string): Promise<void> {
  const header = pane.page.getByRole("button", { name: new RegExp(`^${title}`) });
  if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
}

async function newContract(title: string): Promise<void> {
  await pane.page.getByRole("button", { name: "New", exact: true }).click();
  await pane.page.getByRole("textbox", { name: "Title" }).fill(title);
}

async function save(): Promise<void> {
  await pane.page.getByRole("button", { name: "Save", exact: true }).click();
  await contracts().waitFor();
}

describe("contracts in the preview", () => {
  it("creates a contract, edits it, records a review, and the portfolio follows", async () => {
    const before = await draftLine().textContent();

    // A new contract is a Draft: its plan shows apart from the live figures. Revenue counts at its margin.
    await newContract("Picking route assistant");
    await openSection("Value components");
    await pane.page.getByRole("textbox", { name: "Incremental revenue" }).fill("250k");
    await pane.page.getByRole("textbox", { name: "Revenue margin" }).fill("100%");
    await save();
    await expect(row(/Picking route assistant/).getByText("250,000").isVisible()).resolves.toBe(true);
    await expect(draftLine().textContent()).resolves.not.toBe(before);

    await row(/Picking route assistant/).getByText("Picking route assistant").click();
    await openSection("Full economic cost");
    await pane.page.getByRole("textbox", { name: "Technology cost" }).fill("50k");
    await save();
    await expect(row(/Picking route assistant/).getByText("200,000").isVisible()).resolves.toBe(true);

    // The overdue service desk sample: a review with Expand clears the badge and expands the contract.
    const serviceDesk = row(/Service desk assistant/);
    await expect(serviceDesk.getByText("Review overdue").isVisible()).resolves.toBe(true);
    await serviceDesk.getByRole("button", { name: /^Record review/ }).click();
    await pane.page.getByRole("textbox", { name: "Reviewer" }).fill("CFO office");
    await pane.page.getByRole("checkbox", { name: /^Operational/ }).check();
    await pane.page.getByRole("combobox", { name: "Decision" }).selectOption("Expand");
    await pane.page.getByRole("textbox", { name: "Rationale" }).fill("Calls per agent up 14%; hiring plan cut by four.");
    await pane.page.getByRole("button", { name: "Save review" }).click();
    await contracts().waitFor();
    await expect(serviceDesk.getByText("Review overdue").count()).resolves.toBe(0);
    await expect(serviceDesk.getByText(/Expanding/).isVisible()).resolves.toBe(true);
  });

  it("keeps a title that begins with = as text", async () => {
    await newContract("=SUM(1,2)");
    await save();
    await expect(row(/=SUM\(1,2\)/).getByText("=SUM(1,2)", { exact: true }).isVisible()).resolves.toBe(true);
    await row(/=SUM\(1,2\)/).getByText("=SUM(1,2)").click();
    await expect(pane.page.getByRole("textbox", { name: "Title" }).inputValue()).resolves.toBe("=SUM(1,2)");
  });

  it("refuses an Active contract without its required parts, naming them and keeping the typing", async () => {
    await newContract("Half-finished");
    await pane.page.getByRole("combobox", { name: "Status" }).selectOption("Active");
    await pane.page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(pane.page.getByText(/Enterprise outcome is required for an Active contract/).first().isVisible()).resolves.toBe(true);
    await expect(pane.page.getByRole("textbox", { name: "Title" }).inputValue()).resolves.toBe("Half-finished");
    await expect(contracts().count()).resolves.toBe(0);
  });
});
