// The second-engine check: workbooks the CLI writes, recalculated by LibreOffice Calc (headless), against the
// domain. Run by `npm run test:engine`; needs `soffice` (Debian's libreoffice-calc-nogui), which .ci/run installs.
module.exports = {
  displayName: "engine",
  testEnvironment: "node",
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }] },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  testMatch: ["<rootDir>/test/engine/**/*.test.ts"],
  setupFilesAfterEnv: ["<rootDir>/test/setup/fail-on-console.ts"],
  maxWorkers: 1,
  verbose: true,
  testTimeout: 180_000,
};
