import path from "path";
import webpack from "webpack";

/** Builds the playground once for the whole suite. */
export default async function globalSetup(): Promise<void> {
  const makeConfig = require(path.join(__dirname, "..", "..", "webpack.playground.js")) as (
    env: object,
    argv: { mode: string }
  ) => webpack.Configuration;
  const config = {
    ...makeConfig({}, { mode: "development" }),
    context: path.join(__dirname, "..", ".."),
  };
  await new Promise<void>((resolve, reject) =>
    webpack(config, (error, stats) => {
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve();
    })
  );
}
