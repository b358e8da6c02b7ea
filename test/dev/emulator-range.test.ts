/* eslint-disable office-addins/load-object-before-read, office-addins/no-navigational-load, office-addins/no-empty-load --
   these tests read unloaded properties on purpose; the rules cannot follow loads through helpers
   or ClientResult values */
/**
 * Ranges: addresses, writing values like Excel does (typing rules, "@" text format), shapes,
 * formats, merges, used ranges, and protected sheets refusing writes.
 */
import { createEmulator } from "../../dev/office-emulator";
import { errorCode, readValues, thrownCode, useEmulator } from "./emulator-helpers";

const emulator = useEmulator(() => ({
  sheets: [
    {
      name: "三季度",
      values: [
        ["名称", "得分"],
        ["安康", 90],
      ],
      merges: ["A4:C4"],
    },
    { name: "my sheet" },
    { name: "排名-三季度" },
    { name: "Locked", values: [["keep"]], protected: true },
  ],
}));

async function write(sheet: string, address: string, set: (r: Excel.Range) => void): Promise<void> {
  await Excel.run(async (context) => {
    set(context.workbook.worksheets.getItem(sheet).getRange(address));
    await context.sync();
  });
}

async function load<K extends keyof Excel.Range>(
  sheet: string,
  address: string,
  ...props: K[]
): Promise<Pick<Excel.Range, K>> {
  return Excel.run(async (context) => {
    const r = context.workbook.worksheets.getItem(sheet).getRange(address);
    r.load(props as string[]);
    await context.sync();
    return Object.fromEntries(props.map((p) => [p, r[p]])) as Pick<Excel.Range, K>;
  });
}

describe("addresses", () => {
  test("sheet-qualified, quoted only when Excel quotes", async () => {
    expect((await load("三季度", "a1:c3", "address")).address).toBe("三季度!A1:C3");
    expect((await load("my sheet", "B2", "address")).address).toBe("'my sheet'!B2");
    expect((await load("排名-三季度", "A:A", "address")).address).toBe("'排名-三季度'!A:A");
    expect((await load("三季度", "3:3", "address")).address).toBe("三季度!3:3");
    expect(
      await load(
        "三季度",
        "$B$2:C5",
        "rowIndex",
        "columnIndex",
        "rowCount",
        "columnCount",
        "cellCount"
      )
    ).toEqual({
      rowIndex: 1,
      columnIndex: 1,
      rowCount: 4,
      columnCount: 2,
      cellCount: 8,
    });
  });

  test("getRange() is the whole sheet; getRangeByIndexes, getCell, getResizedRange, getOffsetRange", async () => {
    const out = await Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem("三季度");
      const list = [
        s.getRange(),
        s.getRangeByIndexes(1, 2, 3, 4),
        s.getRange("B2:C3").getCell(1, 1),
        s.getRange("B2").getResizedRange(2, 1),
        s.getRange("B2").getOffsetRange(1, -1),
        s.getRange("B2:D4").getRow(2),
        s.getRange("B2:D4").getEntireColumn(),
      ].map((r) => r.load("address"));
      await context.sync();
      return list.map((r) => r.address);
    });
    expect(out).toEqual([
      "三季度!1:1048576",
      "三季度!C2:F4",
      "三季度!C3",
      "三季度!B2:C4",
      "三季度!A3",
      "三季度!B4:D4",
      "三季度!B:D",
    ]);
  });

  test("bad addresses and off-sheet ranges are InvalidArgument", async () => {
    for (const address of ["A0", "ZZZZ1", "A1:", "Sheet9!A1", ""]) {
      expect(await errorCode(load("三季度", address, "address"))).toBe("InvalidArgument");
    }
    const code = await errorCode(
      Excel.run(async (context) => {
        context.workbook.worksheets
          .getItem("三季度")
          .getRange("A1")
          .getOffsetRange(-1, 0)
          .load("address");
        await context.sync();
      })
    );
    expect(code).toBe("InvalidArgument");
  });
});

describe("writing values and formulas", () => {
  test("a 2-D array must have the range's shape; a single value fills every cell", async () => {
    for (const bad of [[[1, 2]], [[1], [2], [3]], [1, 2], [[1, 2], [3]]])
      expect(await errorCode(write("my sheet", "A1:B2", (r) => (r.values = bad as never)))).toBe(
        "InvalidArgument"
      );
    await write("my sheet", "A1:B2", (r) => (r.values = 0 as never));
    expect(await readValues("my sheet", "A1:B2")).toEqual([
      [0, 0],
      [0, 0],
    ]);
    await write("my sheet", "C1", (r) => (r.values = [[1]]));
    expect(await errorCode(write("my sheet", "A1", (r) => (r.values = null as never)))).toBe(
      "InvalidArgument"
    );
  });

  test("strings are read the way typing reads them", async () => {
    await write(
      "my sheet",
      "A1:H1",
      (r) => (r.values = [["001", "50%", "TRUE", "'007", "-5", "-", "#N/A", " 12 "]])
    );
    const out = await load("my sheet", "A1:H1", "values", "formulas", "numberFormat", "valueTypes");
    expect(out.values).toEqual([[1, 0.5, true, "007", -5, "-", "#N/A", 12]]);
    expect(out.numberFormat[0][1]).toBe("0%");
    expect(out.valueTypes).toEqual([
      ["Double", "Double", "Boolean", "String", "Double", "String", "Error", "Double"],
    ]);
  });

  test('"+" and "-" start formulas, as office-js documents', async () => {
    await write("my sheet", "A1:B1", (r) => (r.values = [["-A2", "+3*2"]]));
    const out = await load("my sheet", "A1:B1", "values", "formulas");
    expect(out.formulas).toEqual([["=-A2", "=+3*2"]]);
    expect(out.values).toEqual([[0, 6]]);
  });

  test('a cell formatted "@" keeps "=x" and "001" as text', async () => {
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("my sheet").getRange("A1:C1");
      r.numberFormat = [["@", "@", "General"]];
      r.values = [["=1+1", "001", "=1+1"]];
      await context.sync();
    });
    const out = await load("my sheet", "A1:C1", "values", "formulas", "numberFormat");
    expect(out.values).toEqual([["=1+1", "001", 2]]);
    expect(out.formulas).toEqual([["=1+1", "001", "=1+1"]]);
    expect(out.numberFormat).toEqual([["@", "@", "General"]]);
  });

  test("the text format counts only if set before the value (queue order)", async () => {
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("my sheet").getRange("A1");
      r.values = [["=2*3"]];
      r.numberFormat = [["@"]];
      await context.sync();
    });
    expect(await readValues("my sheet", "A1")).toEqual([[6]]);
  });

  test('null leaves a cell unchanged, "" clears it', async () => {
    await write("三季度", "A2:B2", (r) => (r.values = [[null, ""]]));
    expect(await readValues("三季度", "A2:B2")).toEqual([["安康", ""]]);
  });
});

describe("formats", () => {
  test("font, fill, alignment, wrap, borders, and null when cells differ", async () => {
    await Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem("my sheet");
      const r = s.getRange("A1:B2");
      r.format.font.bold = true;
      r.format.font.color = "#ff0000";
      r.format.font.size = 14;
      r.format.font.name = "宋体";
      r.format.fill.color = "yellow";
      r.format.horizontalAlignment = "Center";
      r.format.verticalAlignment = "Center";
      r.format.wrapText = true;
      r.format.borders.getItem("EdgeTop").style = "Continuous";
      r.format.borders.getItem("InsideHorizontal").color = "#00FF00";
      s.getRange("B2").format.font.italic = true;
      s.getRange("B2").format.fill.clear();
      await context.sync();
    });
    const out = await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("my sheet").getRange("A1:B2");
      r.load(
        "format/font, format/fill/color, format/horizontalAlignment, format/verticalAlignment, format/wrapText"
      );
      const top = r.format.borders.getItem("EdgeTop").load("style,color,weight");
      const inside = r.format.borders.getItem("InsideHorizontal").load("color");
      const a1 = context.workbook.worksheets
        .getItem("my sheet")
        .getRange("A1")
        .load("format/fill/color");
      await context.sync();
      return {
        bold: r.format.font.bold,
        italic: r.format.font.italic,
        color: r.format.font.color,
        size: r.format.font.size,
        name: r.format.font.name,
        fill: r.format.fill.color,
        a1Fill: a1.format.fill.color,
        h: r.format.horizontalAlignment,
        v: r.format.verticalAlignment,
        wrap: r.format.wrapText,
        top: [top.style, top.color, top.weight],
        inside: inside.color,
      };
    });
    expect(out).toEqual({
      bold: true,
      italic: null,
      color: "#FF0000",
      size: 14,
      name: "宋体",
      fill: null,
      a1Fill: "#FFFF00",
      h: "Center",
      v: "Center",
      wrap: true,
      top: ["Continuous", "#000000", "Thin"],
      inside: "#00FF00",
    });
    expect(emulator().snapshot().sheets[1].formats.A1).toMatchObject({
      bold: true,
      fillColor: "#FFFF00",
    });
  });

  test("bad format values are InvalidArgument", async () => {
    for (const set of [
      (r: Excel.Range) => (r.format.font.color = "reddish"),
      (r: Excel.Range) => (r.format.font.size = 0),
      (r: Excel.Range) => (r.format.horizontalAlignment = "Middle" as never),
      (r: Excel.Range) => (r.format.borders.getItem("EdgeTop").style = "Wavy" as never),
      (r: Excel.Range) => (r.format.columnWidth = -1),
    ])
      expect(await errorCode(write("my sheet", "A1", set))).toBe("InvalidArgument");
  });

  test("column widths, row heights, autofit, and whole-column formats", async () => {
    await Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem("三季度");
      s.getRange("B:C").format.columnWidth = 80;
      s.getRange("2:2").format.rowHeight = 30;
      s.getRange("D:D").numberFormat = "0.00" as never;
      s.getRange("D5").values = [[3.14159]];
      s.getRange("A1:A2").format.autofitColumns();
      await context.sync();
    });
    const out = await Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem("三季度");
      const b = s.getRange("B1:C1").load("format/columnWidth");
      const mixed = s.getRange("A1:B1").load("format/columnWidth");
      const row = s.getRange("A2").load("format/rowHeight");
      const d = s.getRange("D5").load("text, numberFormat");
      const a = s.getRange("A1").load("format/columnWidth");
      await context.sync();
      return [
        b.format.columnWidth,
        mixed.format.columnWidth,
        row.format.rowHeight,
        d.text,
        d.numberFormat,
        a.format.columnWidth,
      ];
    });
    expect(out.slice(0, 5)).toEqual([80, null, 30, [["3.14"]], [["0.00"]]]);
    // "名称"/"安康": two CJK characters are four character widths.
    expect(out[5]).toBeCloseTo((4 * 7 + 10) * 0.75, 5);
  });

  test("text follows the number format", async () => {
    await write("my sheet", "A1:E1", (r) => {
      r.values = [[1234.5, 0.256, -3, 92.5, "文字"]];
      r.numberFormat = [["#,##0.00", "0.0%", "0;(0)", '0.00"分"', "@"]];
    });
    expect((await load("my sheet", "A1:E1", "text")).text).toEqual([
      ["1,234.50", "25.6%", "(3)", "92.50分", "文字"],
    ]);
  });
});

describe("merges", () => {
  test("merge, getMergedAreasOrNullObject, unmerge; merging keeps the upper-left value", async () => {
    await write("my sheet", "A1:B2", (r) => {
      r.values = [
        ["top", "x"],
        ["y", "z"],
      ];
      r.merge();
    });
    await write("my sheet", "D1:E2", (r) => r.merge(true));
    const areas = await Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem("my sheet");
      const merged = s.getRange("A1:F5").getMergedAreasOrNullObject();
      merged.load("address, areaCount");
      merged.areas.load("items/address");
      const none = s.getRange("H1:H3").getMergedAreasOrNullObject();
      await context.sync();
      return {
        address: merged.address,
        count: merged.areaCount,
        items: merged.areas.items.map((a) => a.address),
        none: none.isNullObject,
      };
    });
    expect(areas).toEqual({
      address: "'my sheet'!A1:B2, 'my sheet'!D1:E1, 'my sheet'!D2:E2",
      count: 3,
      items: ["'my sheet'!A1:B2", "'my sheet'!D1:E1", "'my sheet'!D2:E2"],
      none: true,
    });
    expect(await readValues("my sheet", "A1:B2")).toEqual([
      ["top", ""],
      ["", ""],
    ]);
    await write("my sheet", "A1", (r) => r.unmerge());
    expect(emulator().snapshot().sheets[1].merges).toEqual([
      { top: 0, left: 3, bottom: 0, right: 4 },
      { top: 1, left: 3, bottom: 1, right: 4 },
    ]);
  });

  test("initial merges from the options", () => {
    expect(emulator().snapshot().sheets[0].merges).toEqual([
      { top: 3, left: 0, bottom: 3, right: 2 },
    ]);
  });
});

describe("used range, clear, select", () => {
  test("worksheet.getUsedRange of an empty sheet is A1; the OrNullObject form is null; Range.getUsedRange throws", async () => {
    const out = await Excel.run(async (context) => {
      const empty = context.workbook.worksheets.getItem("排名-三季度");
      const used = empty.getUsedRange().load("address");
      const orNull = empty.getUsedRangeOrNullObject(true);
      const full = context.workbook.worksheets.getItem("三季度").getUsedRange(true).load("address");
      const withFormats = context.workbook.worksheets
        .getItem("三季度")
        .getUsedRange()
        .load("address");
      await context.sync();
      return [used.address, orNull.isNullObject, full.address, withFormats.address];
    });
    // The merged A4:C4 counts as formatting.
    expect(out).toEqual(["'排名-三季度'!A1", true, "三季度!A1:B2", "三季度!A1:C4"]);
    expect(
      await errorCode(
        Excel.run(async (context) => {
          context.workbook.worksheets
            .getItem("三季度")
            .getRange("E5:F6")
            .getUsedRange()
            .load("address");
          await context.sync();
        })
      )
    ).toBe("ItemNotFound");
  });

  test("clear(Contents) keeps formats; clear() removes both", async () => {
    await write("三季度", "A1:B2", (r) => (r.format.font.bold = true));
    await write("三季度", "A1", (r) => r.clear("Contents"));
    await write("三季度", "B1", (r) => r.clear());
    const snap = emulator().snapshot().sheets[0];
    expect(snap.values[0].slice(0, 2)).toEqual(["", ""]);
    expect(snap.formats.A1).toEqual({ bold: true });
    expect(snap.formats.B1).toBeUndefined();
  });

  test("select() activates and selects; getSelectedRange returns it", async () => {
    const address = await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("my sheet").getRange("B2:C3").select();
      const sel = context.workbook.getSelectedRange().load("address");
      const active = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      return [sel.address, active.name];
    });
    expect(address).toEqual(["'my sheet'!B2:C3", "my sheet"]);
  });
});

describe("protected sheets refuse writes with AccessDenied", () => {
  const writes: [string, (r: Excel.Range) => void][] = [
    ["values", (r) => (r.values = [["x"]])],
    ["formulas", (r) => (r.formulas = [["=1"]])],
    ["numberFormat", (r) => (r.numberFormat = [["0"]])],
    ["font", (r) => (r.format.font.bold = true)],
    ["fill", (r) => (r.format.fill.color = "#FF0000")],
    ["width", (r) => (r.format.columnWidth = 10)],
    ["merge", (r) => r.getResizedRange(0, 1).merge()],
    ["clear", (r) => r.clear()],
    ["conditional format", (r) => r.conditionalFormats.add("Custom")],
  ];

  test.each(writes)("%s", async (_name, set) => {
    expect(await errorCode(write("Locked", "A1", set))).toBe("AccessDenied");
    expect(await readValues("Locked", "A1")).toEqual([["keep"]]);
  });

  test("tables, charts and page layout are refused too; reading, activating and deleting are not", async () => {
    const attempt = (fn: (s: Excel.Worksheet) => void) =>
      errorCode(
        Excel.run(async (context) => {
          fn(context.workbook.worksheets.getItem("Locked"));
          await context.sync();
        })
      );
    expect(await attempt((s) => s.tables.add("A1:B2", true))).toBe("AccessDenied");
    expect(await attempt((s) => s.charts.add("ColumnClustered", s.getRange("A1:A2")))).toBe(
      "AccessDenied"
    );
    expect(await attempt((s) => (s.pageLayout.orientation = "Landscape"))).toBe("AccessDenied");
    await Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem("Locked");
      s.activate();
      s.freezePanes.freezeRows(1);
      const p = s.protection.load("protected");
      await context.sync();
      expect(p.protected).toBe(true);
      s.delete();
      await context.sync();
    });
    expect(
      emulator()
        .snapshot()
        .sheets.map((s) => s.name)
    ).not.toContain("Locked");
  });

  test("unlocked cells may be written; unprotect() lifts it; protect() twice fails", async () => {
    const emu = emulator();
    emu.setSheetProtected("Locked", false);
    await write("Locked", "B1", (r) => (r.format.protection.locked = false));
    emu.setSheetProtected("Locked", true);
    await write("Locked", "B1", (r) => (r.values = [["free"]]));
    expect(await errorCode(write("Locked", "B1", (r) => (r.format.font.bold = true)))).toBe(
      "AccessDenied"
    );
    expect(
      await errorCode(
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem("Locked").protection.protect();
          await context.sync();
        })
      )
    ).toBe("AccessDenied");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Locked").protection.unprotect();
      context.workbook.worksheets.getItem("Locked").getRange("A1").values = [["changed"]];
      await context.sync();
    });
    expect(await readValues("Locked", "A1:B1")).toEqual([["changed", "free"]]);
  });
});

test("a whole-sheet read over the response limit fails like Excel on the web", async () => {
  const emu = createEmulator({ responseLimitBytes: 1000 }).install();
  try {
    const code = await errorCode(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:A1000").load("values");
        await context.sync();
      })
    );
    expect(code).toBe("ResponsePayloadSizeLimitExceeded");
  } finally {
    emu.uninstall();
  }
});

test("reading a property of a range that is not loaded still throws after other loads", async () => {
  await Excel.run(async (context) => {
    const r = context.workbook.worksheets.getItem("三季度").getRange("A1").load("values");
    await context.sync();
    expect(thrownCode(() => r.numberFormat)).toBe("PropertyNotLoaded");
  });
});
