import { act, screen, within } from "@testing-library/react";
import "./support/render"; // jsdom layout stand-in for Tabster
import { excelApiSupported } from "../../src/taskpane/boot";
import { start } from "../../src/taskpane/index";
import type { ExcelRun } from "../../src/workbook/excel-api";
import { EXCEL_API_VERSION } from "../../src/workbook/excel-run";
import { fourContracts } from "./support/portfolio-data";
import { workbookWith } from "./support/store";

// The composition root inside Excel, with a fake Office global as office.js would leave it once Office.onReady
// resolved, and a fake Excel.run that records every call (and, where the test wants it, runs the batch over the
// in-memory Excel). Office.context.requirements.isSetSupported is Office's runtime check of a requirement set.

type IsSetSupported = (name: string, version?: string) => boolean;

function installOffice(isSetSupported: IsSetSupported): jest.Mock<boolean, Parameters<IsSetSupported>> {
  const check = jest.fn(isSetSupported);
  Reflect.set(globalThis, "Office", {
    onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
    context: { requirements: { isSetSupported: check }, displayLanguage: "en-GB" },
  });
  return check;
}

/** Excel.run as the store would meet it; `through` runs the batch, else the call stays pending. */
function installExcel(through?: ExcelRun): jest.Mock {
  const run = jest.fn((batch: Parameters<ExcelRun>[0]) => (through ? through(batch) : new Promise(() => undefined)));
  Reflect.set(globalThis, "Excel", { run });
  return run;
}

let element: HTMLElement;

beforeEach(() => {
  element = document.createElement("div");
  document.body.append(element);
});

afterEach(() => {
  element.remove();
  Reflect.deleteProperty(globalThis, "Office");
  Reflect.deleteProperty(globalThis, "Excel");
});

describe("start, inside an Excel without the ExcelApi set the tables need", () => {
  it("says which Excel API is missing, that the functions still work and what to do, and never calls Excel.run", async () => {
    const check = installOffice(() => false);
    const run = installExcel();
    await act(() => start(element));

    expect(check).toHaveBeenCalledWith("ExcelApi", EXCEL_API_VERSION);
    const main = screen.getByRole("main", { name: "AIVM" });
    const bar = within(main).getByText("This version of Excel cannot open AIVM's contract tables");
    expect(bar).toBeTruthy();
    expect(main.textContent).toContain(`Excel JavaScript API ${EXCEL_API_VERSION} (ExcelApi ${EXCEL_API_VERSION})`);
    expect(main.textContent).toContain("The =AIVM functions still work in your cells.");
    expect(main.textContent).toContain("update Excel, or open the workbook in Excel for Microsoft 365 or in Excel on the web");
    // Instead of the portfolio, not above it.
    expect(screen.queryByRole("heading", { name: "Portfolio" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Setup" })).toBeNull();
    expect(run).not.toHaveBeenCalled();
  });
});

describe("start, inside an Excel with that set", () => {
  it("opens the portfolio over Excel.run, with no message", async () => {
    const check = installOffice((name, version) => name === "ExcelApi" && version === EXCEL_API_VERSION);
    const { excel } = await workbookWith(fourContracts());
    const memoryRun = excel.run;
    const run = installExcel(memoryRun);
    await act(() => start(element));

    await screen.findByRole("grid", { name: /contracts/i });
    expect(check).toHaveBeenCalledWith("ExcelApi", EXCEL_API_VERSION);
    expect(run).toHaveBeenCalled();
    expect(screen.getByRole("heading", { level: 1, name: "Portfolio" })).toBeTruthy();
    expect(screen.queryByText(/cannot open AIVM's contract tables/)).toBeNull();
    expect(screen.queryByText(/Preview/)).toBeNull();
  });
});

describe("excelApiSupported", () => {
  it("takes Office's answer", () => {
    installOffice((name, version) => name === "ExcelApi" && version === "1.8");
    expect(excelApiSupported("1.8")).toBe(true);
    expect(excelApiSupported("1.9")).toBe(false);
  });

  it("is false when Office cannot say (no requirements object, or it throws)", () => {
    Reflect.set(globalThis, "Office", { context: {} });
    expect(excelApiSupported("1.8")).toBe(false);
    installOffice(() => {
      throw new Error("not supported on this host");
    });
    expect(excelApiSupported("1.8")).toBe(false);
  });
});
