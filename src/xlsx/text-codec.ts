/**
 * Shared UTF-8 encoder and decoder, made on first use rather than on import: importing this
 * module does nothing, and an environment without them fails only when it reads or writes a file.
 */
// Typed through their constructors: the command line compiles without the DOM library.
let decoder: InstanceType<typeof TextDecoder> | null = null;
let encoder: InstanceType<typeof TextEncoder> | null = null;

/** @example utf8Decoder().decode(Uint8Array.of(0xe5, 0xae, 0x89)) // => "安" */
export function utf8Decoder(): InstanceType<typeof TextDecoder> {
  return (decoder ??= new TextDecoder("utf-8"));
}

/** @example utf8Encoder().encode("安").length // => 3 */
export function utf8Encoder(): InstanceType<typeof TextEncoder> {
  return (encoder ??= new TextEncoder());
}
