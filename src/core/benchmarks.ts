import { TableAnalysis, UnitResult } from "./analyze";
import { matchKey, namesUnit } from "./names";
import { periodOrder } from "./period";
import { Problem } from "./problems";

/** A unit found in the latest table of its level. */
export interface Located {
  readonly analysis: TableAnalysis;
  readonly unit: UnitResult;
}

export interface BenchmarkPlan {
  /** The user's own unit, where found. */
  readonly own: Located | null;
  /** Same-level benchmarks (安康 vs 汉中). */
  readonly peers: readonly { readonly own: Located; readonly benchmark: Located }[];
  /** Model units one level down, compared with the own unit's members (安康's counties vs 平利). */
  readonly models: readonly {
    readonly model: Located;
    readonly members: readonly UnitResult[];
    readonly parentName: string;
  }[];
  /** The own unit's members in the lower level's latest table (its counties), even without a model. */
  readonly members: {
    readonly analysis: TableAnalysis;
    readonly units: readonly UnitResult[];
  } | null;
  readonly problems: readonly Problem[];
}

/** Each level's current table: the one with the latest period (the first, when periods are unknown). */
export function latestByLevel(analyses: readonly TableAnalysis[]): TableAnalysis[] {
  const best = new Map<number, TableAnalysis>();
  for (const a of analyses) {
    const current = best.get(a.level);
    if (!current) best.set(a.level, a);
    else if (
      a.table.period &&
      (!current.table.period || periodOrder(a.table.period, current.table.period) > 0)
    ) {
      best.set(a.level, a);
    }
  }
  return [...best.values()];
}

function locate(
  latest: readonly TableAnalysis[],
  name: string,
  preferLevel: number | null
): Located | null {
  const hits: Located[] = [];
  for (const analysis of latest) {
    const unit = analysis.units.find((u) => namesUnit(name, u.unit.key));
    if (unit) hits.push({ analysis, unit });
  }
  return (
    hits.find((h) => h.analysis.level === preferLevel) ??
    hits.find((h) => h.analysis.levelKind === "city") ??
    hits[0] ??
    null
  );
}

/** Units of `analysis` whose parent is the unit `parentKey`, in rank order. */
function membersOf(analysis: TableAnalysis, parentKey: string): UnitResult[] {
  return analysis.units.filter(
    (u) => u.unit.parent !== null && matchKey(u.unit.parent) === parentKey
  );
}

/**
 * Decides what to compare: the own unit against each benchmark at the benchmark's own level.
 * Same level → side by side. A benchmark one level down (a model county) → the own unit's members
 * (its counties) against it. An own county with a city benchmark → the county's parent city against
 * it. A name found nowhere is a problem, and the other comparisons go ahead.
 */
export function planBenchmarks(
  analyses: readonly TableAnalysis[],
  ownName: string | null,
  benchmarkNames: readonly string[]
): BenchmarkPlan {
  const latest = latestByLevel(analyses);
  const problems: Problem[] = [];
  const issue = (code: Problem["code"], name: string): Problem => ({
    sheet: "",
    cell: "",
    severity: "warning",
    code,
    params: { name },
  });
  const own = ownName ? locate(latest, ownName, null) : null;
  if (ownName && !own) problems.push(issue("unknownOwnUnit", ownName));
  let members: BenchmarkPlan["members"] = null;
  if (own) {
    for (const a of latest) {
      if (a === own.analysis) continue;
      const units = membersOf(a, own.unit.unit.key);
      if (units.length) {
        members = { analysis: a, units };
        break;
      }
    }
  }
  const peers: { own: Located; benchmark: Located }[] = [];
  const models: { model: Located; members: readonly UnitResult[]; parentName: string }[] = [];
  for (const name of benchmarkNames) {
    const benchmark = locate(latest, name, own?.analysis.level ?? null);
    if (!benchmark) {
      problems.push(issue("unknownBenchmark", name));
      continue;
    }
    if (!own || benchmark.unit.unit.key === own.unit.unit.key) continue;
    if (benchmark.analysis === own.analysis) {
      peers.push({ own, benchmark });
    } else if (members && benchmark.analysis === members.analysis) {
      models.push({ model: benchmark, members: members.units, parentName: own.unit.unit.name });
    } else {
      // The own unit sits lower (a county): compare its parent at the benchmark's level.
      const parent = own.unit.unit.parent;
      const ownThere = parent
        ? locate([benchmark.analysis], parent, benchmark.analysis.level)
        : null;
      if (ownThere) peers.push({ own: ownThere, benchmark });
      else problems.push(issue("levelMismatch", name));
    }
  }
  return { own, peers, models, members, problems };
}
