import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { detectHost, paneLocale, paneTheme, readOfficeDisplayLanguage } from "../../src/taskpane/boot";

describe("detectHost", () => {
  afterEach(() => {
    Reflect.deleteProperty(globalThis, "Office");
  });

  it("reports no host when office.js is absent", async () => {
    await expect(detectHost(50)).resolves.toEqual({ host: null, timedOut: false, officeLoaded: false });
  });

  it("reports no host when Office says so (a plain browser)", async () => {
    Reflect.set(globalThis, "Office", { onReady: () => Promise.resolve({ host: null, platform: null }) });
    await expect(detectHost(1000)).resolves.toEqual({ host: null, timedOut: false, officeLoaded: true });
  });

  it("reports Excel inside Excel", async () => {
    Reflect.set(globalThis, "Office", { onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }) });
    await expect(detectHost(1000)).resolves.toEqual({ host: "Excel", timedOut: false, officeLoaded: true });
  });

  it("gives up after the timeout when Office never answers (office.js blocked)", async () => {
    Reflect.set(globalThis, "Office", { onReady: () => new Promise(() => undefined) });
    await expect(detectHost(20)).resolves.toEqual({ host: null, timedOut: true, officeLoaded: true });
  });
});

describe("paneTheme", () => {
  it("follows Office's dark or light choice over the browser's", () => {
    expect(paneTheme({ isDarkTheme: true }, false).colorNeutralBackground2).toBe(webDarkTheme.colorNeutralBackground2);
    expect(paneTheme({ isDarkTheme: false }, true).colorNeutralBackground2).toBe(webLightTheme.colorNeutralBackground2);
  });

  it("falls back to prefers-color-scheme when Office gives no theme (office-js #6134)", () => {
    expect(paneTheme(null, true)).toBe(webDarkTheme);
    expect(paneTheme({}, false)).toBe(webLightTheme);
  });

  it("takes Office's body colours for the neutral background and foreground", () => {
    const theme = paneTheme({ isDarkTheme: true, bodyBackgroundColor: "#262626", bodyForegroundColor: "#ffffff" }, false);
    expect(theme.colorNeutralBackground1).toBe("#262626");
    expect(theme.colorNeutralForeground1).toBe("#ffffff");
    expect(paneTheme({ isDarkTheme: true, bodyBackgroundColor: "red", bodyForegroundColor: "#fff" }, false)).toBe(webDarkTheme);
  });
});

describe("paneLocale", () => {
  it("prefers Office's display language, then the browser's", () => {
    expect(paneLocale(["de-DE", "en-US"])).toBe("de-DE");
    expect(paneLocale([null, "en-US"])).toBe("en-US");
    expect(paneLocale([undefined, "fr-FR"])).toBe("fr-FR");
  });

  it("falls back to en-GB, the product's language, when neither names one it can use", () => {
    expect(paneLocale([null, null])).toBe("en-GB");
    expect(paneLocale([])).toBe("en-GB");
    expect(paneLocale(["", "not a language tag!"])).toBe("en-GB");
  });

  it("writes a tag as Intl does, whatever its case", () => {
    expect(paneLocale(["EN-us"])).toBe("en-US");
  });
});

describe("readOfficeDisplayLanguage", () => {
  afterEach(() => {
    Reflect.deleteProperty(globalThis, "Office");
  });

  it("reads Office.context.displayLanguage", () => {
    Reflect.set(globalThis, "Office", { context: { displayLanguage: "nl-NL" } });
    expect(readOfficeDisplayLanguage()).toBe("nl-NL");
  });

  it("is null outside Office, or when Office gives no language", () => {
    expect(readOfficeDisplayLanguage()).toBeNull();
    Reflect.set(globalThis, "Office", { context: {} });
    expect(readOfficeDisplayLanguage()).toBeNull();
    Reflect.set(globalThis, "Office", {
      get context(): never {
        throw new Error("not supported on this host");
      },
    });
    expect(readOfficeDisplayLanguage()).toBeNull();
  });
});
