// End-to-end tests: the production build in Debian's Chromium, driven by playwright-core.
// Run by `npm run test:e2e`, which builds first. One worker: each test file starts its own browser.
module.exports = {
  displayName: "e2e",
  testEnvironment: "node",
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }] },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  testMatch: ["<rootDir>/test/e2e/**/*.test.ts"],
  setupFilesAfterEnv: ["<rootDir>/test/setup/fail-on-console.ts"],
  maxWorkers: 1,
  verbose: true,
  testTimeout: 60_000,
};
