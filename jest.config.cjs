// Two projects: pure code runs under node; the task pane under jsdom.
// Every test file gets a CustomFunctions stand-in and fails if it writes to the console.
const transform = { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }] };
const common = {
  transform,
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  setupFilesAfterEnv: ["<rootDir>/test/setup/fail-on-console.ts", "<rootDir>/test/setup/custom-functions.ts"],
};

module.exports = {
  // 30 s per test. Pane tests type key by key into Fluent's large DOM (1-3 s alone, several times that on a
  // loaded 2-core machine) and property/fuzz suites run hundreds of cases; Jest's 5 s default cut them off
  // under load. Global only: Jest ignores testTimeout inside `projects`.
  testTimeout: 30_000,
  projects: [
    {
      ...common,
      displayName: "node",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/taskpane/", "<rootDir>/test/e2e/", "<rootDir>/test/engine/"],
    },
    {
      ...common,
      displayName: "pane",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/test/taskpane/**/*.test.ts?(x)"],
    },
  ],
};
