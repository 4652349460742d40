import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

/** The repository root and its production build. */
export const ROOT = path.resolve(__dirname, "../../..");
export const DIST = path.join(ROOT, "dist");

export interface Served {
  /** e.g. http://localhost:41234 (no trailing slash). */
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * Serves dist/ with scripts/serve.mjs on a free localhost port (PORT=0), in a child process: the same
 * server `npm start` uses for the preview. Resolves once it prints its address.
 */
export function serveDist(): Promise<Served> {
  if (!existsSync(path.join(DIST, "taskpane.html"))) {
    return Promise.reject(new Error("dist/taskpane.html is missing: run `npm run build` first (npm run test:e2e does)."));
  }
  const child = spawn(process.execPath, [path.join(ROOT, "scripts/serve.mjs")], {
    cwd: ROOT,
    env: { ...process.env, PORT: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let output = "";
    const fail = (why: string) => {
      child.kill();
      reject(new Error(`scripts/serve.mjs did not start: ${why}\n${output}`));
    };
    const timer = setTimeout(() => fail("no address within 10 s"), 10_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/localhost:\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        child.stdout?.off("data", onData);
        resolve({ url: match[1], stop: () => stopChild(child) });
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      fail(`exited with code ${code}`);
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.removeAllListeners("exit");
    child.once("exit", () => resolve());
    child.kill();
  });
}
