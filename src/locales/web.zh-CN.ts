/**
 * 网页版（src/web）的文字（简体中文，默认语言）。英文见 web.en-US.ts；`{name}` 由 src/core/i18n.ts 的
 * `fill()` 填入。`pane` 是任务窗格文字在网页上的改写：网页没有“刷新”，只有“生成”。
 */
import { PaneMessages, paneZhCN } from "./pane.zh-CN";

const pane: PaneMessages = {
  ...paneZhCN,
  tagline: "打开省里下发的考核表，一键生成本单位和各县区的排名、升降、对标差距和简报。",
  loading: "正在识别考核表…",
  empty: {
    ...paneZhCN.empty,
    body: "考核表要有一列单位名称（如“市州”“县（市、区）”“乡镇（街道）”“单位名称”）和若干得分列。表没有找到时，可在右边的预览中选中整张表，再在下面手工标出。",
    xls: "网页版可以直接读取 .xls（Excel 97-2003）和 WPS .et 文件，结果保存为 .xlsx。",
  },
  refresh: {
    ...paneZhCN.refresh,
    button: "一键生成",
    running: "正在生成",
    steps: { read: "读取工作簿", analyse: "分析计算", write: "生成结果工作簿", done: "完成" },
    doneStatus: "已生成 {n} 张排名表，结果见右边的预览。",
  },
  result: {
    ...paneZhCN.result,
    heading: "生成结果",
    errorsFound: "已生成，但有 {n} 个错误需要核对，见下方“问题”。",
  },
  marks: {
    ...paneZhCN.marks,
    hint: "表没有找到或单位名称列认错时：在右边的预览中选中整张考核表（含表头；可拖动鼠标、按住 Shift 单击，或在“选中区域”框中输入如 A3:H40），点“把选中区域设为考核表”；或只选中单位名称所在的列，点“把选中列设为单位名称列”。标记保存在本浏览器中，下次打开同名文件照样有效。",
  },
  errors: {
    ...paneZhCN.errors,
    refresh: "生成失败",
    save: "设置未能保存在本浏览器中（本次仍按新设置生成）",
    navigate: "无法在预览中显示该位置",
    mark: "无法使用选中的区域",
  },
};

export const webZhCN = {
  pane,
  title: "对标 · 网页版",
  tagline:
    "适用于 WPS 表格和没有安装 Excel 加载项的电脑：打开考核表，一键生成排名表、对标表和简报。",
  privacy: "文件只在本机浏览器中处理：不上传、不联网，关闭网页后不留副本。",
  switchLanguage: "English",
  switchLanguageLabel: "切换到英文界面",
  open: {
    button: "打开工作簿",
    hint: "或把文件拖到这里。可打开 .xlsx、.xlsm、.xls（Excel 97-2003）和 WPS .et 文件。",
    dropRegion: "打开或拖入工作簿",
    dropNow: "松开鼠标即可打开",
    opening: "正在读取「{file}」…",
    opened: "已打开「{file}」（{sheets} 张工作表）",
    another: "打开其他工作簿",
    cancel: "取消",
    cancelled: "已取消。",
    refused: "无法打开「{file}」：{reason}",
    onlyOne: "一次只能打开一个文件，已打开「{file}」。",
  },
  reasons: {
    worker: "浏览器中止了后台计算，文件可能过大。请关闭其他网页后重试。",
    unexpected: "发生了意外错误。请重试；如果仍然不行，请把详细信息发给技术支持。",
  },
  storageUnavailable:
    "此浏览器不允许网页保存设置（可能处于隐私模式或禁用了网站数据），本次仍可正常使用，但下次需要重新选择。",
  cancelled: "已取消生成。",
  paneLabel: "对标面板",
  preview: {
    heading: "预览",
    sheets: "工作表",
    sourceGroup: "原表",
    resultGroup: "结果表",
    rows: "第 {from}–{to} 行，共 {total} 行",
    previous: "上一页",
    next: "下一页",
    address: "选中区域",
    addressHint: "输入区域后按 Enter，如 A3:H40",
    badAddress: "“{text}”不是有效的区域，请输入如 A3:H40 的地址。",
    formula: "公式或值",
    grid: "{sheet} 的单元格：方向键移动，Shift+方向键扩大选区",
    columnsCut: "只显示前 {n} 列。",
    empty: "此表为空。",
    loading: "正在载入…",
    charts: "图表",
    noSheet: "预览中没有名为「{sheet}」的工作表。",
    selectSource: "请先在预览中打开原表，选中考核表或单位名称列，再点此按钮。",
  },
  results: {
    heading: "结果",
    download: "下载结果工作簿",
    downloadName: "{stem}-对标结果{ext}",
    kept: "结果工作簿保留原文件的全部内容（工作表、图表、批注、宏等），只新增排名表、对标表和简报。",
    converted:
      "原文件是{kind}，结果保存为 .xlsx：原表保留数值、合并单元格和数字格式，公式变为数值，字体、颜色和列宽不保留。原文件不变。",
    kindXls: " Excel 97-2003 工作簿（.xls）",
    kindEt: " WPS 表格文件（.et）",
    copy: "复制简报",
    copied: "简报已复制（带标题格式），可直接粘贴到 WPS 文字或 Word。",
    copyFailed: "无法写入剪贴板：{message}",
    print: "打印简报",
    printHint: "按 A4 纸张打印；在打印对话框中可选择“另存为 PDF”。",
    noBriefing: "选择本单位后再生成，才有简报。",
  },
  chart: {
    label: "图表：{title}",
    more: "共 {n} 项，只标出部分名称。",
  },
  /** Fonts the copied briefing asks for: official documents use 黑体 headings and 仿宋 text. */
  fonts: {
    heading: "黑体, SimHei, sans-serif",
    body: "仿宋, FangSong, STFangsong, serif",
  },
};

export type WebMessages = typeof webZhCN;
