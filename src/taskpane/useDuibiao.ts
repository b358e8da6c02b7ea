import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import {
  DEFAULT_SETTINGS,
  DuibiaoSettings,
  HostError,
  HostErrorCode,
  RefreshResult,
  RefreshStep,
  ScanResult,
  WorkbookHost,
} from "../core/host";
import type { RoleOverride } from "../core/read-table";

/** What the pane is doing: reading settings and tables, reading tables again, idle, or refreshing. */
export type Phase = "loading" | "scanning" | "ready" | "refreshing";

/** Which user action a failure interrupted; the pane titles its message bar with it. */
export type FailedAction = "scan" | "refresh" | "save" | "navigate" | "mark";

/**
 * A failure to show the user. `code` is set when the host raised a {@link HostError}, whose
 * `message` is already in the user's language; otherwise `message` is the raw error text.
 * `detail` is the host's technical note, shown only when the user opens "详细信息 / Details".
 */
export interface Failure {
  readonly id: number;
  readonly action: FailedAction;
  readonly code: HostErrorCode | null;
  readonly message: string;
  readonly detail: string | null;
}

export interface DuibiaoState {
  readonly phase: Phase;
  readonly settings: DuibiaoSettings;
  /** The last scan, or null before the first one succeeds. */
  readonly scan: ScanResult | null;
  /** The refresh step under way, while refreshing. */
  readonly step: RefreshStep | null;
  /** The last successful refresh, or null. */
  readonly result: RefreshResult | null;
  readonly failures: readonly Failure[];
}

type Action =
  | { type: "scanStart"; phase: "loading" | "scanning" }
  | { type: "scanned"; settings: DuibiaoSettings; scan: ScanResult }
  | { type: "settings"; settings: DuibiaoSettings }
  | { type: "refreshStart" }
  | { type: "step"; step: RefreshStep }
  | { type: "refreshed"; result: RefreshResult }
  | { type: "refreshCancelled" }
  | { type: "failed"; failure: Failure }
  | { type: "dismiss"; id: number };

export const INITIAL_STATE: DuibiaoState = {
  phase: "loading",
  settings: DEFAULT_SETTINGS,
  scan: null,
  step: null,
  result: null,
  failures: [],
};

/** Failures other than those of `action`: trying an action again clears its own old failures. */
function otherFailures(state: DuibiaoState, action: FailedAction): readonly Failure[] {
  return state.failures.filter((f) => f.action !== action);
}

/** The pane's state machine; every transition the pane can make is one action here. */
export function duibiaoReducer(state: DuibiaoState, action: Action): DuibiaoState {
  switch (action.type) {
    case "scanStart":
      return { ...state, phase: action.phase, failures: otherFailures(state, "scan") };
    case "scanned":
      return { ...state, phase: "ready", settings: action.settings, scan: action.scan };
    case "settings":
      return { ...state, settings: action.settings };
    case "refreshStart":
      return {
        ...state,
        phase: "refreshing",
        step: null,
        failures: otherFailures(state, "refresh"),
      };
    case "step":
      return state.phase === "refreshing" ? { ...state, step: action.step } : state;
    case "refreshed":
      return { ...state, phase: "ready", step: null, result: action.result };
    case "refreshCancelled":
      // The user stopped it: back to where the refresh started, the last result kept.
      return { ...state, phase: "ready", step: null };
    case "failed": {
      // A failed save or jump leaves whatever was under way running; a failed scan or refresh ends it.
      const ends = action.failure.action === "scan" || action.failure.action === "refresh";
      return {
        ...state,
        phase: ends ? "ready" : state.phase,
        step: ends ? null : state.step,
        failures: [...state.failures, action.failure],
      };
    }
    case "dismiss":
      return { ...state, failures: state.failures.filter((f) => f.id !== action.id) };
  }
}

let nextFailureId = 1;

/** Turns anything thrown into a {@link Failure}; a HostError keeps its code and localised message. */
export function toFailure(action: FailedAction, error: unknown): Failure {
  const id = nextFailureId++;
  if (error instanceof HostError)
    return { id, action, code: error.code, message: error.message, detail: error.detail ?? null };
  const message = error instanceof Error ? error.message : String(error);
  return { id, action, code: null, message, detail: null };
}

/** Settings from the workbook, completed with defaults for anything an older version did not save. */
function withDefaults(saved: DuibiaoSettings | null): DuibiaoSettings {
  return saved ? { ...DEFAULT_SETTINGS, ...saved } : DEFAULT_SETTINGS;
}

export interface DuibiaoActions {
  /** Reads the tables again (and the saved settings, if they could not be read before). */
  rescan(): Promise<void>;
  /** Applies a change to the settings and saves them in the workbook. */
  updateSettings(
    change: Partial<Omit<DuibiaoSettings, "overrides" | "tableRanges">>
  ): Promise<void>;
  /**
   * Marks the user's selection: as a score table ("table"), or its first column as the unit
   * column ("unitColumn"); saves, and reads the tables again.
   */
  markSelection(as: "table" | "unitColumn"): Promise<void>;
  /** Forgets the tables marked on a sheet and its unit column, saves, and reads again. */
  clearMarks(sheet: string): Promise<void>;
  /** Sets (or, with null, removes) a column's role on a sheet, saves, and reads the tables again. */
  setOverride(sheet: string, letter: string, role: RoleOverride | null): Promise<void>;
  refresh(): Promise<void>;
  selectCell(sheet: string, cell: string): Promise<void>;
  activateSheet(sheet: string): Promise<void>;
  dismiss(id: number): void;
}

/**
 * The pane's behaviour over a {@link WorkbookHost}: on open, load the saved settings (defaults on
 * first run) and scan; then edit and save settings, refresh with progress, and jump to cells and
 * sheets. Every failure becomes a {@link Failure} in the state; nothing is swallowed.
 */
export function useDuibiao(host: WorkbookHost): [DuibiaoState, DuibiaoActions] {
  const [state, dispatch] = useReducer(duibiaoReducer, INITIAL_STATE);
  // The latest settings and phase, for actions that run after a re-render has not happened yet
  // (a threshold committed on blur just before the refresh button's click).
  const settingsRef = useRef<DuibiaoSettings>(DEFAULT_SETTINGS);
  const settingsLoaded = useRef(false);
  const busy = useRef(false);
  const scanTicket = useRef(0);
  const saving = useRef<Promise<unknown>>(Promise.resolve());

  const fail = useCallback((action: FailedAction, error: unknown) => {
    dispatch({ type: "failed", failure: toFailure(action, error) });
  }, []);

  const scan = useCallback(
    async (phase: "loading" | "scanning") => {
      const ticket = ++scanTicket.current;
      dispatch({ type: "scanStart", phase });
      try {
        if (!settingsLoaded.current) {
          settingsRef.current = withDefaults(await host.loadSettings());
          settingsLoaded.current = true;
        }
        const result = await host.scan(settingsRef.current);
        // A newer scan (after another override) has started: its answer is the one to show.
        if (ticket !== scanTicket.current) return;
        dispatch({ type: "scanned", settings: settingsRef.current, scan: result });
      } catch (error) {
        if (ticket === scanTicket.current) fail("scan", error);
      }
    },
    [host, fail]
  );

  useEffect(() => {
    void scan("loading");
  }, [scan]);

  const save = useCallback(
    (settings: DuibiaoSettings): Promise<void> => {
      settingsRef.current = settings;
      dispatch({ type: "settings", settings });
      // Saves run one after another, so the workbook ends with the last settings chosen.
      const saved = saving.current.then(() => host.saveSettings(settings));
      saving.current = saved.catch(() => undefined);
      return saved.catch((error: unknown) => fail("save", error));
    },
    [host, fail]
  );

  const actions = useMemo<DuibiaoActions>(
    () => ({
      rescan: () => scan(settingsLoaded.current ? "scanning" : "loading"),
      updateSettings: (change) => save({ ...settingsRef.current, ...change }),
      async setOverride(sheet, letter, role) {
        const current = settingsRef.current;
        const forSheet = { ...current.overrides[sheet] };
        if (role === null) delete forSheet[letter];
        else forSheet[letter] = role;
        const overrides = { ...current.overrides, [sheet]: forSheet };
        if (Object.keys(forSheet).length === 0) delete overrides[sheet];
        await save({ ...current, overrides });
        await scan("scanning");
      },
      async markSelection(as) {
        let selection: { sheet: string; address: string } | null;
        try {
          selection = await host.getSelection();
        } catch (error) {
          fail("mark", error);
          return;
        }
        if (!selection) return;
        const { sheet, address } = selection;
        const current = settingsRef.current;
        if (as === "table") {
          const ranges = [
            ...(current.tableRanges[sheet] ?? []).filter((r) => r !== address),
            address,
          ];
          await save({ ...current, tableRanges: { ...current.tableRanges, [sheet]: ranges } });
        } else {
          const letter = /^[A-Z]+/.exec(address)?.[0];
          if (!letter) return;
          const forSheet = Object.fromEntries(
            Object.entries(current.overrides[sheet] ?? {}).filter(([, role]) => role !== "name")
          );
          forSheet[letter] = "name";
          await save({ ...current, overrides: { ...current.overrides, [sheet]: forSheet } });
        }
        await scan("scanning");
      },
      async clearMarks(sheet) {
        const current = settingsRef.current;
        const tableRanges = { ...current.tableRanges };
        delete tableRanges[sheet];
        const forSheet = Object.fromEntries(
          Object.entries(current.overrides[sheet] ?? {}).filter(([, role]) => role !== "name")
        );
        const overrides = { ...current.overrides, [sheet]: forSheet };
        if (Object.keys(forSheet).length === 0) delete overrides[sheet];
        await save({ ...current, tableRanges, overrides });
        await scan("scanning");
      },
      async refresh() {
        if (busy.current) return;
        busy.current = true;
        dispatch({ type: "refreshStart" });
        try {
          const result = await host.refresh(settingsRef.current, (step) =>
            dispatch({ type: "step", step })
          );
          dispatch({ type: "refreshed", result });
        } catch (error) {
          if (error instanceof HostError && error.code === "cancelled")
            dispatch({ type: "refreshCancelled" });
          else fail("refresh", error);
        } finally {
          busy.current = false;
        }
      },
      async selectCell(sheet, cell) {
        try {
          await (cell === "" ? host.activateSheet(sheet) : host.selectCell(sheet, cell));
        } catch (error) {
          fail("navigate", error);
        }
      },
      async activateSheet(sheet) {
        try {
          await host.activateSheet(sheet);
        } catch (error) {
          fail("navigate", error);
        }
      },
      dismiss: (id) => dispatch({ type: "dismiss", id }),
    }),
    [host, scan, save, fail]
  );

  return [state, actions];
}
