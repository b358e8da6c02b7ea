/**
 * What a front end (the task pane, a ribbon command, the playground) asks of a workbook, as plain
 * data. The office-js adapter implements it; tests implement it with fakes. Nothing here calls Excel.
 */
import { CumulativeMethod } from "./cumulative";
import { RoleOverride } from "./read-table";
import { TieMethod } from "./rank";
import { Severity } from "./problems";

/** The user's choices, saved in the workbook so next quarter's refresh is one click. */
export interface DuibiaoSettings {
  /** The user's own unit, e.g. "安康"; null until chosen. */
  readonly ownUnit: string | null;
  /** Units to compare against, at any level, e.g. ["汉中", "商洛", "平利"]. */
  readonly benchmarks: readonly string[];
  readonly ties: TieMethod;
  /** The danger line: the bottom N ranks (后十位). */
  readonly bottomLine: number;
  /** The rank a bonus-dependent unit would fall past without its bonus (30名以后). */
  readonly bonusRankLine: number;
  /** The cumulative (year-to-date) ranking ranks the average of the periods' totals, or their sum. */
  readonly cumulativeBy: CumulativeMethod;
  /** Column-role overrides, by sheet name then column letter. */
  readonly overrides: Readonly<Record<string, Readonly<Record<string, RoleOverride>>>>;
  /** Areas the user marked as score tables ("A3:H40"), by sheet name. */
  readonly tableRanges: Readonly<Record<string, readonly string[]>>;
}

export const DEFAULT_SETTINGS: DuibiaoSettings = {
  ownUnit: null,
  benchmarks: [],
  ties: "competition",
  bottomLine: 10,
  bonusRankLine: 30,
  cumulativeBy: "average",
  overrides: {},
  tableRanges: {},
};

/** A problem as the pane lists it; clicking it selects `cell` on `sheet`. */
export interface ProblemView {
  readonly sheet: string;
  /** A1 address, or "" when not about one cell. */
  readonly cell: string;
  readonly severity: Severity;
  readonly message: string;
}

export type LevelKind = "city" | "county" | "town" | "department" | "unknown";

export interface TableSummary {
  readonly id: string;
  readonly sheet: string;
  /** "2017Q3"-style code, or null. */
  readonly period: string | null;
  /** The period in the user's language ("2017年第三季度"), or "". */
  readonly periodLabel: string;
  readonly level: LevelKind;
  readonly unitCount: number;
  /** 1-based, the last header row. */
  readonly headerRow: number;
  readonly columns: readonly {
    readonly letter: string;
    readonly header: string;
    readonly role: string;
  }[];
  readonly problems: readonly ProblemView[];
}

/** What the pane shows when it opens: the tables found and the units to choose settings from. */
export interface ScanResult {
  readonly tables: readonly TableSummary[];
  /** Problems about sheets rather than tables: where the reader could not tell a table. */
  readonly problems: readonly ProblemView[];
  /** Unit names per level (latest period's spelling), for the own-unit and benchmark pickers. */
  readonly units: Readonly<Record<LevelKind, readonly string[]>>;
}

export interface TableOutcome {
  readonly id: string;
  readonly sheet: string;
  readonly outputSheet: string;
  readonly unitCount: number;
  /** The own unit's place in this table, when it is there. */
  readonly own: {
    readonly name: string;
    readonly rank: number | null;
    readonly previousRank: number | null;
    readonly rankChange: number | null;
    /**
     * Its rank in each period of its level up to this table's, earliest first (this table's
     * last); empty when the level has a single period or the table has none.
     */
    readonly history: readonly RankPoint[];
  } | null;
}

/** One period's place in a rank history, for the pane's sparkline. */
export interface RankPoint {
  /** The report's spelling of the period ("2024-01", "2024Q1"). */
  readonly period: string;
  /** The period in the user's language, as short as the history allows ("1月", "2023年12月"). */
  readonly label: string;
  /** Null when the unit was not listed or not ranked that period. */
  readonly rank: number | null;
  /** How many units were ranked that period (the foot of the rank axis). */
  readonly fieldSize: number;
}

export interface RefreshResult {
  readonly tables: readonly TableOutcome[];
  readonly comparisonSheets: readonly string[];
  /** The rank history of each level with several periods (排名走势-县区 …). */
  readonly historySheets: readonly string[];
  /** The year-to-date ranking of each level and year (累计-2024年县区 …). */
  readonly cumulativeSheets: readonly string[];
  readonly briefingSheet: string | null;
  readonly problems: readonly ProblemView[];
}

export type RefreshStep = "read" | "analyse" | "write" | "done";

/** Why a host call failed; the pane shows `message`, already in the user's language. */
export type HostErrorCode =
  | "cellEditMode"
  | "protected"
  | "payloadTooLarge"
  | "nameClash"
  | "noTables"
  | "unsupported"
  /** The user stopped it (the web page's 取消): not a failure, nothing to report. */
  | "cancelled"
  /** A sheet or the workbook is past a cap of src/core/limits.ts; nothing was read or written. */
  | "tooLarge"
  | "unknown";

export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    message: string,
    /** The runtime's own error code (e.g. "InvalidOperationInCellEditMode"), when there was one. */
    readonly runtimeCode?: string,
    /**
     * The technical note behind the message (the runtime's code and words, the figures of a cap),
     * shown under "详细信息 / Details", never as the message.
     */
    readonly detail?: string
  ) {
    super(message);
    this.name = "HostError";
  }
}

export interface WorkbookHost {
  /** Reads the workbook and finds its score tables; writes nothing. */
  scan(settings: DuibiaoSettings): Promise<ScanResult>;
  /** Reads, analyses, then writes every output sheet in one batch. */
  refresh(settings: DuibiaoSettings, onStep?: (step: RefreshStep) => void): Promise<RefreshResult>;
  selectCell(sheet: string, cell: string): Promise<void>;
  /** The user's selection: its sheet and A1 address ("B3:B20"), or null when none can be read. */
  getSelection(): Promise<{ readonly sheet: string; readonly address: string } | null>;
  activateSheet(sheet: string): Promise<void>;
  /** Settings saved in this workbook, or null when it has none. */
  loadSettings(): Promise<DuibiaoSettings | null>;
  saveSettings(settings: DuibiaoSettings): Promise<void>;
}
