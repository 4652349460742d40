import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import "./support/render"; // jsdom layout stand-in for Tabster
import { createPreviewExcel, PreviewBanner, seedPreview } from "../../src/taskpane/preview/preview";
import { createContractStore } from "../../src/workbook/excel-contract-store";
import { writeXlsx } from "../../src/xlsx/write-xlsx";
import { TextEncoder as NodeTextEncoder } from "node:util";
import { TODAY } from "./support/store";

// "Download as .xlsx" in the preview banner: the real writer over the preview's own seeded workbook, watched
// through a pass-through mock. jsdom has no URL.createObjectURL and cannot follow a download link, so only those two
// are stood in for: the object URL records the Blob, and the anchor's click records the anchor. jsdom lacks the
// TextEncoder every browser has (the writer encodes its XML with it): node's own stands in while these tests run.

jest.mock("../../src/xlsx/write-xlsx", () => {
  const actual = jest.requireActual<typeof import("../../src/xlsx/write-xlsx")>("../../src/xlsx/write-xlsx");
  return { ...actual, writeXlsx: jest.fn(actual.writeXlsx) };
});

const hadTextEncoder = "TextEncoder" in globalThis;
beforeAll(() => {
  if (!hadTextEncoder) Reflect.set(globalThis, "TextEncoder", NodeTextEncoder);
});
afterAll(() => {
  if (!hadTextEncoder) Reflect.deleteProperty(globalThis, "TextEncoder");
});

const blobs = new Map<string, Blob>();
const revoked: string[] = [];
let clicked: HTMLAnchorElement[];

beforeEach(() => {
  blobs.clear();
  revoked.length = 0;
  clicked = [];
  Reflect.set(URL, "createObjectURL", (blob: Blob) => {
    const url = `blob:aivm/${blobs.size + 1}`;
    blobs.set(url, blob);
    return url;
  });
  Reflect.set(URL, "revokeObjectURL", (url: string) => revoked.push(url));
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this);
  });
});

afterEach(() => {
  jest.restoreAllMocks();
  jest.mocked(writeXlsx).mockClear();
  Reflect.deleteProperty(URL, "createObjectURL");
  Reflect.deleteProperty(URL, "revokeObjectURL");
});

/** A Blob's bytes, through FileReader (jsdom's Blob has no arrayBuffer()). */
function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (reader.result instanceof ArrayBuffer ? resolve(new Uint8Array(reader.result)) : reject(new Error("not an ArrayBuffer")));
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    reader.readAsArrayBuffer(blob);
  });
}

/** The banner as the composition root renders it, over the seeded preview workbook. */
async function renderBanner() {
  const excel = createPreviewExcel();
  await expect(seedPreview(createContractStore(excel.run), TODAY)).resolves.toBeNull();
  render(
    <FluentProvider theme={webLightTheme}>
      <PreviewBanner timedOut={false} error={null} model={excel.model} />
    </FluentProvider>,
  );
  return { excel, user: userEvent.setup(), button: await screen.findByRole("button", { name: "Download as .xlsx" }) };
}

describe("Download as .xlsx, in the preview banner", () => {
  it("writes the preview's workbook and downloads it as AIVM preview.xlsx, an .xlsx Blob", async () => {
    const { excel, user, button } = await renderBanner();
    await user.click(button);
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(writeXlsx).toHaveBeenCalledTimes(1);
    expect(jest.mocked(writeXlsx).mock.calls[0]?.[0]).toBe(excel.model);
    const anchor = clicked[0];
    expect(anchor?.download).toBe("AIVM preview.xlsx");
    const blob = blobs.get(anchor?.getAttribute("href") ?? "");
    expect(blob?.type).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    // A zip local file header starts "PK\x03\x04" (PKWARE APPNOTE.TXT, 4.3.7); an .xlsx is a zip package.
    const bytes = await bytesOf(blob ?? new Blob());
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(bytes.length).toBeGreaterThan(10_000);
    // The object URL is let go once the browser has had the download (a second later).
    await waitFor(() => expect(revoked).toEqual([anchor?.getAttribute("href")]), { timeout: 3000 });
    expect(screen.queryByText("The workbook could not be downloaded")).toBeNull();
  });

  it("shows a failure in a message bar, never swallowed, and the button works again", async () => {
    const { user, button } = await renderBanner();
    jest.mocked(writeXlsx).mockImplementationOnce(() => {
      throw new Error("Out of memory.");
    });
    await user.click(button);

    const title = await screen.findByText("The workbook could not be downloaded");
    expect(title.parentElement?.textContent).toContain("Out of memory.");
    expect(clicked).toHaveLength(0);
    expect(button.getAttribute("aria-disabled")).not.toBe("true");

    // A second try that works clears the message.
    await user.click(button);
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(screen.queryByText("The workbook could not be downloaded")).toBeNull();
  });
});
