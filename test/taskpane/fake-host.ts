/**
 * A WorkbookHost made of jest mocks, and fixture tables built by code, for the pane's tests.
 * No office-js anywhere: the pane must work against any host.
 */
import {
  DuibiaoSettings,
  ProblemView,
  RefreshResult,
  RefreshStep,
  ScanResult,
  TableSummary,
  WorkbookHost,
} from "../../src/core/host";

export const CITIES = ["西安", "宝鸡", "汉中", "商洛", "安康", "杨凌示范区"];
export const COUNTIES = ["汉滨区", "平利县", "白河县", "石泉县", "旬阳县"];

export function problem(overrides: Partial<ProblemView> = {}): ProblemView {
  return {
    sheet: "县区2017Q3",
    cell: "D7",
    severity: "warning",
    message: "「交叉检查得分」的值「９８．２０」是文本，已按数值 98.2 计算",
    ...overrides,
  };
}

export function cityTable(overrides: Partial<TableSummary> = {}): TableSummary {
  return {
    id: "市级2017Q3",
    sheet: "市级2017Q3",
    period: "2017Q3",
    periodLabel: "2017年第三季度",
    level: "city",
    unitCount: CITIES.length,
    headerRow: 3,
    columns: [
      { letter: "A", header: "序号", role: "seq" },
      { letter: "B", header: "市（区）", role: "name" },
      { letter: "C", header: "交叉检查得分", role: "part" },
      { letter: "D", header: "八办两组得分", role: "part" },
      { letter: "E", header: "综合得分", role: "total" },
      { letter: "F", header: "排名", role: "rank" },
    ],
    problems: [],
    ...overrides,
  };
}

export function countyTable(overrides: Partial<TableSummary> = {}): TableSummary {
  return {
    id: "县区2017Q3",
    sheet: "县区2017Q3",
    period: "2017Q3",
    periodLabel: "2017年第三季度",
    level: "county",
    unitCount: 96,
    headerRow: 4,
    columns: [
      { letter: "B", header: "县（区）", role: "name" },
      { letter: "C", header: "所属市", role: "parent" },
      { letter: "D", header: "交叉检查得分", role: "part" },
      { letter: "E", header: "月通报得分（含加分）", role: "part" },
      { letter: "F", header: "其中：加分", role: "bonus" },
      { letter: "G", header: "总分", role: "total" },
    ],
    problems: [problem(), problem({ cell: "G9", severity: "error", message: "总分为空" })],
    ...overrides,
  };
}

export function scanResult(
  tables: readonly TableSummary[] = [cityTable(), countyTable()]
): ScanResult {
  return {
    tables,
    units: {
      city: CITIES,
      county: tables.length === 0 ? [] : COUNTIES,
      town: [],
      department: [],
      unknown: [],
    },
    problems: [],
  };
}

export function refreshResult(overrides: Partial<RefreshResult> = {}): RefreshResult {
  return {
    tables: [
      {
        id: "市级2017Q3",
        sheet: "市级2017Q3",
        outputSheet: "排名-市级2017Q3",
        unitCount: CITIES.length,
        own: {
          name: "安康",
          rank: 4,
          previousRank: 1,
          rankChange: -3,
          history: [
            { period: "2017Q1", label: "第一季度", rank: 2, fieldSize: 6 },
            { period: "2017Q2", label: "第二季度", rank: 1, fieldSize: 6 },
            { period: "2017Q3", label: "第三季度", rank: 4, fieldSize: 6 },
          ],
        },
      },
      {
        id: "县区2017Q3",
        sheet: "县区2017Q3",
        outputSheet: "排名-县区2017Q3",
        unitCount: 96,
        own: null,
      },
    ],
    comparisonSheets: ["对标-汉中"],
    historySheets: ["排名走势-市级"],
    cumulativeSheets: ["累计-2017年市级"],
    briefingSheet: "简报",
    problems: [problem({ sheet: "县区2017Q3", cell: "F12", message: "白河县 的加分为文本" })],
    ...overrides,
  };
}

export type FakeHost = { [K in keyof WorkbookHost]: jest.Mock & WorkbookHost[K] };

/** A host whose every method resolves at once; replace any mock to change a case. */
export function fakeHost(
  options: {
    saved?: DuibiaoSettings | null;
    scan?: ScanResult;
    result?: RefreshResult;
  } = {}
): FakeHost {
  const scan = options.scan ?? scanResult();
  const result = options.result ?? refreshResult();
  return {
    scan: jest.fn(async () => scan),
    refresh: jest.fn(async (_settings: DuibiaoSettings, onStep?: (step: RefreshStep) => void) => {
      for (const step of ["read", "analyse", "write", "done"] as const) onStep?.(step);
      return result;
    }),
    selectCell: jest.fn(async () => undefined),
    getSelection: jest.fn(async () => ({ sheet: "县区2017Q3", address: "B3:H40" })),
    activateSheet: jest.fn(async () => undefined),
    loadSettings: jest.fn(async () => options.saved ?? null),
    saveSettings: jest.fn(async () => undefined),
  } as FakeHost;
}

/** A promise the test settles by hand, to look at the pane while a host call is under way. */
export function deferred<T>(): {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
} {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
