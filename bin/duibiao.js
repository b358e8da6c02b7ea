#!/usr/bin/env node
"use strict";
// The command line runs the compiled engine (built by `npm install` / `npm run build:node`).
const path = require("path");
const fs = require("fs");
const entry = path.join(__dirname, "..", "build", "src", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write("duibiao: not built yet; run `npm install` (or `npm run build:node`) first\n");
  process.exit(2);
}
// Before the command's code runs: the engine's settings for a short run (src/cli/tuning.ts).
require(path.join(__dirname, "..", "build", "src", "cli", "tuning.js")).tuneForOneRun();
require(entry)
  .main(process.argv.slice(2))
  .then(
    (code) => process.exit(code),
    (error) => {
      // Not a user error: say so plainly; the stack is there for whoever reports it.
      process.stderr.write(`duibiao: internal error: ${error && error.message ? error.message : error}\n`);
      if (process.env.DUIBIAO_DEBUG) process.stderr.write(`${error && error.stack}\n`);
      process.exit(3);
    },
  );
