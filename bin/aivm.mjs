#!/usr/bin/env node
// The aivm command. It runs src/cli/main.ts in a node started with tsx's loader (a dependency), as `npm run bench`
// runs the benches, so `npx aivm` works right after `npm ci` with no build step. (tsx's in-process APIs fail on
// the store's dynamic import of the samples: ERR_REQUIRE_CYCLE_MODULE on node 20.)
import { spawnSync } from "node:child_process";

const main = new URL("../src/cli/main.ts", import.meta.url).href;
const script = `import(${JSON.stringify(main)}).then((m) => (m.main ?? m.default.main)(process.argv.slice(1), (l) => process.stdout.write(l + "\\n"), (l) => process.stderr.write(l + "\\n"))).then((code) => { process.exitCode = code; });`;
const child = spawnSync(process.execPath, ["--import", import.meta.resolve("tsx"), "--input-type=module", "--eval", script, "--", ...process.argv.slice(2)], { stdio: "inherit" });
process.exitCode = child.status ?? 2;
