import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// Nothing user-typed is rendered as HTML: no part of the pane may inject markup.
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sources(full) : /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe("the pane's sources", () => {
  it("never set HTML from strings", () => {
    const root = path.resolve(__dirname, "../../src/taskpane");
    const offenders = sources(root).filter((file) => /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write/.test(readFileSync(file, "utf8")));
    expect(offenders.map((file) => path.relative(root, file))).toEqual([]);
  });
});
