import { createRoot } from "react-dom/client";
import { EXCEL_API_VERSION, excelRun } from "../workbook/excel-run";
import { App } from "./App";
import { browserLanguage, detectHost, excelApiSupported, paneLocale, paneTheme, prefersDarkScheme, readOfficeDisplayLanguage, readOfficeTheme, requestedExtraContracts } from "./boot";
import { todayIso } from "./shared/display-format";
import { SimulationCache } from "../domain/portfolio-simulation";
import { createSimulationRuntime } from "./uncertainty/useSimulation";

/**
 * Composition root: picks the store and hands it down. Inside Excel, the ExcelContractStore over
 * Excel.run. In a plain browser (Office reports no host, or does not answer within 3 s), the same store
 * over the in-memory Excel, fetched as the "preview" chunk only then, seeded with the samples, and
 * flagged with a banner for the whole session. The store's own chunk (schemas, codec) downloads while
 * Office.onReady is pending, so it costs no time and stays out of the first script. Inside an Excel that
 * lacks the ExcelApi set the store needs (EXCEL_API_VERSION), a message says so instead, and Excel.run is
 * never called.
 */
export async function start(element: HTMLElement): Promise<void> {
  const storeModule = import(/* webpackChunkName: "store" */ "../workbook/excel-contract-store");
  const host = await detectHost();
  const { createContractStore, CHART_TYPE_API_SET } = await storeModule;
  const today = todayIso();
  const theme = paneTheme(readOfficeTheme(), prefersDarkScheme());
  // Dates and amounts: Office's display language inside Office, else the browser's, else en-GB.
  const locale = paneLocale(host.host !== null ? [readOfficeDisplayLanguage(), browserLanguage()] : [browserLanguage()]);
  // One cache of simulation results for the session, shared by the pane's views and the store's report: a view
  // opened again, or a report refreshed, with nothing changed looks its result up instead of drawing again.
  const cache = new SimulationCache();
  const simulation = createSimulationRuntime(cache);
  // The report's simulation yields a macrotask between slices, so the pane paints and answers meanwhile.
  const capabilities = { simulations: cache, pause: () => new Promise<void>((resolve) => setTimeout(resolve, 0)) };
  const root = createRoot(element);
  if (host.host !== null && !excelApiSupported(EXCEL_API_VERSION)) {
    // Rare, so its message loads only then, like the preview's banner.
    const { UnsupportedExcel } = await import(/* webpackChunkName: "unsupported-excel" */ "./UnsupportedExcel");
    root.render(<UnsupportedExcel theme={theme} version={EXCEL_API_VERSION} />);
    return;
  }
  if (host.host !== null) {
    // The report's waterfall needs ExcelApi 1.9; where Excel lacks a chart type the report draws its fallback.
    const store = createContractStore(excelRun, undefined, { ...capabilities, supportsChartType: (type) => excelApiSupported(CHART_TYPE_API_SET[type]) });
    root.render(<App store={store} theme={theme} notice={null} today={today} locale={locale} simulation={simulation} />);
    return;
  }
  // The banner travels in the preview's chunk: Excel users never see it, so their first script leaves it out.
  const { createPreviewExcel, seedPreview, PreviewBanner } = await import(/* webpackChunkName: "preview" */ "./preview/preview");
  // The whole in-memory Excel, not only its run: the banner's "Download as .xlsx" writes its model.
  const excel = createPreviewExcel();
  const store = createContractStore(excel.run, undefined, capabilities);
  // ?previewContracts=500 adds contracts for the load-time bench; only the preview reads it.
  const error = await seedPreview(store, today, requestedExtraContracts(window.location.search));
  root.render(<App store={store} theme={theme} notice={<PreviewBanner timedOut={host.timedOut} officeLoaded={host.officeLoaded} error={error} model={excel.model} />} today={today} locale={locale} simulation={simulation} />);
}

const element = document.getElementById("root");
if (element) {
  start(element).catch((error: unknown) => {
    // Nothing rendered yet: replace the splash with a plain message (text only, never HTML).
    const message = document.createElement("p");
    message.setAttribute("role", "alert");
    message.style.padding = "20px";
    message.textContent = `AIVM could not start: ${error instanceof Error ? error.message : String(error)}. Reload the add-in to try again.`;
    element.replaceChildren(message);
  });
}
