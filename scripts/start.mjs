// npm start.
// - Windows and macOS (where Excel desktop can exist): sideloads manifest.xml into Excel desktop and
//   serves the add-in over https://localhost:3000, the way `office-addin-debugging start` does (it is
//   fetched on demand with npx, because its keychain module does not build on Linux CI machines).
// - Anywhere else (or with --preview): builds the add-in and serves it on http://localhost:3000, where
//   the pane runs as a preview on an in-memory workbook because no Office host is present.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "./serve.mjs";

const root = path.resolve(fileURLToPath(import.meta.url), "../..");
const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const preview = process.argv.includes("--preview") || !["win32", "darwin"].includes(process.platform);

if (!preview) {
  const child = spawn(
    npx,
    ["--yes", "office-addin-debugging@7.0.0", "start", "manifest.xml", "desktop", "--app", "excel",
      "--dev-server", "npm run dev-server", "--dev-server-port", "3000"],
    { cwd: root, stdio: "inherit", shell: process.platform === "win32" },
  );
  child.on("exit", (code) => process.exit(code ?? 0));
} else {
  console.log("Building AIVM (production)...");
  const build = spawnSync(npx, ["webpack", "--mode", "production"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const port = Number(process.env.PORT ?? 3000);
  const { url } = await serve(path.join(root, "dist"), port);
  console.log(`
AIVM is being served at ${url}/

  Preview (no Excel needed): open ${url}/taskpane.html in a browser.
  The pane runs on an in-memory workbook seeded with sample contracts, and says it is a preview.
  No internet needed: office.js (from Microsoft's CDN) then fails to load, and the preview opens anyway.

  To use it inside Excel, serve it over https instead: on Windows or macOS run \`npm start\`
  (it sideloads into Excel desktop); for Excel on the web see "Use it in Excel" in README.md.

Press Ctrl+C to stop.`);
}
