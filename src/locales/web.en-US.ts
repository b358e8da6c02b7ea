/** The web page's texts in English; the Chinese original is web.zh-CN.ts. */
import { paneEnUS } from "./pane.en-US";
import type { PaneMessages } from "./pane.zh-CN";
import type { WebMessages } from "./web.zh-CN";

const pane: PaneMessages = {
  ...paneEnUS,
  tagline:
    "Open the province's score sheets and generate ranks, changes, benchmark gaps and a briefing in one click.",
  loading: "Finding the score tables…",
  empty: {
    ...paneEnUS.empty,
    body: 'A score table needs a column of unit names (such as "市州", "县（市、区）", "乡镇（街道）" or "单位名称") and score columns. When none is found, select the whole table in the preview on the right and mark it below.',
    xls: "The web page reads .xls (Excel 97-2003) and WPS .et files as they are; the result is saved as .xlsx.",
  },
  refresh: {
    ...paneEnUS.refresh,
    button: "Generate",
    running: "Generating",
    steps: {
      read: "Reading the workbook",
      analyse: "Analysing",
      write: "Making the result workbook",
      done: "Done",
    },
    doneStatus: "Generated {n} ranking sheets; see the preview on the right.",
  },
  result: {
    ...paneEnUS.result,
    heading: "Result",
    errorsFound: 'Generated, but {n} errors need checking: see "Problems" below.',
  },
  marks: {
    ...paneEnUS.marks,
    hint: 'When a table is not found or its unit column is wrong: select the whole table (header included) in the preview on the right — drag, Shift+click, or type an address such as A3:H40 into "Selection" — and click "Mark selection as a score table"; or select only the unit names\' column and click "Mark selected column as unit names". Marks are kept in this browser and used again for a file of the same name.',
  },
  errors: {
    ...paneEnUS.errors,
    refresh: "Generating failed",
    save: "The settings could not be saved in this browser (this run still uses them)",
    navigate: "Cannot show that place in the preview",
    mark: "Cannot use the selection",
  },
};

export const webEnUS: WebMessages = {
  pane,
  title: "Duibiao on the web",
  tagline:
    "For WPS users and computers without the Excel add-in: open a score workbook, generate ranking sheets, comparison sheets and a briefing in one click.",
  privacy:
    "Your file is processed only in this browser on this computer: nothing is uploaded, no network is used, and no copy is kept after you close the page.",
  switchLanguage: "中文",
  switchLanguageLabel: "Switch to Chinese",
  open: {
    button: "Open a workbook",
    hint: "or drop a file here: .xlsx, .xlsm, .xls (Excel 97-2003) or WPS .et.",
    dropRegion: "Open or drop a workbook",
    dropNow: "Release to open",
    opening: 'Reading "{file}"…',
    opened: 'Opened "{file}" ({sheets} sheets)',
    another: "Open another workbook",
    cancel: "Cancel",
    cancelled: "Cancelled.",
    refused: 'Cannot open "{file}": {reason}',
    onlyOne: 'One file at a time: opened "{file}".',
  },
  reasons: {
    worker:
      "the browser stopped the background work; the file may be too large. Close other pages and try again.",
    unexpected:
      "something unexpected went wrong. Try again; if it happens again, send the details to support.",
  },
  storageUnavailable:
    "This browser does not let pages keep settings (private mode, or site data turned off): everything works, but your choices are not remembered.",
  cancelled: "Generating cancelled.",
  paneLabel: "Duibiao pane",
  preview: {
    heading: "Preview",
    sheets: "Sheets",
    sourceGroup: "Source sheets",
    resultGroup: "Result sheets",
    rows: "Rows {from}–{to} of {total}",
    previous: "Previous page",
    next: "Next page",
    address: "Selection",
    addressHint: "Type a range and press Enter, such as A3:H40",
    badAddress: '"{text}" is not a range: type an address such as A3:H40.',
    formula: "Formula or value",
    grid: "Cells of {sheet}: arrow keys move, Shift+arrow keys extend the selection",
    columnsCut: "Only the first {n} columns are shown.",
    empty: "This sheet is empty.",
    loading: "Loading…",
    charts: "Charts",
    noSheet: 'The preview has no sheet named "{sheet}".',
    selectSource:
      "Open a source sheet in the preview and select the score table or the unit names' column first.",
  },
  results: {
    heading: "Results",
    download: "Download the result workbook",
    downloadName: "{stem}-duibiao{ext}",
    kept: "The result workbook keeps everything in your file (sheets, charts, comments, macros …) and adds the ranking sheets, comparison sheets and the briefing.",
    converted:
      "Your file is {kind}; the result is saved as .xlsx: the source sheets keep their values, merged cells and number formats, formulas become values, fonts, colours and widths are not carried over. Your file is unchanged.",
    kindXls: "an Excel 97-2003 workbook (.xls)",
    kindEt: "a WPS spreadsheet (.et)",
    copy: "Copy the briefing",
    copied: "Briefing copied with its headings: paste it into WPS Writer or Word.",
    copyFailed: "Cannot write to the clipboard: {message}",
    print: "Print the briefing",
    printHint: 'Prints on A4; choose "Save as PDF" in the print dialog for a PDF.',
    noBriefing: "Choose your own unit and generate again to get a briefing.",
  },
  chart: {
    label: "Chart: {title}",
    more: "{n} items; only some names are labelled.",
  },
  fonts: {
    heading: "Arial, sans-serif",
    body: "'Times New Roman', serif",
  },
};
