import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import tsPlugin from "@typescript-eslint/eslint-plugin";
import globals from "globals";

export default [
  { ignores: ["dist/", "build/", "node_modules/", "coverage/", "test-results/", "playground-dist/"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "@typescript-eslint": tsPlugin },
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: { ...globals.browser, ...globals.node, ...globals.jest, Office: "readonly", Excel: "readonly", OfficeExtension: "readonly" },
    },
    rules: {
      // TypeScript checks undefined names itself, and knows type-only globals ESLint does not.
      "no-undef": "off",
      // The office-addins preset swaps in the TypeScript-aware rule for .ts only; .tsx needs it too,
      // or parameter names inside function types count as unused variables.
      "no-unused-vars": "off",
      "@typescript-eslint/no-unused-vars": "error",
      // The new JSX transform needs no React in scope.
      "react/react-in-jsx-scope": "off",
      // Props are typed by TypeScript.
      "react/prop-types": "off",
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
  },
];
