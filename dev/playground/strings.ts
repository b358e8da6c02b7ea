/** The playground's own words (the task pane brings its own). Chinese by default, ?lang=en-US for English. */
const zhCN = {
  title: "对标 Duibiao 体验版",
  subtitle: "左边是模拟的 Excel 工作簿，右边是真实的任务窗格",
  open: "打开工作簿（.xlsx）",
  download: "下载工作簿",
  loading: "正在打开示例工作簿…",
  workbook: "工作簿",
  sheets: "工作表",
  pane: "对标任务窗格",
  formulaBar: "编辑栏",
  address: "单元格",
  formula: "公式或值",
  gridKeys: "用方向键选择单元格",
  notAWorkbook: "无法打开「{file}」：不是有效的 .xlsx 工作簿。当前工作簿未作改动。",
  cannotEmulate:
    "无法打开「{file}」：模拟的 Excel 算不了其中的公式（{reason}）。当前工作簿未作改动。",
  opened: "已打开「{file}」",
  downloadFailed: "无法生成下载文件：{reason}",
  truncated: "只显示前 {rows} 行",
};

export type PlaygroundStrings = Record<keyof typeof zhCN, string>;

const enUS: PlaygroundStrings = {
  title: "Duibiao playground",
  subtitle: "An emulated Excel workbook on the left, the real task pane on the right",
  open: "Open a workbook (.xlsx)",
  download: "Download workbook",
  loading: "Opening the sample workbook…",
  workbook: "Workbook",
  sheets: "Sheets",
  pane: "Duibiao task pane",
  formulaBar: "Formula bar",
  address: "Cell",
  formula: "Formula or value",
  gridKeys: "arrow keys select a cell",
  notAWorkbook:
    'Could not open "{file}": it is not a valid .xlsx workbook. The current workbook is unchanged.',
  cannotEmulate:
    'Could not open "{file}": the emulated Excel cannot compute a formula in it ({reason}). The current workbook is unchanged.',
  opened: 'Opened "{file}"',
  downloadFailed: "Could not make the download: {reason}",
  truncated: "Showing the first {rows} rows",
};

export const PLAYGROUND_STRINGS: Record<"zh-CN" | "en-US", PlaygroundStrings> = {
  "zh-CN": zhCN,
  "en-US": enUS,
};
