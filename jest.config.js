/** Unit, adapter and formula tests (node), and UI tests (jsdom). End-to-end tests run separately. */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.test.json" }];

module.exports = {
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      testTimeout: 60_000,
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
    {
      displayName: "dom",
      testEnvironment: "jsdom",
      // Rendering Fluent UI in jsdom is slow on a busy 2-core machine; a slow test is not a failure.
      testTimeout: 60_000,
      testMatch: ["<rootDir>/test/**/*.test.tsx"],
      setupFilesAfterEnv: ["<rootDir>/test/setup-dom.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
  ],
};
