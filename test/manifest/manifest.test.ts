/**
 * @jest-environment jsdom
 */
// Invariants of manifest.xml that Microsoft's XML schema does not check (the schema check itself is
// ../shared/tools/check-manifest, run by .ci/run where present). jsdom supplies an XML DOMParser.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { EXCEL_API_VERSION } from "../../src/workbook/excel-run";

const root = path.resolve(__dirname, "../..");
const xml = readFileSync(path.join(root, "manifest.xml"), "utf8");
const doc = new DOMParser().parseFromString(xml, "application/xml");
const all = (tag: string): Element[] => Array.from(doc.getElementsByTagName("*")).filter((e) => e.localName === tag);
const one = (tag: string): Element => {
  const found = all(tag);
  if (found.length !== 1) throw new Error(`expected one <${tag}>, found ${found.length}`);
  return found[0] as Element;
};

test("the manifest is well-formed XML", () => {
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  expect(doc.documentElement.localName).toBe("OfficeApp");
});

test("every resid resolves to a resource of the right kind", () => {
  const resourceIds = new Set(
    ["Image", "Url", "String"].flatMap((tag) => all(tag).filter((e) => e.closest("Resources")).map((e) => e.getAttribute("id"))),
  );
  const resids = Array.from(doc.querySelectorAll("[resid]")).map((e) => e.getAttribute("resid"));
  expect(resids.length).toBeGreaterThan(10);
  for (const resid of resids) expect({ resid, resolves: resourceIds.has(resid) }).toEqual({ resid, resolves: true });
});

test("every URL is https", () => {
  const urls = [
    ...Array.from(doc.querySelectorAll("[DefaultValue]"))
      .map((e) => e.getAttribute("DefaultValue") ?? "")
      .filter((v) => /^[a-z]+:\/\//i.test(v)),
    ...all("AppDomain").map((e) => e.textContent ?? ""),
  ];
  expect(urls.length).toBeGreaterThan(8);
  for (const url of urls) expect(url).toMatch(/^https:\/\//);
});

/** Width and height from a PNG's IHDR chunk (bytes 16-23). */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test("icon files exist in assets/ at the size the manifest declares", () => {
  const images = all("Image").filter((e) => e.closest("Resources"));
  const bySize: Record<string, string> = {};
  for (const usage of all("Image").filter((e) => e.getAttribute("size"))) {
    bySize[usage.getAttribute("resid") ?? ""] = usage.getAttribute("size") ?? "";
  }
  const iconUrls = [
    ...images.map((e) => ({ url: e.getAttribute("DefaultValue") ?? "", size: Number(bySize[e.getAttribute("id") ?? ""]) })),
    { url: one("IconUrl").getAttribute("DefaultValue") ?? "", size: 32 },
    { url: one("HighResolutionIconUrl").getAttribute("DefaultValue") ?? "", size: 64 },
  ];
  for (const { url, size } of iconUrls) {
    const file = path.join(root, new URL(url).pathname);
    expect({ url, exists: existsSync(file) }).toEqual({ url, exists: true });
    expect(pngSize(file)).toEqual([size, size]);
  }
  for (const size of [16, 32, 64, 80]) expect(existsSync(path.join(root, `assets/icon-${size}.png`))).toBe(true);
});

test("custom functions use the AIVM namespace, on a shared runtime with a long lifetime", () => {
  const namespaceId = one("Namespace").getAttribute("resid");
  const namespace = all("String").find((e) => e.getAttribute("id") === namespaceId);
  expect(namespace?.getAttribute("DefaultValue")).toBe("AIVM");

  const sharedRuntime = all("Set").find((e) => e.getAttribute("Name") === "SharedRuntime");
  expect(sharedRuntime?.getAttribute("MinVersion")).toBe("1.1");
  const runtimes = all("Runtime");
  expect(runtimes).toHaveLength(1);
  expect(runtimes[0]?.getAttribute("lifetime")).toBe("long");
  // The functions page, the function file and the pane all share the runtime's page.
  const runtimeUrl = runtimes[0]?.getAttribute("resid");
  expect(one("Page").querySelector("SourceLocation")?.getAttribute("resid")).toBe(runtimeUrl);
  expect(one("FunctionFile").getAttribute("resid")).toBe(runtimeUrl);
});

test("the base manifest requires exactly the ExcelApi set the store's Excel calls need, beside SharedRuntime 1.1", () => {
  const sets = all("Set").filter((set) => set.closest("Requirements"));
  const declared = Object.fromEntries(sets.map((set) => [set.getAttribute("Name"), set.getAttribute("MinVersion")]));
  expect(sets).toHaveLength(2);
  expect(declared).toEqual({ SharedRuntime: "1.1", ExcelApi: EXCEL_API_VERSION });
  // In the base manifest (OfficeApp > Requirements), where Office reads what an add-in needs to run at all.
  expect(one("Requirements").parentElement?.localName).toBe("OfficeApp");
});

test("Excel workbook host, ReadWriteDocument permission only, and a ribbon button that opens the pane", () => {
  expect(all("Host").filter((e) => e.getAttribute("Name")).map((e) => e.getAttribute("Name"))).toEqual(["Workbook"]);
  expect(one("Permissions").textContent?.trim()).toBe("ReadWriteDocument");
  const action = all("Action").find((e) => e.getAttribute("xsi:type") === "ShowTaskpane");
  expect(action).toBeDefined();
});
