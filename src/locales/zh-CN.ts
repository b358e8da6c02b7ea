/**
 * 简体中文 — the default language. Every user-facing text lives in this file and its English twin;
 * `{name}` is filled in by `fill()` in src/core/i18n.ts.
 */
export const zhCN = {
  problems: {
    textNumber: "「{column}」的值「{text}」是文本，已按数值 {value} 计算",
    notANumber: "「{column}」的值「{text}」不是数字，未参与计算",
    emptyScore: "{name} 的「{column}」为空，未参与该项排名",
    emptyTotal: "{name} 的「{column}」为空，未参与总排名",
    rowWithoutName: "第 {row} 行有分数但没有单位名称，已跳过",
    rowWithoutScores: "第 {row} 行（{name}）没有分数，已跳过",
    blankRowInside: "表内第 {row} 行为空行，已跳过",
    summaryRowSkipped: "「{name}」是汇总行，不参与排名",
    printedRankDiffers: "{name} 的源表名次为 {printed}，按总分计算应为第 {computed} 名",
    duplicateUnit: "{name} 在表中出现两次（另见第 {row} 行）",
    bonusRoleFromData: "「{column}」按数据判断为{role}",
    unknownBenchmark: "对标单位「{name}」在各考核表中都找不到，已跳过该对标表",
    unknownOwnUnit: "本单位「{name}」在各考核表中都找不到",
    levelMismatch: "「{name}」与本单位不在同一层级，按所在层级比较",
    totalNotExplained: "总分无法由各分项加权得出（最大偏差 {residual} 分），分项差距按原始分显示",
    tableUndecided:
      "这里像是一张考核表，但无法确定哪一列是单位名称（可能是 {columns} 列）：请指定单位名称列，或标出整张表的范围",
    totalDetected: "「{column}」逐行等于各分项之和（或加权和），按总分使用",
    subtotalIgnored: "「{column}」只是部分分项的小计，不再计入总分",
    totalFromParts: "表中没有总分列，总分按各分项相加计算",
    weightsFromHeader: "分项权重取自表头：{weights}",
    repeatedHeaderSkipped: "表内重复的表头行（分页打印所致），已跳过",
    sheetTooLarge:
      "工作表「{sheet}」有数据的行超过 {max} 行，超出本工具一次能分析的范围，未在其中查找考核表（工作表本身保持不变）。如需分析其中的表，请把它复制到一个新工作表后重试。",
  },
  severity: { error: "错误", warning: "警告", info: "提示" },
  period: {
    quarter: "{year}年第{n}季度",
    quarterNoYear: "第{n}季度",
    month: "{year}年{n}月",
    monthNoYear: "{n}月",
    half: "{year}年{n}",
    halfNoYear: "{n}",
    halfNames: ["上半年", "下半年"],
    year: "{year}年度",
    quarterNumerals: ["一", "二", "三", "四"],
  },
  level: { city: "市级", county: "县区", unknown: "" },
  sheets: {
    rankingPrefix: "排名-",
    rankingTitle: "{period}{level}考核排名",
    marker: "由对标自动生成，刷新时整表替换，请勿在此表手工修改 · 数据来源：{source}",
    repairedNote:
      "注：黄色单元格在源表中是文本（如全角数字、带“分”字），已按修复后的数值计算；源表改为数值后自动跟随。",
    printedRankNote: "橙色单元格：源表名次与按总分计算的名次不一致。",
    columns: {
      rank: "排名",
      name: "单位",
      parent: "所属市",
      total: "总分",
      printedRank: "源表名次",
      partRank: "{part}名次",
      parentRank: "市内名次",
      section: "类别",
      sectionRank: "类内名次",
      grade: "等次",
      flagRank: "{flag}内名次",
      gapToFirst: "与第一名差距",
      gapToAbove: "与上一名差距",
      rankWithoutBonus: "无加分排名",
      previousRank: "上期排名",
      rankChange: "升降",
      key: "匹配名",
    },
    flagYes: "是",
  },
  comparison: {
    prefix: "对标-",
    peerTitle: "{period}{own}与{benchmark}对标分析",
    modelTitle: "{period}{parent}各县区与{model}对标",
    item: "项目",
    score: "{unit}得分",
    rank: "{unit}名次",
    gap: "分差",
    weight: "权重",
    weightedGap: "折算分差",
    share: "占总分差",
    previousGap: "上期折算分差",
    change: "变化",
    total: "总分",
    previousRank: "上期名次",
    mainGap: "主要差距在",
    notes:
      "分差 = 本单位 − 对标单位（负数为落后）；折算分差 = 权重 × 分差，即该项对总分差的贡献；上期分差按本期权重折算。",
    weightsSummed: "总分 = 各分项之和（加分项计入，扣分项扣减）。",
    weightsStated: "总分 = {terms}（权重取自表头）。",
    weightsFitted: "总分 = {terms}（按各单位得分拟合，每行误差不超过 0.01 分）。",
    unit: "单位",
    totalScore: "总分",
    rankColumn: "排名",
    gapTo: "与{unit}总分差",
    termGapTo: "{term}折算分差",
    rankChange: "升降",
    parentRank: "市内名次",
    flagRank: "{flag}内名次",
  },
  briefing: {
    sheetName: "简报",
    title: "{period}考核情况简报",
    sources: "各排名表、对标表",
    ordinal: "chinese" as "chinese" | "english",
    separator: "、",
    weCity: "我市",
    weCounty: "我县",
    weDistrict: "我区",
    weOther: "本单位",
    previousPeriod: "上期",
    quarterShort: "{n}季度",
    sections: {
      overall: "一、总体情况",
      benchmark: "二、对标分析",
      members: "三、县区情况",
      appendix: "四、附表",
    },
    noOwnUnit: "尚未设置本单位：请在任务窗格中选择本单位后刷新。",
    overall: "{period}，{we}在全省排名第{rank}。",
    overallWithPrevious:
      "{period}，{we}在全省排名第{rank}，较{previous}{change}（上期第{previousRank}）。",
    rankChange: { up: "上升{n}位", down: "下降{n}位", same: "名次持平" },
    parts: "分项位次：{list}。",
    partItem: "{part}位列第{rank}",
    pointsGap: { up: "高{n}分", down: "低{n}分", same: "持平" },
    peerBehind:
      "与{benchmark}相比，总分{gap}，差距主要在{main}（折算{weighted}分，占总分差的{share}）。",
    peerAhead:
      "与{benchmark}相比，总分{gap}，领先主要在{main}（折算{weighted}分，占总分差的{share}）。",
    peerEqual: "与{benchmark}相比，总分持平。",
    first: "与全省第一名{first}相差{gap}分。",
    membersBestWorst:
      "全省{total}个县区参与排名，{parent}{count}个县区中，{best}排名最高，位列第{bestRank}；{worst}排名最低，位列第{worstRank}位。",
    membersMove: "与上期相比，{rose}进步最大（{roseBy}），{fell}退步最大（{fellBy}）。",
    membersMoveOne: "与上期相比，{unit}{by}。",
    unitAtRank: "{name}（第{rank}位）",
    inBottom: "{names}处于全省后{n}位。",
    nearLine: "{name}位列第{rank}位，距全省后{n}位线仅{gap}分。",
    bonusFall: "如果没有加分项，{names}排名都将降至第{line}名以后（分别为第{ranks}位）。",
    bonusLast: "{name}如果没有{bonus}分的加分项，排名将{tie}倒数第一。",
    tied: "并列",
    group: "全省{size}个{group}中，{parent}{count}个分别位列第{ranks}名{tail}。",
    groupBottom: "，整体处于后{k}名",
    groupTop: "，整体处于前{k}名",
    modelSheet: "各县区与示范县的逐项差距见“{sheet}”表。",
    appendix: "附表：{sheets}。",
    chartTotals: "{period}{level}总分",
    chartGaps: "与对标单位各项折算分差",
    chartData: "图表数据：总分",
    chartGapsData: "图表数据：折算分差",
  },
  host: {
    cellEditMode:
      "Excel 正在编辑单元格：请先按 Enter 或 Esc 结束编辑，再刷新。工作簿未作任何改动。",
    protectedWorkbook:
      "工作簿结构受保护，无法新建或替换结果表：请在“审阅 > 保护工作簿”中取消保护后再刷新。工作簿未作任何改动。",
    protectedSheet:
      "结果表「{sheet}」受保护，无法替换：请取消该表的保护后再刷新。工作簿未作任何改动。",
    payloadTooLarge: "一次写入的数据超过 Excel 的上限，请分批处理或在桌面版 Excel 中刷新。",
    tooLargeSheet:
      "工作表「{sheet}」的使用范围 A1:{cell} 有 {rows} 行 × {columns} 列，超过本工具一次能读取的 {max} 个单元格。请删除远处多余的内容（按 Ctrl+End 可找到最后一个有内容的单元格）后再刷新。工作簿未作任何改动。",
    tooLargeCells:
      "各工作表共有 {actual} 个单元格，超过本工具一次能读取的 {max} 个。请把要分析的工作表复制到一个新工作簿后再刷新。工作簿未作任何改动。",
    tooLargeSheets:
      "工作簿有 {actual} 张工作表，超过上限 {max} 张。请把要分析的工作表复制到一个新工作簿后再刷新。工作簿未作任何改动。",
    responseTooLarge:
      "工作簿的数据太多，Excel 一次传不完（网页版 Excel 每次最多约 5 MB）。请在桌面版 Excel 中刷新，或把要分析的工作表复制到一个新工作簿。",
    nameClash: "无法新建工作表「{sheet}」：名称已被占用或不合法。",
    noTables:
      "工作簿中没有找到考核得分表。得分表需要一行表头，含单位名称列（如 市（区）、县（区））和得分列。",
    unsupported:
      "当前 Excel 版本不支持所需功能（{feature}）：请使用 Excel 2021、Microsoft 365 或网页版 Excel。",
    unknown: "Excel 报告了错误（{code}）：{message}",
    readOnly: "工作簿为只读，无法写入结果表。",
    writtenNotice: "已刷新：{tables} 张排名表{extra}。",
    extraSheets: "，另有 {count} 张对标表和简报",
    close: "关闭",
  },
  /**
   * Why a workbook file cannot be read (src/xlsx describeReadError): each names the file, says what
   * is wrong and what to do. `{where}` is empty or one of the `where…` fragments.
   */
  readErrors: {
    whereSheet: "的工作表「{sheet}」",
    whereCell: "的工作表「{sheet}」{cell} 单元格",
    empty: "「{file}」是空文件（0 字节），可能没有下载或拷贝完整。请重新获取文件后重试。",
    text: "「{file}」是文本文件（如 CSV，或网页、XML 格式的表格），不是 Excel 工作簿。请在 Excel 或 WPS 中打开它，另存为 .xlsx 后重试。",
    notAWorkbook:
      "「{file}」不是 Excel 工作簿，无法读取。请确认选对了文件；如果它能在 Excel 或 WPS 中打开，请另存为 .xlsx 后重试。",
    corrupt:
      "「{file}」{where}已损坏，无法读取（可能下载或拷贝不完整）。请重新获取文件；如果它能在 Excel 或 WPS 中打开（必要时按提示修复），请另存为 .xlsx 后重试。",
    encrypted:
      "「{file}」设有打开密码，无法读取。请在 Excel 或 WPS 中打开，去掉工作簿密码后保存（Excel：文件 > 信息 > 保护工作簿 > 用密码进行加密，清空密码），然后重试。",
    unsafeXml:
      "「{file}」{where}含有正常工作簿不会有的 XML 声明（DOCTYPE 或实体），为安全起见不予读取。如果文件来源可信，请在 Excel 或 WPS 中打开，另存为 .xlsx 后重试。",
    xlsb: "「{file}」是 Excel 二进制工作簿（.xlsb），无法读取。请在 Excel 中另存为 .xlsx 后重试。",
    strict:
      "「{file}」是“Strict Open XML”格式的工作簿，无法读取。请在 Excel 中另存为普通的“Excel 工作簿（.xlsx）”后重试。",
    oldXls:
      "「{file}」是 Excel 95 或更早版本的 .xls，无法读取。请在 Excel 或 WPS 中打开，另存为 .xlsx 后重试。",
    tooLarge: {
      fileBytes:
        "「{file}」有 {actual} MB，超过本工具能读取的 {max} MB。请删除不需要的工作表和图片，另存后重试。",
      packageBytes:
        "「{file}」解压后有 {actual} MB，超过上限 {max} MB，可能是恶意构造的压缩包，不予读取。如果文件来源可信，请删除不需要的工作表和图片，另存后重试。",
      partBytes:
        "「{file}」{where}解压后有 {actual} MB，超过单个部分的上限 {max} MB，不予读取。请删除多余的行、列或图片，另存后重试。",
      parts:
        "「{file}」内部有 {actual} 个部件，超过上限 {max} 个，可能是恶意构造的文件，不予读取。如果文件来源可信，请删除不需要的工作表和图片，另存后重试。",
      sheets:
        "「{file}」有 {actual} 张工作表，超过上限 {max} 张。请把要分析的工作表复制到一个新工作簿，保存后重试。",
      rows: "「{file}」{where}在第 {actual} 行有数据，超出了 Excel 的最大行数 {max}，文件已损坏或被改动过。请在 Excel 或 WPS 中打开，另存为 .xlsx 后重试。",
      columns:
        "「{file}」{where}在第 {actual} 列有数据，超出了 Excel 的最大列数 {max}，文件已损坏或被改动过。请在 Excel 或 WPS 中打开，另存为 .xlsx 后重试。",
      sheetCells:
        "「{file}」{where}的使用范围（从 A1 算起）有 {actual} 个单元格，超过上限 {max} 个。请删除远处多余的内容（按 Ctrl+End 可找到最后一个有内容的单元格），保存后重试。",
      cells:
        "「{file}」的各工作表共有 {actual} 个单元格，超过上限 {max} 个。请把要分析的工作表复制到一个新工作簿，保存后重试。",
      sharedStrings:
        "「{file}」中的文字条目有 {actual} 个，超过上限 {max} 个。请把要分析的工作表复制到一个新工作簿，保存后重试。",
      merges:
        "「{file}」{where}的合并单元格共有 {actual} 处，超过上限 {max} 处。请取消不需要的合并单元格，保存后重试。",
    },
    unexpected:
      "读取「{file}」时出现意外错误。请在 Excel 或 WPS 中打开，另存为 .xlsx 后重试；如果仍然不行，请把详细信息发给技术支持。",
  },
  cli: {
    help: [
      "对标 Duibiao —— 考核得分表排名、差距与对标分析",
      "",
      "用法：",
      "  npx duibiao analyze 输入.xlsx --out 输出.xlsx [--json 报告.json] [--own 安康 --benchmarks 汉中,商洛,平利]",
      "                 [--rank-method competition|dense] [--bottom-line 10] [--bonus-line 30] [--lang zh-CN|en-US]",
      "",
      "  analyze        找出各张考核得分表，排名、算差距，写入带公式的排名表、对标表和简报",
      "  --out, -o      输出工作簿（输入工作簿加上本工具生成的表；源表和其他内容原样保留）",
      "                 输入可以是 .xlsx、.xlsm（输出也须为 .xlsm，宏保留）、.xls 或 WPS 的 .et（输出为 .xlsx）",
      "  --json         另存一份 JSON 报告",
      "  --own          本单位（如 安康），用于对标表和简报",
      "  --benchmarks   对标单位，逗号分隔（如 汉中,商洛,平利），各在其所在层级比较",
      "  --bottom-line  后N位警戒线（默认 10）",
      "  --bonus-line   无加分将降至第N名以后的提示线（默认 30）",
      "  --rank-method  competition：并列占用名次，同 Excel RANK.EQ（默认，1,2,2,4）；dense：中国式排名（1,2,2,3）",
      "  --lang         输出语言：zh-CN（默认）或 en-US",
      "  --verbose      文件无法读取时，另外列出技术细节（供技术支持排查）",
      "  --help, -h     显示本说明",
      "",
      "退出码：0 成功（数据问题作为警告列出）；1 文件无法读取或没有考核得分表；2 用法错误",
    ].join("\n"),
    version: "duibiao 0.1.0",
    usageError: "用法错误",
    unknownCommand: "未知命令",
    missingInput: "缺少输入工作簿",
    missingOut: "缺少 --out 输出文件",
    extraArguments: "多余的参数",
    badRankMethod: "--rank-method 只能是 competition 或 dense，收到",
    badNumber: "需要正整数，收到",
    cannotWrite: "无法写入（目录不存在或没有写权限）",
    fileMissing: "文件不存在",
    fileIsFolder: "是文件夹，不是工作簿文件：请给出文件名，如 三季度.xlsx",
    fileUnreadable: "无法打开（{code}）：请确认文件存在、没有被其他程序独占，并且有读取权限",
    detailLabel: "详细信息",
    wrongExtension:
      "输出文件 {file} 的扩展名与内容不符：{kind}须保存为 {ext} 文件，例如 {suggestion}",
    kindXlsm: "启用宏的工作簿（.xlsm）",
    kindXlsx: "工作簿",
    kindXls: "Excel 97-2003 工作簿（.xls）",
    kindEt: "WPS 表格文件（.et）",
    converted:
      "{input} 是 {kind}，结果另存为 .xlsx 格式：{file}（源表保留数值、合并单元格和数字格式；原文件不变）",
    noTables: "没有找到考核得分表（需要有单位名称列和得分列的表头）",
    tableSummary: "{sheet}：{units} 个单位 → {output}",
    written: "已写入 {file}",
  },
};

export type Messages = typeof zhCN;
