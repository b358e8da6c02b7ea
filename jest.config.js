/** Unit, adapter and formula tests (node), and UI tests (jsdom). End-to-end tests run separately. */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.test.json" }];

module.exports = {
  // A global option (Jest ignores it inside `projects`): rendering Fluent UI in jsdom and running
  // LibreOffice are slow on a busy 2-core machine, and a slow test is not a failure.
  testTimeout: 60_000,
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
    {
      displayName: "dom",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/test/**/*.test.tsx"],
      setupFilesAfterEnv: ["<rootDir>/test/setup-dom.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
  ],
};
