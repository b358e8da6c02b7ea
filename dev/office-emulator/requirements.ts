/**
 * Requirement sets: which API versions the emulated host claims. Members newer than the claimed
 * ExcelApi version throw `ApiNotFound` when touched, as office-js does, so feature detection in
 * the adapter (`isSetSupported`) is exercised rather than assumed.
 */
import { OfficeExtensionError } from "./errors";

/** Set name → highest supported version ("1.17"); `null` removes a default set. */
export type RequirementSets = Readonly<Record<string, string | null>>;

export const DEFAULT_REQUIREMENT_SETS: Readonly<Record<string, string>> = {
  ExcelApi: "1.20",
  ExcelApiOnline: "1.1",
  SharedRuntime: "1.1",
  DialogApi: "1.2",
  RibbonApi: "1.1",
  AddinCommands: "1.1",
  IdentityAPI: "1.3",
};

/** Compares dotted versions numerically: "1.10" > "1.9". */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

export class Requirements {
  private readonly sets = new Map<string, string>();

  constructor(overrides: RequirementSets = {}) {
    const merged: Record<string, string | null> = { ...DEFAULT_REQUIREMENT_SETS, ...overrides };
    for (const [name, version] of Object.entries(merged))
      if (version !== null) this.sets.set(name.toLowerCase(), version);
  }

  /** `Office.context.requirements.isSetSupported`: names compare case-insensitively. */
  isSetSupported(name: string, minVersion?: string | number): boolean {
    const have = this.sets.get(String(name).toLowerCase());
    if (have === undefined) return false;
    if (minVersion === undefined || minVersion === null || minVersion === "") return true;
    const wanted = typeof minVersion === "number" ? minVersion.toFixed(1) : String(minVersion);
    return compareVersions(have, wanted) >= 0;
  }

  /** Throws `ApiNotFound` synchronously, as `_throwIfApiNotSupported` does in office-js. */
  require(member: string, version: string | undefined, set = "ExcelApi"): void {
    if (version === undefined || this.isSetSupported(set, version)) return;
    throw new OfficeExtensionError(
      "ApiNotFound",
      `The method or property ${member} is part of the ${set} ${version} requirement set, ` +
        `which this emulated host does not support.`,
      member
    );
  }

  toJSON(): Record<string, string> {
    return Object.fromEntries(this.sets);
  }
}
