// Two projects: pure code runs under node; the task pane under jsdom.
// Every test file gets a CustomFunctions stand-in and fails if it writes to the console.
const transform = { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }] };
const common = {
  transform,
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  setupFilesAfterEnv: ["<rootDir>/test/setup/fail-on-console.ts", "<rootDir>/test/setup/custom-functions.ts"],
};

module.exports = {
  projects: [
    {
      ...common,
      displayName: "node",
      testEnvironment: "node",
      // Property and fuzz tests run hundreds of cases; on a loaded 2-core CI machine 5 s is too tight.
      testTimeout: 30_000,
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/taskpane/", "<rootDir>/test/e2e/"],
    },
    {
      ...common,
      displayName: "pane",
      testEnvironment: "jsdom",
      // user-event types key by key into Fluent's large DOM: a test takes 1-3 s alone and several times that on a
      // loaded 2-core machine, where Jest's 5 s default cut tests off mid-interaction (seen with 3 runs at once).
      testTimeout: 30_000,
      testMatch: ["<rootDir>/test/taskpane/**/*.test.ts?(x)"],
    },
  ],
};
