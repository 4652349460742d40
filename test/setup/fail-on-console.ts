// A test that logs is a failing test: a console.error or warning is usually a bug we would otherwise miss
// (React act() warnings, swallowed store errors). Pattern from zod's scripts/fail-on-console.ts.
const methods = ["error", "warn", "log", "info", "debug"] as const;
let logged: string[] = [];

beforeEach(() => {
  logged = [];
  for (const method of methods) {
    jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logged.push(`console.${method}: ${args.map(String).join(" ")}`);
    });
  }
});

afterEach(() => {
  jest.restoreAllMocks();
  if (logged.length > 0) {
    throw new Error(`The test wrote to the console:\n${logged.join("\n")}`);
  }
});
