import type { Messages } from "./zh-CN";

/** English. Keys mirror zh-CN.ts exactly (the type checks it). */
export const enUS: Messages = {
  problems: {
    textNumber: '"{column}" holds the text "{text}"; it was read as the number {value}',
    notANumber: '"{column}" holds "{text}", which is not a number; it was left out',
    emptyScore: '{name}: "{column}" is empty; the unit is not ranked on it',
    emptyTotal: '{name}: "{column}" is empty; the unit is not ranked',
    rowWithoutName: "Row {row} has scores but no unit name; skipped",
    rowWithoutScores: "Row {row} ({name}) has no scores; skipped",
    blankRowInside: "Row {row} inside the table is blank; skipped",
    summaryRowSkipped: '"{name}" is a summary row and is not ranked',
    pointsRowSkipped: "Row {row} gives each part's full marks and is not ranked",
    cityRowSkipped:
      '"{name}" is the row of the city above its counties: it groups them and is not ranked',
    printedRankDiffers: "{name}: the sheet prints rank {printed}, but its total ranks {computed}",
    duplicateUnit: "{name} appears twice in the table (see also row {row})",
    bonusRoleFromData: '"{column}" was read as {role} from its data',
    unknownBenchmark:
      'The benchmark unit "{name}" is in none of the score tables; its sheet was skipped',
    unknownOwnUnit: 'Your unit "{name}" is in none of the score tables',
    levelMismatch: '"{name}" is not at your unit\'s level; it is compared at its own level',
    totalNotExplained:
      "The total is not a weighted sum of the parts (largest residual {residual}); part gaps are shown unweighted",
    tableUndecided:
      "This looks like a score table, but which column holds the unit names cannot be told (perhaps column {columns}): name the unit column, or mark the whole table",
    totalDetected:
      '"{column}" equals the sum (or a weighted sum) of the parts on every row; it is used as the total',
    subtotalIgnored: '"{column}" is a subtotal of some parts; it is not added to the total again',
    totalFromParts: "The table has no total column; the total is the sum of its parts",
    weightsFromHeader: "Part weights taken from the header: {weights}",
    repeatedHeaderSkipped: "A repeated header row inside the table (a page break); skipped",
    sheetTooLarge:
      'Sheet "{sheet}" has more than {max} rows of data, more than this tool analyses at once; it was not searched for score tables (the sheet itself is unchanged). To analyse a table in it, copy the table to a new sheet and try again.',
  },
  severity: { error: "Error", warning: "Warning", info: "Note" },
  period: {
    quarter: "{year} Q{n}",
    quarterNoYear: "Q{n}",
    month: "{year}-{n}",
    monthNoYear: "month {n}",
    half: "{year} {n}",
    halfNoYear: "{n}",
    halfNames: ["H1", "H2"],
    year: "{year}",
    yearNoYear: "the year",
    quarterNumerals: ["1", "2", "3", "4"],
  },
  level: {
    city: "cities",
    county: "counties",
    town: "towns",
    department: "departments",
    unknown: "",
  },
  sheets: {
    rankingPrefix: "Rank-",
    rankingTitle: "{period} {level} assessment ranking",
    marker: "Written by Duibiao; replaced on each refresh, do not edit by hand · Source: {source}",
    repairedNote:
      "Note: yellow cells hold text in the source sheet (full-width digits, a 分 suffix); they were read as numbers and follow the source once it holds numbers.",
    printedRankNote: "Orange cells: the sheet's printed rank differs from the rank of its total.",
    targetsNote:
      'Targets: "Behind next" is the points to move up one place, "Behind first" the points to first place; "Points to top 3" is 0 for a unit already there. "To bottom-{n} line" below 0 is the points needed to leave the last {n} places, 0 or above the margin over that line (the unit may lose that much and stay out). Every other unit\'s score is taken as unchanged.',
    columns: {
      rank: "Rank",
      name: "Unit",
      parent: "Parent",
      total: "Total",
      printedRank: "Printed rank",
      partRank: "{part} rank",
      section: "Section",
      sectionRank: "Rank in section",
      grade: "Grade",
      parentRank: "Rank in parent",
      flagRank: "Rank among {flag}",
      gapToFirst: "Behind first",
      gapToAbove: "Behind next",
      rankWithoutBonus: "Rank w/o bonus",
      previousRank: "Previous rank",
      rankChange: "Change",
      topThree: "Points to top 3",
      bottomLine: "To bottom-{n} line",
      key: "Match key",
    },
    flagYes: "是",
  },
  history: {
    prefix: "Trend-",
    title: "{level} rank history ({from} to {to}, {n} periods)",
    separator: ", ",
    ranks: "Rank by period",
    totals: "Total by period",
    trends: "Change and streaks",
    fieldSize: "Units ranked",
    changeFromFirst: "Since first",
    changeFromPrevious: "Since previous",
    best: "Best rank",
    worst: "Worst rank",
    topStreak: "Periods in top 3 in a row",
    bottomStreak: "Periods in bottom {n} in a row",
    fallingStreak: "Periods falling in a row",
    chartTitle: "{level} rank history (1st on top)",
    chartData: "Chart data: rank by period",
  },
  cumulative: {
    prefix: "YTD-",
    sheetName: "{prefix}{year}{level}",
    year: "{year} ",
    title: "{year}{level} year-to-date ranking ({from} to {to}, {n} periods, by {method})",
    methods: { average: "average", sum: "sum" },
    periodTotal: "{period} total",
    counted: "Periods with a total",
    score: "YTD {method}",
    previousScore: "YTD {method} before the last period",
    previousRank: "YTD rank before the last period",
    note: 'Note: the year-to-date score is the {method} of the periods\' totals ({n} periods; average or sum is chosen in the settings). A unit without a total in some period is listed with the totals it has but is not ranked (its period count is orange); "before the last period" leaves the last period out.',
  },
  comparison: {
    prefix: "vs-",
    peerTitle: "{period} {own} vs {benchmark}",
    modelTitle: "{period} counties of {parent} vs {model}",
    item: "Item",
    score: "{unit} score",
    rank: "{unit} rank",
    gap: "Gap",
    weight: "Weight",
    weightedGap: "Weighted gap",
    share: "Share of gap",
    previousGap: "Previous weighted gap",
    change: "Change",
    total: "Total",
    previousRank: "Previous rank",
    mainGap: "Main gap in",
    notes:
      "Gap = own − benchmark (negative: behind); weighted gap = weight × gap, this item's part of the total gap; last period's gap uses this period's weights.",
    weightsSummed: "Total = sum of the parts (bonus added, deductions subtracted).",
    weightsStated: "Total = {terms} (weights as the header states them).",
    weightsFitted: "Total = {terms} (fitted over all units; every row within 0.01).",
    closeGap: "Points to close the gap by this item alone",
    expected: "Expected score (type here)",
    scenarioScore: "Scenario score",
    scenarioRank: "Scenario rank",
    scenarioNote:
      'What if: type your unit\'s expected score for any item under "Expected score" (blank keeps the current score); the scenario total and its rank among the other units\' current totals update at once. "Points to close the gap" is what that item alone must gain to draw level with the benchmark (for a deduction, how much less must be deducted, shown negative). The briefing never uses the scenario.',
    unit: "Unit",
    totalScore: "Total",
    rankColumn: "Rank",
    gapTo: "Gap to {unit}",
    termGapTo: "{term} weighted gap",
    rankChange: "Change",
    parentRank: "Rank in parent",
    flagRank: "Rank among {flag}",
  },
  briefing: {
    sheetName: "Briefing",
    title: "{period} assessment briefing",
    sources: "ranking and comparison sheets",
    ordinal: "english",
    separator: ", ",
    weCity: "our city",
    weCounty: "our county",
    weDistrict: "our district",
    weOther: "our unit",
    previousPeriod: "last period",
    quarterShort: "Q{n}",
    sections: {
      overall: "1. Overview",
      benchmark: "2. Benchmarks",
      members: "3. Counties",
      appendix: "4. Tables",
    },
    noOwnUnit: "No own unit set yet: choose your unit in the pane and refresh.",
    overall: "{period}: {we} ranks {rank} in the province.",
    overallWithPrevious:
      "{period}: {we} ranks {rank} in the province, {change} since {previous} (then {previousRank}).",
    rankChange: { up: "up {n} places", down: "down {n} places", same: "unchanged" },
    parts: "By part: {list}.",
    partItem: "{part} {rank}",
    pointsGap: { up: "{n} points higher", down: "{n} points lower", same: "level" },
    peerBehind:
      "Against {benchmark}, the total is {gap}, mainly in {main} ({weighted} weighted points, {share} of the gap).",
    peerAhead:
      "Against {benchmark}, the total is {gap}, the lead mainly in {main} ({weighted} weighted points, {share} of the gap).",
    peerEqual: "Against {benchmark}, the totals are level.",
    first: "The province's first, {first}, is {gap} points ahead.",
    membersBestWorst:
      "Of {total} ranked county-level units, {parent}'s {count}: best {best} at {bestRank}, worst {worst} at {worstRank}.",
    membersMove: "Since last period, {rose} rose most ({roseBy}) and {fell} fell most ({fellBy}).",
    membersMoveOne: "Since last period, {unit} moved {by}.",
    unitAtRank: "{name} ({rank})",
    inBottom: "{names} are in the province's bottom {n}.",
    nearLine: "{name}, at {rank}, is only {gap} points above the bottom-{n} line.",
    bonusFall: "Without bonus points, {names} would fall below {line}th (to {ranks} respectively).",
    bonusLast: "Without its {bonus} bonus points, {name} would be {tie}last.",
    tied: "joint ",
    group: "Of the province's {size} {group}, {parent}'s {count} rank {ranks}{tail}.",
    groupBottom: ", the bottom {k}",
    groupTop: ", the top {k}",
    yearTrend: "Since the start of the year ({start}, {startRank}), {we} has moved {change}.",
    fallingStreak: "{we} has fallen {n} periods in a row.",
    topStreak: "{we} has been in the province's top three {n} periods in a row.",
    bottomStreak: "{we} has been in the province's bottom {line} for {n} periods in a row.",
    standingYear: " {year}",
    standing:
      "Year to date{year} ({n} periods, by {method}): {we} ranks {rank}, with {score} points.",
    standingWithChange:
      "Year to date{year} ({n} periods, by {method}): {we} ranks {rank}, with {score} points, {change} since the period before.",
    standingMissing:
      "Year to date{year} ({n} periods, by {method}): {we} has no total in {missing} of them and is not ranked.",
    targetLeaveBottom: "{points} more points would take {we} out of the province's bottom {n}.",
    targetOnLine:
      "{we}, joint {rank}, sits right on the bottom-{n} line: any point lost puts it in the bottom {n}.",
    targetNearLine: "{we} is {points} points above the province's bottom-{n} line.",
    targetTopThree:
      "{top} more points would put {we} in the top three, {first} would make it first.",
    targetFirst: "{first} more points would make {we} first.",
    partTarget:
      "Each point of {part} adds {weight} to the total; {part} alone would need {points} more points to draw level with {benchmark}.",
    leaveItem: "{name} needs {points} more points to leave the bottom {n}",
    onLine:
      "{name}, joint {rank}, sits right on the bottom-{n} line: any point lost puts it in the bottom {n}.",
    fallingItem: "{name} has fallen {n} periods in a row",
    bottomItem: "{name} has been in the bottom {line} for {n} periods in a row",
    items: "{items}.",
    itemSeparator: "; ",
    countWords: [] as readonly string[],
    modelSheet: 'Each county\'s gap to the model county is on the "{sheet}" sheet.',
    appendix: "Tables: {sheets}.",
    chartTotals: "{period} {level} totals",
    chartGaps: "Weighted gaps to benchmarks",
    chartData: "Chart data: totals",
    chartGapsData: "Chart data: weighted gaps",
  },
  host: {
    cellEditMode:
      "Excel is editing a cell: press Enter or Esc to finish, then refresh. Nothing was changed.",
    protectedWorkbook:
      "The workbook's structure is protected, so result sheets cannot be added or replaced: unprotect it (Review > Protect Workbook) and refresh. Nothing was changed.",
    protectedSheet:
      'The result sheet "{sheet}" is protected and cannot be replaced: unprotect it and refresh. Nothing was changed.',
    payloadTooLarge:
      "The data to write exceeds Excel's limit for one request; refresh in desktop Excel or split the workbook.",
    tooLargeSheet:
      'The used range of sheet "{sheet}", A1:{cell}, is {rows} rows × {columns} columns, more than the {max} cells this tool reads at once. Delete stray content far from the table (Ctrl+End finds the last used cell) and refresh. Nothing was changed.',
    tooLargeCells:
      "The sheets hold {actual} cells in all, more than the {max} this tool reads at once. Copy the sheets to analyse into a new workbook and refresh there. Nothing was changed.",
    tooLargeSheets:
      "The workbook has {actual} sheets, more than the limit of {max}. Copy the sheets to analyse into a new workbook and refresh there. Nothing was changed.",
    responseTooLarge:
      "The workbook holds more data than Excel sends in one go (about 5 MB at a time in Excel on the web). Refresh in desktop Excel, or copy the sheets to analyse into a new workbook.",
    nameClash: 'Could not create the sheet "{sheet}": the name is taken or not allowed.',
    noTables:
      "No score table was found. A score table needs a header row with a unit-name column (such as 市（区） or 县（区）) and score columns.",
    unsupported:
      "This version of Excel lacks a feature Duibiao needs ({feature}): use Excel 2021, Microsoft 365 or Excel on the web.",
    unknown: "Excel reported an error ({code}): {message}",
    readOnly: "The workbook is read-only; result sheets cannot be written.",
    writtenNotice: "Refreshed: {tables} ranking sheets{extra}.",
    extraSheets: ", plus {count} comparison, briefing, rank history and year-to-date sheets",
    close: "Close",
  },
  readErrors: {
    whereSheet: ' (sheet "{sheet}")',
    whereCell: ' (sheet "{sheet}", cell {cell})',
    empty:
      "{file} is empty (0 bytes); it may not have been downloaded or copied completely. Get the file again and retry.",
    text: "{file} is a text file (such as CSV, or a table saved as a web page or XML), not an Excel workbook. Open it in Excel or WPS, save it as .xlsx, and try again.",
    notAWorkbook:
      "{file} is not an Excel workbook and cannot be read. Check that it is the right file; if Excel or WPS opens it, save it as .xlsx and try again.",
    corrupt:
      "{file}{where} is damaged and cannot be read (perhaps it was not downloaded or copied completely). Get the file again; if Excel or WPS opens it (repairing it if asked), save it as .xlsx and try again.",
    encrypted:
      "{file} is protected by a password to open and cannot be read. Open it in Excel or WPS, remove the workbook password and save (Excel: File > Info > Protect Workbook > Encrypt with Password, clear the password), then try again.",
    unsafeXml:
      "{file}{where} holds an XML declaration (DOCTYPE or entity) that no ordinary workbook has, and is refused for safety. If you trust where it came from, open it in Excel or WPS, save it as .xlsx, and try again.",
    xlsb: "{file} is an Excel binary workbook (.xlsb) and cannot be read. Save it as .xlsx in Excel and try again.",
    strict:
      "{file} is a Strict Open XML workbook and cannot be read. Save it in Excel as an ordinary Excel Workbook (.xlsx) and try again.",
    oldXls:
      "{file} is an .xls from Excel 95 or older and cannot be read. Open it in Excel or WPS, save it as .xlsx, and try again.",
    tooLarge: {
      fileBytes:
        "{file} is {actual} MB, more than the {max} MB this tool reads. Delete sheets and pictures you do not need, save, and try again.",
      packageBytes:
        "{file} unpacks to {actual} MB, more than the limit of {max} MB; it may be a deliberately crafted archive and is refused. If you trust where it came from, delete sheets and pictures you do not need, save, and try again.",
      partBytes:
        "{file}{where} unpacks to {actual} MB, more than the {max} MB allowed for one part, and is refused. Delete extra rows, columns or pictures, save, and try again.",
      parts:
        "{file} holds {actual} internal parts, more than the limit of {max}; it may be a deliberately crafted file and is refused. If you trust where it came from, delete sheets and pictures you do not need, save, and try again.",
      sheets:
        "{file} has {actual} sheets, more than the limit of {max}. Copy the sheets to analyse into a new workbook, save it, and try again.",
      rows: "{file}{where} has data in row {actual}, beyond Excel's last row ({max}); the file is damaged or was altered. Open it in Excel or WPS, save it as .xlsx, and try again.",
      columns:
        "{file}{where} has data in column {actual}, beyond Excel's last column ({max}); the file is damaged or was altered. Open it in Excel or WPS, save it as .xlsx, and try again.",
      sheetCells:
        "{file}{where} has a used range (counted from A1) of {actual} cells, more than the limit of {max}. Delete stray content far from the table (Ctrl+End finds the last used cell), save, and try again.",
      cells:
        "{file} has {actual} cells across its sheets, more than the limit of {max}. Copy the sheets to analyse into a new workbook, save it, and try again.",
      sharedStrings:
        "{file} holds {actual} text entries, more than the limit of {max}. Copy the sheets to analyse into a new workbook, save it, and try again.",
      merges:
        "{file}{where} has {actual} merged areas, more than the limit of {max}. Unmerge the cells you do not need, save, and try again.",
    },
    unexpected:
      "An unexpected error occurred while reading {file}. Open it in Excel or WPS, save it as .xlsx, and try again; if that does not help, send the details to support.",
  },
  cli: {
    help: [
      "Duibiao — rank, gap and benchmark assessment score sheets",
      "",
      "Usage:",
      "  npx duibiao analyze IN.xlsx --out OUT.xlsx [--json REPORT.json] [--own 安康 --benchmarks 汉中,商洛,平利]",
      "                 [--rank-method competition|dense] [--bottom-line 10] [--bonus-line 30] [--lang zh-CN|en-US]",
      "",
      "  analyze        find the score tables, rank and gap them, write ranking, comparison and briefing sheets with live formulas",
      "  --out, -o      the output workbook (the input plus the tool's sheets; source sheets and all else kept)",
      "                 IN may be .xlsx, .xlsm (OUT must then be .xlsm; macros kept), .xls or WPS .et (OUT is .xlsx)",
      "  --json         also write a JSON report",
      "  --own          your own unit (e.g. 安康), for the comparison and briefing sheets",
      "  --benchmarks   units to compare against, comma-separated (e.g. 汉中,商洛,平利), each at its own level",
      "  --bottom-line  the danger line: bottom N places (default 10)",
      "  --bonus-line   flag units that would fall past this place without their bonus (default 30)",
      "  --rank-method  competition: ties share a rank, as Excel's RANK.EQ (default, 1,2,2,4); dense: 1,2,2,3",
      "  --lang         output language: zh-CN (default) or en-US",
      "  --verbose      when a file cannot be read, also print the technical details (for support)",
      "  --help, -h     show this help",
      "",
      "Exit codes: 0 success (data problems are listed as warnings); 1 file unreadable or no score table; 2 bad usage",
    ].join("\n"),
    version: "duibiao 0.1.0",
    usageError: "Usage error",
    unknownCommand: "unknown command",
    missingInput: "the input workbook is missing",
    missingOut: "--out is missing",
    extraArguments: "unexpected arguments:",
    badRankMethod: "--rank-method must be competition or dense, got",
    badNumber: "needs a whole number of at least 1, got",
    cannotWrite: "cannot be written (no such folder, or no permission)",
    fileMissing: "no such file",
    fileIsFolder: "is a folder, not a workbook file: give a file name, e.g. q3.xlsx",
    fileUnreadable:
      "cannot be opened ({code}): check that the file exists, is not locked by another program, and that you may read it",
    detailLabel: "Details",
    wrongExtension:
      "the output file {file} does not fit the content: {kind} must be saved as {ext}, e.g. {suggestion}",
    kindXlsm: "a macro-enabled workbook (.xlsm)",
    kindXlsx: "a workbook",
    kindXls: "an Excel 97-2003 workbook (.xls)",
    kindEt: "a WPS spreadsheet (.et)",
    converted:
      "{input} is {kind}; the result is saved as .xlsx: {file} (source sheets keep their values, merged cells and number formats; the original file is unchanged)",
    noTables: "no score table found (a header with a unit-name column and score columns is needed)",
    tableSummary: "{sheet}: {units} units → {output}",
    written: "Wrote {file}",
  },
};
