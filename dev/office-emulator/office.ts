/**
 * The `Office` namespace as a task pane sees it in Excel: `onReady`, `context` (language,
 * theme, requirement sets, document settings, dialogs), `actions.associate` and `addin`. Calls
 * that reach outside the add-in (dialogs, task pane visibility) are recorded for tests.
 */
import { notEmulated } from "./errors";
import type { Requirements } from "./requirements";

export interface OfficeTheme {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
  isDarkTheme: boolean;
}

export const DEFAULT_THEME: OfficeTheme = {
  bodyBackgroundColor: "#FFFFFF",
  bodyForegroundColor: "#000000",
  controlBackgroundColor: "#FFFFFF",
  controlForegroundColor: "#000000",
  isDarkTheme: false,
};

export interface AsyncResult<T> {
  readonly status: "succeeded" | "failed";
  readonly value: T;
  readonly error?: { readonly name: string; readonly message: string; readonly code: number };
  readonly asyncContext?: unknown;
}

export interface DialogRecord {
  readonly url: string;
  readonly options: Record<string, unknown>;
  closed: boolean;
  /** Handlers the add-in registered, by event type. */
  readonly handlers: Map<string, ((arg: unknown) => void)[]>;
  /** Messages the add-in sent to the dialog with `messageChild`. */
  readonly sentToDialog: unknown[];
}

export interface ActionEventRecord {
  readonly action: string;
  completed: boolean;
  completedOptions?: unknown;
}

/** What the Office namespace needs from the emulator. */
export interface OfficeHost {
  readonly requirements: Requirements;
  displayLanguage: string;
  theme: OfficeTheme;
  readonly platform: string;
  readonly version: string;
  /** The persisted add-in settings (key → JSON text), shared with `workbook.settings`. */
  readonly settingsStore: Map<string, string>;
  failNextSettingsSave: string | null;
  readonly dialogs: DialogRecord[];
  readonly actions: Map<string, (event: unknown) => unknown>;
  readonly actionEvents: ActionEventRecord[];
  readonly taskpaneCalls: string[];
  startupBehavior: string;
  readonly visibilityHandlers: ((args: { visibilityMode: string }) => void)[];
}

const PROBES = new Set([
  "then",
  "toJSON",
  "constructor",
  "default",
  "length",
  "name",
  "prototype",
  "valueOf",
  "toString",
  "asymmetricMatch",
  "nodeType",
  "tagName",
  "inspect",
]);

/** Makes unknown members of a namespace object throw `NotEmulated` instead of being undefined. */
export function strictNamespace<T extends object>(name: string, target: T): T {
  return new Proxy(target, {
    get(t, prop, receiver) {
      if (
        typeof prop === "string" &&
        !(prop in t) &&
        /^[A-Za-z][A-Za-z0-9]*$/.test(prop) &&
        !PROBES.has(prop)
      )
        throw notEmulated(name, prop);
      return Reflect.get(t, prop, receiver);
    },
  });
}

function later(fn: () => void): void {
  void Promise.resolve().then(fn);
}

function succeeded<T>(value: T, asyncContext?: unknown): AsyncResult<T> {
  return { status: "succeeded", value, asyncContext };
}

function failed(
  code: number,
  name: string,
  message: string,
  asyncContext?: unknown
): AsyncResult<undefined> {
  return { status: "failed", value: undefined, error: { name, message, code }, asyncContext };
}

/** Splits the optional `options` argument from the callback, as every *Async method allows. */
function optionsAndCallback(
  a: unknown,
  b: unknown
): [Record<string, unknown>, ((r: never) => void) | undefined] {
  if (typeof a === "function") return [{}, a as (r: never) => void];
  return [(a as Record<string, unknown>) ?? {}, b as ((r: never) => void) | undefined];
}

function documentSettings(host: OfficeHost) {
  const load = () => new Map([...host.settingsStore].map(([k, v]) => [k, v]));
  let bag = load();
  const settings = {
    get(name: string): unknown {
      const text = bag.get(name);
      return text === undefined ? null : (JSON.parse(text) as unknown);
    },
    set(name: string, value: unknown): void {
      const text = JSON.stringify(value);
      if (text === undefined)
        throw new TypeError(`Office.Settings.set: '${name}' is not JSON-serializable.`);
      bag.set(name, text);
    },
    remove(name: string): void {
      bag.delete(name);
    },
    saveAsync(a?: unknown, b?: unknown): void {
      const [options, callback] = optionsAndCallback(a, b);
      later(() => {
        if (host.failNextSettingsSave !== null) {
          const message = host.failNextSettingsSave;
          host.failNextSettingsSave = null;
          callback?.(failed(5001, "Save Settings Error", message, options.asyncContext) as never);
          return;
        }
        host.settingsStore.clear();
        for (const [k, v] of bag) host.settingsStore.set(k, v);
        callback?.(succeeded(undefined, options.asyncContext) as never);
      });
    },
    refreshAsync(callback?: (r: AsyncResult<unknown>) => void): void {
      later(() => {
        bag = load();
        callback?.(succeeded(settings));
      });
    },
    addHandlerAsync(_type: string, _handler: unknown, a?: unknown, b?: unknown): void {
      const [options, callback] = optionsAndCallback(a, b);
      later(() => callback?.(succeeded(undefined, options.asyncContext) as never));
    },
    removeHandlerAsync(_type: string, a?: unknown, b?: unknown): void {
      const [options, callback] = optionsAndCallback(a, b);
      later(() => callback?.(succeeded(undefined, options.asyncContext) as never));
    },
  };
  return strictNamespace("Office.Settings", settings);
}

function displayDialogAsync(host: OfficeHost) {
  return (url: string, a?: unknown, b?: unknown): void => {
    const [options, callback] = optionsAndCallback(a, b);
    later(() => {
      if (typeof url !== "string" || !/^https:\/\//i.test(url)) {
        callback?.(
          failed(12003, "Display Dialog Error", "HTTPS is required.", options.asyncContext) as never
        );
        return;
      }
      if (host.dialogs.some((d) => !d.closed)) {
        callback?.(
          failed(
            12007,
            "Display Dialog Error",
            "Another dialog is already opened.",
            options.asyncContext
          ) as never
        );
        return;
      }
      const record: DialogRecord = {
        url,
        options,
        closed: false,
        handlers: new Map(),
        sentToDialog: [],
      };
      host.dialogs.push(record);
      const dialog = strictNamespace("Office.Dialog", {
        close(): void {
          record.closed = true;
        },
        addEventHandler(eventType: string, handler: (arg: unknown) => void): void {
          const list = record.handlers.get(eventType) ?? [];
          list.push(handler);
          record.handlers.set(eventType, list);
        },
        messageChild(message: unknown): void {
          record.sentToDialog.push(message);
        },
        sendMessage(message: unknown): void {
          record.sentToDialog.push(message);
        },
      });
      callback?.(succeeded(dialog, options.asyncContext) as never);
    });
  };
}

export function createOfficeNamespace(host: OfficeHost): object {
  const hostInfo = { host: "Excel", platform: host.platform };
  let initialize: ((reason: string) => void) | undefined;
  const context = strictNamespace("Office.context", {
    get displayLanguage() {
      return host.displayLanguage;
    },
    get contentLanguage() {
      return host.displayLanguage;
    },
    get officeTheme() {
      return { ...host.theme };
    },
    requirements: {
      isSetSupported: (name: string, minVersion?: string | number) =>
        host.requirements.isSetSupported(name, minVersion),
    },
    document: strictNamespace("Office.Document", {
      settings: documentSettings(host),
      url: "https://contoso.sharepoint.com/Book1.xlsx",
      mode: "ReadWrite",
    }),
    ui: strictNamespace("Office.UI", {
      displayDialogAsync: displayDialogAsync(host),
      messageParent: (message: unknown) => {
        throw notEmulated(
          "Office.UI",
          `messageParent(${JSON.stringify(message)}) from a task pane`
        );
      },
    }),
    host: "Excel",
    platform: host.platform,
    diagnostics: { host: "Excel", platform: host.platform, version: host.version },
  });
  const office = {
    HostType: {
      Word: "Word",
      Excel: "Excel",
      PowerPoint: "PowerPoint",
      Outlook: "Outlook",
      OneNote: "OneNote",
      Project: "Project",
      Access: "Access",
      Visio: "Visio",
    },
    PlatformType: {
      PC: "PC",
      OfficeOnline: "OfficeOnline",
      Mac: "Mac",
      iOS: "iOS",
      Android: "Android",
      Universal: "Universal",
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: {
      DialogMessageReceived: "dialogMessageReceived",
      DialogEventReceived: "dialogEventReceived",
      SettingsChanged: "settingsChanged",
      DocumentSelectionChanged: "documentSelectionChanged",
      OfficeThemeChanged: "officeThemeChanged",
    },
    StartupBehavior: { none: "None", load: "Load" },
    VisibilityMode: { hidden: "Hidden", taskpane: "Taskpane" },
    context,
    onReady(
      callback?: (info: { host: string; platform: string }) => void
    ): Promise<{ host: string; platform: string }> {
      return Promise.resolve().then(() => {
        callback?.({ ...hostInfo });
        return { ...hostInfo };
      });
    },
    get initialize() {
      return initialize;
    },
    set initialize(fn: ((reason: string) => void) | undefined) {
      initialize = fn;
      if (fn) later(() => fn("inserted"));
    },
    actions: strictNamespace("Office.actions", {
      associate(name: string, fn: (event: unknown) => unknown): void {
        host.actions.set(name, fn);
      },
    }),
    addin: strictNamespace("Office.addin", {
      showAsTaskpane(): Promise<void> {
        host.taskpaneCalls.push("show");
        for (const h of host.visibilityHandlers) h({ visibilityMode: "Taskpane" });
        return Promise.resolve();
      },
      hide(): Promise<void> {
        host.taskpaneCalls.push("hide");
        for (const h of host.visibilityHandlers) h({ visibilityMode: "Hidden" });
        return Promise.resolve();
      },
      onVisibilityModeChanged(
        handler: (args: { visibilityMode: string }) => void
      ): Promise<() => Promise<void>> {
        host.visibilityHandlers.push(handler);
        return Promise.resolve(() => {
          host.visibilityHandlers.splice(host.visibilityHandlers.indexOf(handler), 1);
          return Promise.resolve();
        });
      },
      setStartupBehavior(behavior: string): Promise<void> {
        host.startupBehavior = behavior;
        return Promise.resolve();
      },
      getStartupBehavior(): Promise<string> {
        return Promise.resolve(host.startupBehavior);
      },
    }),
  };
  return strictNamespace("Office", office);
}
