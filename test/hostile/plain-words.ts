/** Helpers of the corpus tests: what the user reads must be words; a fast inflater for checks. */
import zlib from "zlib";

/** A message for users: no stack, no program's own words, no placeholder left unfilled. */
export function expectPlainWords(message: string): void {
  expect(message).not.toMatch(/\n\s+at |Error\b|undefined|\{\w+\}|https?:|\.ts:\d|\.js:\d/);
  expect(message).not.toMatch(/invalid (block|distance|stored)|unexpected EOF|Z_[A-Z_]+|EOCD/i);
}

/**
 * Node's zlib as the reader's inflater, held to the declared size as the command line holds it:
 * for reading large legitimate files in tests several times faster than fflate's bounded stream.
 */
export function zlibInflate(raw: Uint8Array, size: number): Uint8Array {
  return zlib.inflateRawSync(raw, { maxOutputLength: Math.max(size, 1) });
}
