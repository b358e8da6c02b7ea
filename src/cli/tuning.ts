/**
 * The JavaScript engine's settings for one run of the command. V8 tunes itself for long-lived
 * programs: it recompiles a function with its optimising compiler as soon as the function has run
 * a little. A run of the command lasts a second or two, and on the 3,000-unit bench workbook that
 * recompiling cost about 0.8 s of CPU on the machine's other core, where the garbage collector also
 * works: the run took 2.3–2.7 s of CPU for 1.5 s of wall time. Asking for eight times as much work
 * before a function is recompiled brought that down to 1.7–1.8 s of CPU and the wall time by about
 * 12%; the truly hot functions (row making, serialising) are still optimised, a little later, and
 * the 30,000-unit workbook took no longer.
 */
import v8 from "v8";

/** The tier-up budget: eight times V8 11's default (67,584). */
export const TUNING_FLAGS = "--interrupt-budget=540672";

/**
 * Sets the engine's tier-up budget for this process, before the command's code runs, and says
 * whether it did. Only on V8 11 (Node 20), where it was measured and where the flag has this
 * meaning; V8 prints an error for a flag it does not know, so other versions are left as they are.
 * Not for a long-lived process (the tests, the add-in's dev server): it would slow their steady
 * state a little.
 * @example tuneForOneRun("11.3.244.8-node.38") // => true
 */
export function tuneForOneRun(v8Version: string = process.versions.v8): boolean {
  if (!/^11\./.test(v8Version)) return false;
  v8.setFlagsFromString(TUNING_FLAGS);
  return true;
}
