/* eslint-disable no-undef */
/**
 * The web page (src/web): two builds, the Web Worker first, then the page, which carries the
 * worker's bundle as a string and starts it from a blob. A worker loaded by URL would be refused
 * when the page is opened from a folder (file://), which is how a copy on a USB stick is used.
 * Output: `<out>/web/index.html` and `<out>/web/web.js`; nothing else, nothing fetched at run time.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const HtmlWebpackPlugin = require("html-webpack-plugin");

/** Prints each emitted script's and page's size, raw and gzipped: the figure the budget is about. */
class ReportSizes {
  constructor(label) {
    this.label = label;
  }
  apply(compiler) {
    compiler.hooks.afterEmit.tap("ReportSizes", (compilation) => {
      const dir = compilation.outputOptions.path;
      for (const name of Object.keys(compilation.assets)) {
        if (!/\.(js|html)$/.test(name)) continue;
        const bytes = fs.readFileSync(path.join(dir, name));
        const gz = zlib.gzipSync(bytes, { level: 9 }).length;
        const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
        process.stdout.write(`${this.label} ${name}: ${kb(bytes.length)}, ${kb(gz)} gzipped\n`);
      }
    });
  }
}

/**
 * One compression pass, not webpack's default two: terser 5.51 with two passes repeats a
 * template literal that follows a concatenation of constants (the chart writer's `<c:valAx>`
 * came out five times), silently changing strings the code builds. The web suite compares the
 * page's download with the command line's, part by part, so a relapse fails a test.
 */
const minimizeOptions = { javascript: { compress: { passes: 1 } } };

const tsRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: "ts-loader",
    options: { configFile: "tsconfig.json", onlyCompileBundledFiles: true, transpileOnly: true },
  },
};

/**
 * Libraries published in newer JavaScript than the browsers offices use (Fluent's focus manager
 * ships class static blocks and `??=`, which Chromium 86 cannot parse) are lowered to ES2020 by
 * TypeScript itself, file by file. `es-check` in the tests keeps the output at that level.
 */
const vendorRule = {
  test: /\.m?js$/,
  include: /node_modules/,
  use: {
    loader: "ts-loader",
    options: {
      instance: "vendor",
      configFile: "tsconfig.json",
      transpileOnly: true,
      compilerOptions: { allowJs: true, target: "ES2020", sourceMap: false },
    },
  },
};

/**
 * @param {{ dev: boolean, outDir: string, workerDir: string, root: string }} o where the page goes
 *   (`outDir/web/`), and where the worker's bundle is built on the way (never shipped by itself)
 */
function webConfigs({ dev, outDir, workerDir, root }) {
  const common = {
    context: root,
    mode: dev ? "development" : "production",
    // No eval in development either: the page's Content-Security-Policy forbids it.
    devtool: false,
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    performance: { hints: false },
    optimization: { minimizeOptions },
  };
  const worker = {
    ...common,
    name: "web-worker",
    target: "webworker",
    entry: { "web-worker": "./src/web/worker/index.ts" },
    output: { path: workerDir, filename: "[name].js", clean: true },
    module: { rules: [tsRule, vendorRule] },
    plugins: [new ReportSizes("web worker (inlined into web.js)")],
  };
  const page = {
    ...common,
    name: "web",
    dependencies: ["web-worker"],
    target: "web",
    entry: { web: "./src/web/main.tsx" },
    output: { path: path.join(outDir, "web"), filename: "[name].js", clean: true },
    resolve: {
      ...common.resolve,
      alias: { "duibiao-web-worker$": path.join(workerDir, "web-worker.js") },
    },
    module: {
      rules: [
        tsRule,
        vendorRule,
        { test: /web-worker\.js$/, include: workerDir, type: "asset/source" },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: "index.html", template: "./src/web/index.html" }),
      new ReportSizes("web page"),
    ],
  };
  return [worker, page];
}

module.exports = { webConfigs, minimizeOptions };
