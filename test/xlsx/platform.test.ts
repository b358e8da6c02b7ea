import { readFileSync, readdirSync } from "fs";
import path from "path";

const DIR = path.join(__dirname, "..", "..", "src", "xlsx");
const files = readdirSync(DIR).filter((f) => f.endsWith(".ts"));
/** A module's code without its comments (examples in TSDoc may show other imports). */
const code = (file: string) =>
  readFileSync(path.join(DIR, file), "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/^\s*\/\/.*$/gm, "");

/**
 * src/xlsx is for the command line, a browser page and a Web Worker alike: no Node API, no DOM.
 * (A webpack build of it for the web has been run in Chromium; this keeps it that way.)
 */
describe("src/xlsx runs anywhere", () => {
  // The locale texts are plain data; the engine imports them too.
  it.each(files)("%s imports only its siblings, the engine, the texts, fflate and cfb", (file) => {
    const imports = [...code(file).matchAll(/from "([^"]+)"/g)].map((m) => m[1]);
    for (const source of imports)
      expect({
        file,
        source,
        ok: /^\.\/|^\.\.\/core\/|^\.\.\/locales$|^fflate$|^cfb$/.test(source),
      }).toEqual({
        file,
        source,
        ok: true,
      });
  });

  it.each(files)("%s uses no Node or DOM globals", (file) => {
    expect(code(file)).not.toMatch(
      /\b(Buffer|process|require|__dirname|document|window|self)\b[.(]/
    );
  });
});
