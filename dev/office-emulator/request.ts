/**
 * The batch model of office-js, emulated: proxy objects queue operations; `context.sync()` runs
 * the queue in order and only then fills what was loaded. Reading anything not loaded-and-synced
 * throws `PropertyNotLoaded`, as the real runtime does.
 *
 * Like office-js, creating a proxy (`getItem`, `getRange`, even `range.format`) queues an
 * "instantiate" operation, so `worksheets.getItem("missing")` fails the next sync even if the
 * object is never used, and `worksheets.add(name)` happens at its place in the queue.
 */
import { Fault, OfficeExtensionError, fail, notEmulated, propertyNotLoaded } from "./errors";
import type { Requirements } from "./requirements";
import type { WorkbookState } from "./workbook-state";

/** One operation as it would travel in the request body; its JSON size is what is counted. */
export interface OpInfo {
  /** Action type: Instantiate, SetProperty, Method, Query. */
  readonly T: string;
  /** The object's path id. */
  readonly O: number;
  readonly P?: number;
  readonly N?: string;
  readonly A?: unknown[];
}

export interface Op {
  readonly info: OpInfo;
  readonly target: ClientObject;
  run(x: Execution): void;
}

/** What the request layer needs from the emulator. */
export interface Host {
  readonly state: WorkbookState;
  readonly requirements: Requirements;
  readonly responseLimitBytes: number;
  sync<T>(context: RequestContext, passThrough: T, finalOfRun: boolean): Promise<T>;
}

/** The state of one request while it runs. */
export class Execution {
  /** Applied only when the whole request succeeded (load results, ClientResult values). */
  readonly onSuccess: (() => void)[] = [];
  /** Objects bound to an entity during this request; unbound again if it fails. */
  readonly bound: ClientObject[] = [];
  responseBytes = 0;

  constructor(readonly host: Host) {}

  get state(): WorkbookState {
    return this.host.state;
  }

  /** Counts a value into the response; fails like Excel on the web past its limit. */
  respond(value: unknown, location: string): void {
    this.responseBytes += jsonBytes(value);
    if (this.responseBytes > this.host.responseLimitBytes)
      fail(
        "ResponsePayloadSizeLimitExceeded",
        location,
        `The response would be ${this.responseBytes} bytes; the limit is ${this.host.responseLimitBytes}.`
      );
  }
}

/** UTF-8 length of the JSON text of `value`. */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

// ---- type descriptions ----------------------------------------------------------------------

// Entities are `any` here: each class below knows its own entity type.
export interface PropSpec {
  get?(entity: any, x: Execution, self: ClientObject): unknown;
  set?(entity: any, value: unknown, x: Execution, self: ClientObject): void;
  /** ExcelApi version that introduced the property. */
  readonly api?: string;
  /** Left out of a `load()` without arguments (office-js does this for a few heavy properties). */
  readonly explicit?: boolean;
}

export interface NavSpec {
  create(parent: ClientObject): ClientObject;
  /** The class the property returns (a function: the specs refer to each other). */
  type(): TypeSpec;
  readonly api?: string;
}

export interface ItemsSpec {
  list(entity: any, x: Execution): unknown[];
  make(parent: ClientObject, entity: unknown, index: number): ClientObject;
  itemType(): TypeSpec;
}

export interface TypeSpec {
  /** The office-js class name, e.g. "Range". */
  readonly name: string;
  readonly props: Record<string, PropSpec>;
  readonly navs: Record<string, NavSpec>;
  readonly items?: ItemsSpec;
  /** False when the entity was deleted: using the object then fails with ItemNotFound. */
  alive?(entity: any): boolean;
  /** Ranges become invalid after the request outside `Excel.run` unless tracked. */
  readonly rangeLike?: boolean;
}

export type Resolver = (parentEntity: any, x: Execution) => unknown;

// ---- loading --------------------------------------------------------------------------------

interface LoadPlan {
  all: boolean;
  props: Set<string>;
  navs: Map<string, LoadPlan>;
  items?: LoadPlan;
}

function emptyPlan(all = false): LoadPlan {
  return { all, props: new Set(), navs: new Map() };
}

function addPath(plan: LoadPlan, spec: TypeSpec, path: string[], requirements: Requirements): void {
  const [head, ...rest] = path;
  if (spec.items) {
    const itemPlan = (plan.items ??= emptyPlan());
    if (head === "items") {
      if (rest.length === 0) itemPlan.all = true;
      else addPath(itemPlan, spec.items.itemType(), rest, requirements);
    } else addPath(itemPlan, spec.items.itemType(), path, requirements);
    return;
  }
  if (head in spec.props) {
    if (rest.length > 0) throw notEmulated(spec.name, path.join("/"));
    requirements.require(`${spec.name}.${head}`, spec.props[head].api);
    plan.props.add(head);
    return;
  }
  if (head in spec.navs) {
    requirements.require(`${spec.name}.${head}`, spec.navs[head].api);
    let child = plan.navs.get(head);
    if (!child) plan.navs.set(head, (child = emptyPlan()));
    if (rest.length === 0) child.all = true;
    else addPath(child, spec.navs[head].type(), rest, requirements);
    return;
  }
  throw notEmulated(spec.name, head);
}

type LoadOption =
  | string
  | string[]
  | { select?: string | string[]; expand?: string | string[]; [key: string]: unknown }
  | undefined;

function splitList(list: string | string[] | undefined): string[] {
  if (list === undefined) return [];
  const parts = Array.isArray(list) ? list : list.split(",");
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

/** Paths from a typed load-options object; `$all` on a nested object loads that object whole. */
function optionPaths(option: Record<string, unknown>, prefix: string): string[] {
  const paths: string[] = [];
  if (option.$all === true && prefix) paths.push(prefix.slice(0, -1));
  for (const [key, value] of Object.entries(option)) {
    if (key.startsWith("$")) continue;
    if (value === true) paths.push(`${prefix}${key}`);
    else if (typeof value === "object" && value !== null)
      paths.push(...optionPaths(value as Record<string, unknown>, `${prefix}${key}/`));
  }
  return paths;
}

export function parseLoad(
  spec: TypeSpec,
  option: LoadOption,
  requirements: Requirements
): LoadPlan {
  const plan = emptyPlan();
  let paths: string[];
  let expands: string[] = [];
  if (option === undefined || option === null) paths = [];
  else if (typeof option === "string" || Array.isArray(option)) paths = splitList(option);
  else if ("select" in option || "expand" in option) {
    paths = splitList(option.select);
    expands = splitList(option.expand);
  } else {
    // Typed load options: { values: true, format: { font: { bold: true } }, $all: true }.
    paths = optionPaths(option, "");
    if (paths.length === 0) {
      if (spec.items) plan.items = emptyPlan(option.$all === true);
      else plan.all = option.$all === true;
      return plan;
    }
  }
  if (paths.length === 0 && expands.length === 0) {
    if (spec.items) plan.items = emptyPlan(true);
    else plan.all = true;
    return plan;
  }
  for (const p of paths) addPath(plan, spec, p.split("/"), requirements);
  for (const e of expands) addPath(plan, spec, e.split("/"), requirements);
  if (typeof option === "object" && !Array.isArray(option) && option.$all === true) {
    if (spec.items) (plan.items ??= emptyPlan()).all = true;
    else plan.all = true;
  }
  return plan;
}

interface Snapshot {
  isNull: boolean;
  props: Map<string, unknown>;
  navs: Map<string, Snapshot>;
  items?: { item: ClientObject; snap: Snapshot }[];
}

function copy<T>(value: T): T {
  return value === undefined || value === null || typeof value !== "object"
    ? value
    : (JSON.parse(JSON.stringify(value)) as T);
}

function takeSnapshot(
  obj: ClientObject,
  spec: TypeSpec,
  entity: unknown,
  plan: LoadPlan,
  x: Execution
): Snapshot {
  const snap: Snapshot = { isNull: entity === null, props: new Map(), navs: new Map() };
  if (entity === null) return snap;
  const names = plan.all
    ? Object.keys(spec.props).filter((p) => !spec.props[p].explicit && spec.props[p].get)
    : [...plan.props];
  for (const name of names) {
    const prop = spec.props[name];
    if (!prop.get) throw notEmulated(spec.name, name);
    if (prop.api && !x.host.requirements.isSetSupported("ExcelApi", prop.api)) continue;
    const value = copy(prop.get(entity, x, obj));
    x.respond(value, `${spec.name}.${name}`);
    snap.props.set(name, value);
  }
  for (const [nav, childPlan] of plan.navs) {
    const child = obj._quietNav(nav);
    snap.navs.set(nav, takeSnapshot(child, child._spec, child._resolve(x), childPlan, x));
  }
  const items = spec.items;
  const itemPlan = plan.items;
  if (items && itemPlan) {
    snap.items = items.list(entity, x).map((e, i) => {
      const item = obj._context._quietly(() => items.make(obj, e, i));
      return { item, snap: takeSnapshot(item, item._spec, e, itemPlan, x) };
    });
  }
  return snap;
}

function applySnapshot(obj: ClientObject, snap: Snapshot): void {
  obj._isNull = snap.isNull;
  for (const [k, v] of snap.props) obj._loaded.set(k, v);
  for (const [nav, s] of snap.navs) applySnapshot(obj._quietNav(nav), s);
  if (snap.items) {
    obj._items = snap.items.map(({ item, snap: s }) => {
      applySnapshot(item, s);
      return item;
    });
  }
}

// ---- proxies --------------------------------------------------------------------------------

let nextPathId = 1;

/** Names a probe (jest, util.inspect, await) may look up on any object without it being an API. */
const PROBES = new Set([
  "then",
  "toJSON",
  "constructor",
  "nodeType",
  "tagName",
  "nodeName",
  "asymmetricMatch",
  "inspect",
  "toString",
  "valueOf",
  "toLocaleString",
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "length",
  "prototype",
]);

/**
 * Wraps a proxy so that touching a member the emulator does not implement throws `NotEmulated`
 * instead of quietly yielding `undefined` (or quietly storing a value that Excel never sees).
 */
function strict<T extends ClientObject>(obj: T): T {
  return new Proxy(obj, {
    get(target, prop, receiver) {
      if (
        typeof prop === "string" &&
        !(prop in target) &&
        /^[a-z][A-Za-z0-9]*$/.test(prop) &&
        !PROBES.has(prop)
      )
        throw notEmulated(target._spec.name, prop);
      return Reflect.get(target, prop, receiver);
    },
    set(target, prop, value, receiver) {
      if (typeof prop === "string" && !(prop in target) && !prop.startsWith("_"))
        throw notEmulated(target._spec.name, prop);
      return Reflect.set(target, prop, value, receiver);
    },
  });
}

export interface ObjectOptions {
  /** Already bound (an item from a loaded collection): no instantiate operation. */
  readonly bound?: { entity: unknown };
  readonly method?: string;
  readonly args?: unknown[];
}

/** Base of every emulated API object (`OfficeExtension.ClientObject`). */
export class ClientObject {
  readonly _context: RequestContext;
  readonly _parent: ClientObject | null;
  readonly _spec: TypeSpec;
  readonly _resolver: Resolver | null;
  readonly _id = nextPathId++;
  _binding: { entity: unknown } | undefined;
  _isNull: boolean | undefined;
  readonly _loaded = new Map<string, unknown>();
  readonly _children = new Map<string, ClientObject>();
  _items: ClientObject[] | undefined;
  _invalid = false;
  _tracked = false;

  constructor(
    context: RequestContext,
    parent: ClientObject | null,
    spec: TypeSpec,
    resolver: Resolver | null,
    options: ObjectOptions = {}
  ) {
    this._context = context;
    this._parent = parent;
    this._spec = spec;
    this._resolver = resolver;
    if (options.bound) {
      this._binding = options.bound;
      this._isNull = options.bound.entity === null;
    } else if (!context._isQuiet()) {
      const info: OpInfo = {
        T: "Instantiate",
        O: this._id,
        P: parent?._id,
        N: options.method ?? "",
        A: options.args?.map(argInfo),
      };
      const self = this;
      context._queue({
        info,
        target: this,
        run(x) {
          const entity = self._resolve(x);
          x.onSuccess.push(() => {
            self._isNull = entity === null;
          });
        },
      });
    }
    if (spec.rangeLike) context._rangeLike.push(this);
    return strict(this);
  }

  get context(): RequestContext {
    return this._context;
  }

  /** `isNullObject`: known once a sync has instantiated or loaded the object. */
  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded(this._spec.name, "isNullObject");
    return this._isNull;
  }

  /** The entity this object stands for, computed on first use in a request. */
  _resolve(x: Execution): unknown {
    if (this._binding) {
      const e = this._binding.entity;
      if (e !== null && this._spec.alive && !this._spec.alive(e))
        fail("ItemNotFound", this._spec.name, `This ${this._spec.name} no longer exists.`);
      return e;
    }
    let parentEntity: unknown = null;
    if (this._parent) {
      parentEntity = this._parent._resolve(x);
      if (parentEntity === null) return this._bind(null, x);
    }
    const entity = this._resolver ? this._resolver(parentEntity, x) : parentEntity;
    return this._bind(entity, x);
  }

  private _bind(entity: unknown, x: Execution): unknown {
    this._binding = { entity };
    x.bound.push(this);
    return entity;
  }

  _read(name: string): unknown {
    if (this._isNull === true) return undefined;
    if (!this._loaded.has(name)) throw propertyNotLoaded(this._spec.name, name);
    return this._loaded.get(name);
  }

  _requireApi(member: string, version: string | undefined): void {
    this._context._host.requirements.require(`${this._spec.name}.${member}`, version);
  }

  /** A property write: echoed locally (as office-js does) and queued. */
  _write(name: string, value: unknown): void {
    const prop = this._spec.props[name];
    this._loaded.set(name, value);
    const self = this;
    this._queueOp("SetProperty", name, [value], (entity, x) => {
      (prop.set as NonNullable<PropSpec["set"]>)(entity, value, x, self);
    });
  }

  /** Queues an operation on this object; `fn` runs against the entity unless it is null. */
  _queueOp(
    type: string,
    name: string,
    args: unknown[],
    fn: (entity: unknown, x: Execution) => void
  ): void {
    const self = this;
    this._context._queue({
      info: { T: type, O: this._id, N: name, A: args.map(argInfo) },
      target: this,
      run(x) {
        for (const a of args) if (a instanceof ClientObject) a._resolve(x);
        const entity = self._resolve(x);
        if (entity !== null) fn(entity, x);
      },
    });
    for (const a of args) if (a instanceof ClientObject) this._context._checkArgument(a);
  }

  /** A method returning nothing. */
  _call(name: string, args: unknown[], fn: (entity: unknown, x: Execution) => void): void {
    this._queueOp("Method", name, args, fn);
  }

  /** A method returning a primitive: its `.value` is readable after the sync. */
  _callResult<T>(
    name: string,
    args: unknown[],
    fn: (entity: unknown, x: Execution) => T
  ): ClientResult<T> {
    const result = new ClientResult<T>();
    this._queueOp("Method", name, args, (entity, x) => {
      const value = fn(entity, x);
      x.respond(value, `${this._spec.name}.${name}`);
      x.onSuccess.push(() => result._set(value));
    });
    return result;
  }

  /** A navigation property object, created (and instantiated) once. */
  _nav<T extends ClientObject>(name: string): T {
    let child = this._children.get(name);
    if (!child) {
      child = this._spec.navs[name].create(this);
      this._children.set(name, child);
    }
    return child as T;
  }

  /** The same, without queuing anything: used while running or applying a request. */
  _quietNav(name: string): ClientObject {
    return this._context._quietly(() => this._nav(name));
  }

  load(option?: LoadOption): this {
    const plan = parseLoad(this._spec, option, this._context._host.requirements);
    const self = this;
    this._context._queue({
      info: { T: "Query", O: this._id, A: [option ?? null] },
      target: this,
      run(x) {
        const entity = self._resolve(x);
        const snap = takeSnapshot(self, self._spec, entity, plan, x);
        x.onSuccess.push(() => applySnapshot(self, snap));
      },
    });
    return this;
  }

  /** `set(properties)`: assigns scalar properties and recurses into navigation properties. */
  set(properties: Record<string, unknown>, options?: { throwOnReadOnly?: boolean }): void {
    if (typeof properties !== "object" || properties === null)
      throw new OfficeExtensionError(
        "InvalidArgument",
        "set() needs an object.",
        `${this._spec.name}.set`
      );
    const target = this as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(properties)) {
      if (key in this._spec.navs) {
        (target[key] as ClientObject).set(value as Record<string, unknown>, options);
      } else if (this._spec.props[key]?.set) {
        target[key] = value;
      } else if (options?.throwOnReadOnly !== false) {
        throw new OfficeExtensionError(
          "InvalidArgument",
          `'${key}' cannot be set on ${this._spec.name}.`,
          `${this._spec.name}.set`
        );
      }
    }
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of this._loaded) out[k] = v;
    for (const [k, child] of this._children) {
      const json = child.toJSON();
      if (Object.keys(json).length > 0) out[k] = json;
    }
    if (this._items) out.items = this._items.map((i) => i.toJSON());
    return out;
  }

  track(): this {
    this._tracked = true;
    return this;
  }

  untrack(): this {
    this._tracked = false;
    return this;
  }

  /** True when this object or one it hangs from can no longer be used in a request. */
  _isInvalid(): boolean {
    for (let o: ClientObject | null = this; o; o = o._parent) if (o._invalid) return true;
    return false;
  }
}

function argInfo(arg: unknown): unknown {
  return arg instanceof ClientObject ? { O: arg._id } : arg;
}

/** Defines the properties of `spec` as accessors on a proxy class. */
export function defineMembers(cls: { prototype: object }, spec: TypeSpec): void {
  for (const [name, prop] of Object.entries(spec.props)) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      enumerable: true,
      get(this: ClientObject) {
        this._requireApi(name, prop.api);
        return this._read(name);
      },
      set: prop.set
        ? function (this: ClientObject, value: unknown) {
            this._requireApi(name, prop.api);
            this._write(name, value);
          }
        : undefined,
    });
  }
  for (const [name, nav] of Object.entries(spec.navs)) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      enumerable: true,
      get(this: ClientObject) {
        this._requireApi(name, nav.api);
        return this._nav(name);
      },
    });
  }
  if (spec.items) {
    Object.defineProperty(cls.prototype, "items", {
      configurable: true,
      enumerable: true,
      get(this: ClientObject) {
        if (this._isNull === true) return [];
        if (this._items === undefined) throw propertyNotLoaded(spec.name, "items");
        return this._items;
      },
    });
  }
}

/** `OfficeExtension.ClientResult`: `.value` throws until the sync that computes it is done. */
export class ClientResult<T> {
  private loaded = false;
  private result: T | undefined;

  get value(): T {
    if (!this.loaded)
      throw new OfficeExtensionError("ValueNotLoaded", undefined, "clientResult.value");
    return this.result as T;
  }

  _set(value: T): void {
    this.result = value;
    this.loaded = true;
  }
}

export interface ContextOptions {
  /** Excel.run contexts track ranges for the whole run; plain contexts do not. */
  readonly autoTrack: boolean;
  readonly delayForCellEdit?: boolean;
}

/** `Excel.RequestContext`. */
export class RequestContext {
  readonly _host: Host;
  _pending: Op[] = [];
  _rangeLike: ClientObject[] = [];
  _finished = false;
  readonly _autoTrack: boolean;
  readonly _delayForCellEdit: boolean;
  private quiet = 0;
  private root: ClientObject | undefined;
  readonly trackedObjects = {
    add: (objects: ClientObject | ClientObject[]) => {
      for (const o of Array.isArray(objects) ? objects : [objects]) o._tracked = true;
    },
    remove: (objects: ClientObject | ClientObject[]) => {
      for (const o of Array.isArray(objects) ? objects : [objects]) o._tracked = false;
    },
  };

  constructor(
    host: Host,
    options: ContextOptions,
    makeRoot: (ctx: RequestContext) => ClientObject
  ) {
    this._host = host;
    this._autoTrack = options.autoTrack;
    this._delayForCellEdit = options.delayForCellEdit ?? false;
    this.makeRoot = makeRoot;
  }

  private readonly makeRoot: (ctx: RequestContext) => ClientObject;

  get workbook(): ClientObject {
    return (this.root ??= this.makeRoot(this));
  }

  sync<T>(passThrough?: T): Promise<T> {
    return this._host.sync(this, passThrough as T, false);
  }

  _isQuiet(): boolean {
    return this.quiet > 0;
  }

  _quietly<T>(fn: () => T): T {
    this.quiet += 1;
    try {
      return fn();
    } finally {
      this.quiet -= 1;
    }
  }

  _queue(op: Op): void {
    if (this._finished)
      throw new OfficeExtensionError(
        "InvalidRequestContext",
        "This object belongs to an Excel.run that has finished; its operations would never be sent.",
        op.target._spec.name
      );
    if (op.target._isInvalid())
      throw new OfficeExtensionError(
        "InvalidObjectPath",
        `The ${op.target._spec.name} was used after the request it belonged to; track it with ` +
          `context.trackedObjects.add() or use Excel.run.`,
        op.target._spec.name
      );
    this._pending.push(op);
  }

  _checkArgument(arg: ClientObject): void {
    if (arg._context !== this)
      throw new OfficeExtensionError(
        "InvalidRequestContext",
        "Cannot use an object across different request contexts.",
        arg._spec.name
      );
    if (arg._isInvalid())
      throw new OfficeExtensionError("InvalidObjectPath", undefined, arg._spec.name);
  }

  /** After a request outside Excel.run: untracked ranges it used can no longer be used. */
  _afterRequest(ops: Op[]): void {
    if (this._autoTrack) return;
    for (const op of ops)
      for (let o: ClientObject | null = op.target; o; o = o._parent)
        if (o._spec.rangeLike && !o._tracked) o._invalid = true;
  }

  /** End of Excel.run: its automatically tracked ranges are released. */
  _finish(): void {
    this._finished = true;
    for (const o of this._rangeLike) if (!o._tracked) o._invalid = true;
  }
}

/** Turns a fault into the error `sync()` rejects with; anything else is an emulator bug. */
export function asOfficeError(e: unknown): unknown {
  if (e instanceof Fault) return new OfficeExtensionError(e.code, e.message, e.location);
  return e;
}
