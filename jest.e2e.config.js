/**
 * End-to-end tests: the playground in Debian's Chromium, driven by Playwright. The global setup
 * builds and serves the playground once; one browser at a time.
 */
module.exports = {
  displayName: "e2e",
  testEnvironment: "node",
  testMatch: ["<rootDir>/test/e2e/**/*.e2e.ts"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.test.json" }] },
  globalSetup: "<rootDir>/test/e2e/global-setup.ts",
  globalTeardown: "<rootDir>/test/e2e/global-teardown.ts",
  maxWorkers: 1,
  testTimeout: 180000,
};
