/**
 * Proxies over plain records (a chart's title, a conditional format's rule): each property reads
 * and writes one field, each navigation property descends into a nested record. The owner says
 * whether the thing still exists and whether it may be edited (protected sheets).
 */
import { fail } from "./errors";
import { Rec, clone } from "./objects-state";
import {
  ClientObject,
  Execution,
  NavSpec,
  ObjectOptions,
  PropSpec,
  RequestContext,
  Resolver,
  TypeSpec,
  defineMembers,
} from "./request";

export interface RecordOwner {
  alive(): boolean;
  /** Throws (AccessDenied) when edits are not allowed, e.g. the sheet is protected. */
  requireEditable(x: Execution, location: string): void;
}

export interface RecordEntity {
  readonly rec: Rec;
  readonly owner: RecordOwner;
}

export interface FieldSpec {
  readonly api?: string;
  readonly readOnly?: boolean;
  /** Checks and normalizes a written value (throws InvalidArgument through `fail`). */
  validate?(value: unknown, location: string, rec: Rec): unknown;
}

export interface RecordNav {
  type(): TypeSpec;
  pick(rec: Rec): Rec;
  make(parent: ClientObject): ClientObject;
  readonly api?: string;
}

export function recordSpec(
  name: string,
  fields: Record<string, FieldSpec>,
  navs: Record<string, RecordNav> = {}
): TypeSpec {
  const props: Record<string, PropSpec> = {};
  for (const [field, f] of Object.entries(fields)) {
    props[field] = {
      api: f.api,
      get: (e: RecordEntity) => clone(e.rec[field]),
      set: f.readOnly
        ? undefined
        : (e: RecordEntity, value: unknown, x: Execution) => {
            const location = `${name}.${field}`;
            e.owner.requireEditable(x, location);
            e.rec[field] = f.validate ? f.validate(value, location, e.rec) : clone(value);
          },
    };
  }
  const navSpecs: Record<string, NavSpec> = {};
  for (const [nav, n] of Object.entries(navs))
    navSpecs[nav] = { api: n.api, type: n.type, create: n.make };
  return {
    name,
    props,
    navs: navSpecs,
    alive: (e: RecordEntity) => e.owner.alive(),
  };
}

type ObjectClass = new (
  ctx: RequestContext,
  parent: ClientObject,
  spec: TypeSpec,
  resolver: Resolver | null,
  options?: ObjectOptions
) => ClientObject;

const classes = new WeakMap<TypeSpec, ObjectClass>();

/** Registers a hand-written class (one with methods) for a record spec. */
export function registerRecordClass(spec: TypeSpec, cls: ObjectClass): void {
  defineMembers(cls, spec);
  classes.set(spec, cls);
}

/** The proxy class for a record spec: the registered one, or a generic one with its members. */
export function classFor(spec: TypeSpec): ObjectClass {
  let cls = classes.get(spec);
  if (!cls) {
    cls = class extends ClientObject {};
    Object.defineProperty(cls, "name", { value: spec.name });
    registerRecordClass(spec, cls);
  }
  return cls;
}

/** A navigation property whose object is the record nested under `field`. */
export function nested(type: () => TypeSpec, field: string, api?: string): RecordNav {
  const pick = (rec: Rec) => rec[field] as Rec;
  return {
    api,
    type,
    pick,
    make: (parent) => {
      const spec = type();
      const cls = classFor(spec);
      return new cls(parent._context, parent, spec, (e: RecordEntity) => ({
        rec: pick(e.rec),
        owner: e.owner,
      }));
    },
  };
}

/** Validators shared by the record types. */
export const check = {
  boolean(value: unknown, location: string): boolean {
    if (typeof value !== "boolean") fail("InvalidArgument", location, "Expected true or false.");
    return value;
  },
  number(value: unknown, location: string): number {
    if (typeof value !== "number" || !Number.isFinite(value))
      fail("InvalidArgument", location, "Expected a number.");
    return value;
  },
  string(value: unknown, location: string): string {
    if (typeof value !== "string") fail("InvalidArgument", location, "Expected a string.");
    return value;
  },
  oneOf(values: readonly string[]) {
    return (value: unknown, location: string): string => {
      const hit = values.find(
        (v) => typeof value === "string" && v.toLowerCase() === value.toLowerCase()
      );
      if (hit === undefined)
        fail("InvalidArgument", location, `'${String(value)}' is not one of ${values.join(", ")}.`);
      return hit;
    };
  },
};
