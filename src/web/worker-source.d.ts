/**
 * The Web Worker's bundle as text (webpack builds src/web/worker first and hands its output to
 * the page's build as a string; see webpack.config.js): the page starts it from a blob.
 */
declare module "duibiao-web-worker" {
  const source: string;
  export default source;
}
