/* eslint-disable office-addins/load-object-before-read, office-addins/no-context-sync-in-loop --
   these tests read unloaded properties on purpose; the rules cannot follow loads through helpers
   or ClientResult values */
/**
 * Worksheets, tables, charts, panes, page layout, conditional formats, names, settings, the
 * Office namespace, and the snapshot helpers.
 */
import { createEmulator, fromSheets } from "../../dev/office-emulator";
import { errorCode, readValues, useEmulator } from "./emulator-helpers";

const emulator = useEmulator(() => ({
  sheets: [
    {
      name: "三季度",
      values: [
        ["名称", "得分", "加分"],
        ["安康", 90, 1],
        ["汉中", 85, 2],
        ["商洛", 80, 0],
      ],
    },
    { name: "Hidden", visibility: "Hidden" },
  ],
  settings: { duibiao: { ownUnit: "安康" } },
}));

async function run<T>(fn: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run(fn);
}

describe("worksheets", () => {
  test("getItem compares names case-insensitively; getItemOrNullObject; ItemNotFound", async () => {
    const out = await run(async (context) => {
      const sheets = context.workbook.worksheets;
      const a = sheets.getItem("hidden").load("name, visibility, position");
      const b = sheets.getItemOrNullObject("nope");
      const c = sheets.getItemOrNullObject("三季度");
      await context.sync();
      return [a.name, a.visibility, a.position, b.isNullObject, c.isNullObject];
    });
    expect(out).toEqual(["Hidden", "Hidden", 1, true, false]);
  });

  test.each([
    ["", "InvalidArgument"],
    ["x".repeat(32), "InvalidArgument"],
    ["a[1]", "InvalidArgument"],
    ["a:b", "InvalidArgument"],
    ["a*", "InvalidArgument"],
    ["a?", "InvalidArgument"],
    ["a/b", "InvalidArgument"],
    ["a\\b", "InvalidArgument"],
    ["'quoted", "InvalidArgument"],
    ["quoted'", "InvalidArgument"],
    ["History", "InvalidArgument"],
    ["history", "InvalidArgument"],
    ["三季度", "ItemAlreadyExists"],
    ["HIDDEN", "ItemAlreadyExists"],
  ])("add(%p) fails with %s", async (name, code) => {
    expect(
      await errorCode(
        run(async (context) => {
          context.workbook.worksheets.add(name);
          await context.sync();
        })
      )
    ).toBe(code);
  });

  test("add appends without activating; 31 characters and O'Brien are fine; a nameless add gets SheetN", async () => {
    const out = await run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.add("x".repeat(31));
      sheets.add("O'Brien");
      const unnamed = sheets.add().load("name");
      const active = sheets.getActiveWorksheet().load("name");
      const count = sheets.getCount();
      const visible = sheets.getCount(true);
      await context.sync();
      return [unnamed.name, active.name, count.value, visible.value];
    });
    expect(out).toEqual(["Sheet5", "三季度", 5, 4]);
  });

  test("rename, move, hide, activate; renaming onto another sheet's name fails", async () => {
    await run(async (context) => {
      const s = context.workbook.worksheets.add("New");
      s.name = "新表";
      s.position = 0;
      s.activate();
      await context.sync();
    });
    const names = await run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      const active = sheets.getActiveWorksheet().load("name");
      await context.sync();
      return [sheets.items.map((s) => s.name), active.name];
    });
    expect(names).toEqual([["新表", "三季度", "Hidden"], "新表"]);
    const clash = await errorCode(
      run(async (context) => {
        context.workbook.worksheets.getItem("新表").name = "三季度";
        await context.sync();
      })
    );
    expect(clash).toBe("ItemAlreadyExists");
  });

  test("the last visible sheet can be neither deleted nor hidden; a hidden sheet cannot be activated", async () => {
    const attempt = (fn: (c: Excel.RequestContext) => void) =>
      errorCode(
        run(async (context) => {
          fn(context);
          await context.sync();
        })
      );
    expect(await attempt((c) => c.workbook.worksheets.getItem("三季度").delete())).toBe(
      "InvalidOperation"
    );
    expect(
      await attempt((c) => (c.workbook.worksheets.getItem("三季度").visibility = "Hidden"))
    ).toBe("InvalidOperation");
    expect(await attempt((c) => c.workbook.worksheets.getItem("Hidden").activate())).toBe(
      "InvalidOperation"
    );
    await run(async (context) => {
      context.workbook.worksheets.getItem("Hidden").delete();
      await context.sync();
    });
    expect(
      emulator()
        .snapshot()
        .sheets.map((s) => s.name)
    ).toEqual(["三季度"]);
  });

  test("a protected workbook structure refuses add, delete, rename and hide with AccessDenied", async () => {
    const emu = emulator();
    emu.protectStructure(true);
    const attempt = (fn: (c: Excel.RequestContext) => void) =>
      errorCode(
        run(async (context) => {
          fn(context);
          await context.sync();
        })
      );
    expect(await attempt((c) => c.workbook.worksheets.add("X"))).toBe("AccessDenied");
    expect(await attempt((c) => c.workbook.worksheets.getItem("Hidden").delete())).toBe(
      "AccessDenied"
    );
    expect(await attempt((c) => (c.workbook.worksheets.getItem("Hidden").name = "Y"))).toBe(
      "AccessDenied"
    );
    const state = await run(async (context) => {
      const p = context.workbook.protection.load("protected");
      context.workbook.worksheets.getItem("三季度").getRange("D1").values = [["cells are fine"]];
      await context.sync();
      return p.protected;
    });
    expect(state).toBe(true);
    await run(async (context) => {
      context.workbook.protection.unprotect();
      context.workbook.worksheets.add("X");
      await context.sync();
    });
    expect(emu.snapshot().structureProtected).toBe(false);
  });
});

describe("tables", () => {
  test("add names tables uniquely across the workbook; name rules give InvalidArgument and ItemAlreadyExists", async () => {
    const names = await run(async (context) => {
      const a = context.workbook.worksheets
        .getItem("三季度")
        .tables.add("A1:C4", true)
        .load("name");
      const other = context.workbook.worksheets.add("Other");
      other.getRange("A1:B2").values = [
        ["k", "v"],
        [1, 2],
      ];
      const b = other.tables.add("A1:B2", true).load("name");
      await context.sync();
      return [a.name, b.name];
    });
    expect(names).toEqual(["Table1", "Table2"]);
    for (const [name, code] of [
      ["table1", "ItemAlreadyExists"],
      ["1abc", "InvalidArgument"],
      ["has space", "InvalidArgument"],
      ["A1", "InvalidArgument"],
      ["", "InvalidArgument"],
    ])
      expect(
        await errorCode(
          run(async (context) => {
            context.workbook.tables.getItem("Table2").name = name;
            await context.sync();
          })
        )
      ).toBe(code);
    await run(async (context) => {
      context.workbook.tables.getItem("Table2").name = "分数表";
      const t = context.workbook.worksheets.getItem("三季度").tables.getItemOrNullObject("nope");
      await context.sync();
      expect(t.isNullObject).toBe(true);
    });
    expect(emulator().snapshot().sheets[2].tables).toEqual([
      {
        name: "分数表",
        address: "A1:B2",
        hasHeaders: true,
        showTotals: false,
        showBandedRows: true,
        style: "TableStyleMedium2",
      },
    ]);
  });

  test("tables cannot overlap tables or merged cells; ranges and data body", async () => {
    const code = await errorCode(
      run(async (context) => {
        const s = context.workbook.worksheets.getItem("三季度");
        s.tables.add("A1:C4", true);
        s.tables.add("B2:D5", true);
        await context.sync();
      })
    );
    expect(code).toBe("MergedRangeConflict");
    const body = await run(async (context) => {
      const t = context.workbook.tables.getItem("Table1");
      const r = t.getDataBodyRange().load("address");
      const h = t.getHeaderRowRange().load("values");
      await context.sync();
      return [r.address, h.values];
    });
    expect(body).toEqual(["三季度!A2:C4", [["名称", "得分", "加分"]]]);
  });
});

describe("charts", () => {
  test("add, title, position over cells, point colours, legend; all recorded in the snapshot", async () => {
    await run(async (context) => {
      const s = context.workbook.worksheets.getItem("三季度");
      s.getRange("B:B").format.columnWidth = 60;
      const chart = s.charts.add(Excel.ChartType.barClustered, s.getRange("A1:B4"), "Columns");
      chart.name = "得分图";
      chart.title.text = "三季度得分";
      chart.legend.visible = false;
      chart.setPosition("E2", "J15");
      chart.series.getItemAt(0).points.getItemAt(0).format.fill.setSolidColor("#C00000");
      chart.axes.valueAxis.minimum = 0;
      await context.sync();
      const points = chart.series.getItemAt(0).points.load("items/value");
      const count = chart.series.getCount();
      await context.sync();
      expect(points.items.map((p) => p.value)).toEqual([90, 85, 80]);
      expect(count.value).toBe(1);
    });
    const [chart] = emulator().snapshot().sheets[0].charts;
    expect(chart).toMatchObject({
      name: "得分图",
      type: "BarClustered",
      source: "三季度!A1:B4",
      seriesBy: "Columns",
      title: { text: "三季度得分", visible: true },
      legend: { visible: false },
      position: {
        left: 48 + 60 + 48 + 48,
        top: 15,
        width: 5 * 48 + 48,
        height: 14 * 15,
        start: "E2",
        end: "J15",
      },
    });
    expect(chart.series).toHaveLength(1);
    expect(chart.series[0]).toMatchObject({ name: "得分", values: "三季度!B2:B4" });
    expect(chart.series[0].points.map((p) => p.format.fill.color)).toEqual(["#C00000", null, null]);
    expect((chart.axes.valueAxis as { minimum: number }).minimum).toBe(0);
  });

  test("unknown chart types and bad colours are InvalidArgument; getItem of a missing chart is ItemNotFound", async () => {
    const attempt = (fn: (s: Excel.Worksheet) => void) =>
      errorCode(
        run(async (context) => {
          fn(context.workbook.worksheets.getItem("三季度"));
          await context.sync();
        })
      );
    expect(await attempt((s) => s.charts.add("Sparkles" as never, s.getRange("A1:B4")))).toBe(
      "InvalidArgument"
    );
    expect(await attempt((s) => s.charts.getItem("nope"))).toBe("ItemNotFound");
    expect(
      await attempt((s) =>
        s.charts
          .add("Line", s.getRange("A1:B4"))
          .series.getItemAt(0)
          .format.fill.setSolidColor("nope")
      )
    ).toBe("InvalidArgument");
  });
});

describe("panes, page layout, conditional formats, names", () => {
  test("freeze panes: rows, columns, freezeAt and the location", async () => {
    const out = await run(async (context) => {
      const panes = context.workbook.worksheets.getItem("三季度").freezePanes;
      panes.freezeRows(2);
      const rows = panes.getLocationOrNullObject().load("address");
      await context.sync();
      panes.freezeAt("A1:B3");
      const both = panes.getLocationOrNullObject().load("address");
      await context.sync();
      panes.freezeColumns(1);
      const cols = panes.getLocationOrNullObject().load("address");
      await context.sync();
      panes.unfreeze();
      const none = panes.getLocationOrNullObject();
      await context.sync();
      return [rows.address, both.address, cols.address, none.isNullObject];
    });
    expect(out).toEqual(["三季度!1:2", "三季度!A1:B3", "三季度!A:A", true]);
  });

  test("page layout: zoom is set as a whole object, print titles, orientation", async () => {
    await run(async (context) => {
      const layout = context.workbook.worksheets.getItem("三季度").pageLayout;
      layout.orientation = Excel.PageOrientation.landscape;
      layout.paperSize = "A3";
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.centerHorizontally = true;
      layout.setPrintTitleRows("$1:$1");
      await context.sync();
    });
    await run(async (context) => {
      // As documented: zoom's parts cannot be set through navigation; zoom is not loaded.
      const layout = context.workbook.worksheets.getItem("三季度").pageLayout;
      expect(() => (layout.zoom.scale = 50)).toThrow(/not available/);
      await context.sync();
    });
    expect(emulator().snapshot().sheets[0].pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A3",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      centerHorizontally: true,
      printTitleRows: "$1:$1",
    });
    expect(
      await errorCode(
        run(async (context) => {
          context.workbook.worksheets.getItem("三季度").pageLayout.zoom = { scale: 5 };
          await context.sync();
        })
      )
    ).toBe("InvalidArgument");
  });

  test("conditional formats are recorded with their type, range and rule", async () => {
    await run(async (context) => {
      const r = context.workbook.worksheets.getItem("三季度").getRange("B2:B4");
      const custom = r.conditionalFormats.add(Excel.ConditionalFormatType.custom);
      custom.custom.rule.formula = "=B2<MAX($B$2:$B$4)-5";
      custom.custom.format.fill.color = "#FFC7CE";
      custom.custom.format.font.color = "#9C0006";
      const cell = r.conditionalFormats.add("CellValue");
      cell.cellValue.rule = { formula1: "=85", operator: "LessThan" };
      const count = r.conditionalFormats.getCount();
      await context.sync();
      expect(count.value).toBe(2);
    });
    const [first, second] = emulator().snapshot().sheets[0].conditionalFormats;
    expect(first).toMatchObject({ type: "CellValue", addresses: ["B2:B4"], priority: 0 });
    expect(second).toMatchObject({
      type: "Custom",
      priority: 1,
      detail: {
        rule: { formula: "=B2<MAX($B$2:$B$4)-5" },
        format: { fill: { color: "#FFC7CE" }, font: { color: "#9C0006" } },
      },
    });
    expect(
      await errorCode(
        run(async (context) => {
          const cf = context.workbook.worksheets
            .getItem("三季度")
            .getRange("A1")
            .conditionalFormats.add("Custom");
          cf.cellValue.rule = { formula1: "=1", operator: "EqualTo" };
          await context.sync();
        })
      )
    ).toBe("InvalidOperation");
  });

  test("defined names refer to ranges and can be used in formulas", async () => {
    const out = await run(async (context) => {
      const s = context.workbook.worksheets.getItem("三季度");
      context.workbook.names.add("得分", s.getRange("B2:B4"));
      s.getRange("E1").formulas = [["=MAX(得分)"]];
      const item = context.workbook.names.getItem("得分").load("type, value, formula");
      const v = s.getRange("E1").load("values");
      await context.sync();
      return [item.type, item.value, item.formula, v.values];
    });
    expect(out).toEqual(["Range", "三季度!B2:B4", "=三季度!$B$2:$B$4", [[90]]]);
  });
});

describe("settings", () => {
  test("workbook.settings reads the persisted settings and writes through", async () => {
    const emu = emulator();
    await run(async (context) => {
      const settings = context.workbook.settings;
      const own = settings.getItemOrNullObject("duibiao").load("value");
      const missing = settings.getItemOrNullObject("nope");
      settings.add("ties", "dense");
      await context.sync();
      expect(own.value).toEqual({ ownUnit: "安康" });
      expect(missing.isNullObject).toBe(true);
    });
    expect(emu.savedSettings()).toEqual({ duibiao: { ownUnit: "安康" }, ties: "dense" });
    expect(emu.reopen().savedSettings()).toEqual({ duibiao: { ownUnit: "安康" }, ties: "dense" });
  });

  test("document settings persist only on saveAsync, and survive reopening", async () => {
    const emu = emulator();
    const settings = Office.context.document.settings;
    expect(settings.get("duibiao")).toEqual({ ownUnit: "安康" });
    expect(settings.get("nope")).toBeNull();
    settings.set("bottomLine", 10);
    expect(emu.savedSettings().bottomLine).toBeUndefined();
    const result = await new Promise<Office.AsyncResult<void>>((resolve) =>
      settings.saveAsync(resolve)
    );
    expect(result.status).toBe(Office.AsyncResultStatus.Succeeded);
    expect(emu.savedSettings().bottomLine).toBe(10);
    const reopened = emu.reopen();
    expect((reopened.Office as typeof Office).context.document.settings.get("bottomLine")).toBe(10);
    emu.failSettingsSave("disk full");
    settings.remove("bottomLine");
    const failed = await new Promise<Office.AsyncResult<void>>((resolve) =>
      settings.saveAsync(resolve)
    );
    expect(failed.status).toBe(Office.AsyncResultStatus.Failed);
    expect(failed.error.message).toBe("disk full");
    expect(emu.savedSettings().bottomLine).toBe(10);
  });
});

describe("the Office namespace", () => {
  test("onReady, language, theme, host", async () => {
    const emu = createEmulator({
      displayLanguage: "en-US",
      officeTheme: { bodyBackgroundColor: "#1F1F1F", isDarkTheme: true },
    });
    const office = emu.Office as typeof Office;
    const info = await office.onReady();
    expect(info).toEqual({ host: office.HostType.Excel, platform: "PC" });
    expect(office.context.displayLanguage).toBe("en-US");
    expect(office.context.officeTheme.bodyBackgroundColor).toBe("#1F1F1F");
    expect(Office.context.displayLanguage).toBe("zh-CN");
  });

  test("dialogs are recorded; messages and closing reach the handlers", async () => {
    const emu = emulator();
    const dialog = await new Promise<Office.Dialog>((resolve, reject) =>
      Office.context.ui.displayDialogAsync(
        "https://localhost:3000/help.html",
        { height: 50, width: 40 },
        (r) =>
          r.status === Office.AsyncResultStatus.Succeeded ? resolve(r.value) : reject(r.error)
      )
    );
    const seen: unknown[] = [];
    dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => seen.push(arg));
    dialog.addEventHandler(Office.EventType.DialogEventReceived, (arg) => seen.push(arg));
    emu.sendDialogMessage("hello");
    emu.closeDialogByUser();
    expect(seen).toEqual([
      { type: "dialogMessageReceived", message: "hello", origin: "https://localhost:3000" },
      { type: "dialogEventReceived", error: 12006 },
    ]);
    expect(emu.dialogs[0]).toMatchObject({
      url: "https://localhost:3000/help.html",
      options: { height: 50, width: 40 },
      closed: true,
    });
    const insecure = await new Promise<Office.AsyncResult<Office.Dialog>>((resolve) =>
      Office.context.ui.displayDialogAsync("http://example.com", resolve)
    );
    expect(insecure.status).toBe(Office.AsyncResultStatus.Failed);
    expect(insecure.error.code).toBe(12003);
  });

  test("associated functions run with an event whose completed() is recorded; task pane calls too", async () => {
    const emu = emulator();
    Office.actions.associate("refresh", async (event: Office.AddinCommands.Event) => {
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem("三季度").getRange("D1").values = [["done"]];
        await context.sync();
      });
      event.completed();
    });
    const record = await emu.invokeAction("refresh");
    expect(record.completed).toBe(true);
    expect(await readValues("三季度", "D1")).toEqual([["done"]]);
    await Office.addin.showAsTaskpane();
    await Office.addin.hide();
    expect(emu.taskpaneCalls).toEqual(["show", "hide"]);
    await expect(emu.invokeAction("missing")).rejects.toThrow(/no function/);
  });
});

describe("snapshot and sheet inputs", () => {
  test("source sheets stay byte-identical when a batch writes only to new sheets", async () => {
    const emu = fromSheets([
      {
        name: "一季度",
        values: [
          ["名称", "得分"],
          ["安康", "=ROUND(90.125,2)"],
        ],
        merges: ["A3:B3"],
      },
      {
        name: "二季度",
        values: [
          ["名称", "得分"],
          ["安康", 88],
        ],
      },
    ]).install();
    try {
      const before = JSON.stringify(emu.sheetInputs());
      await Excel.run(async (context) => {
        const out = context.workbook.worksheets.add("排名");
        out.getRange("A1:B1").values = [["=一季度!B2", "=二季度!B2"]];
        out.getRange("A1:B1").format.font.bold = true;
        await context.sync();
      });
      const after = emu.sheetInputs();
      expect(JSON.stringify(after.slice(0, 2))).toBe(before);
      expect(after[2]).toEqual({
        name: "排名",
        values: [[90.13, 88]],
        formulas: [["=一季度!B2", "=二季度!B2"]],
        numberFormats: [["General", "General"]],
        merges: [],
      });
      expect(after[0].merges).toEqual([{ top: 2, left: 0, bottom: 2, right: 1 }]);
      const snap = emu.snapshot();
      expect(snap.sheets.map((s) => [s.name, s.position, s.active])).toEqual([
        ["一季度", 0, true],
        ["二季度", 1, false],
        ["排名", 2, false],
      ]);
      expect(snap.sheets[2].formats).toEqual({ A1: { bold: true }, B1: { bold: true } });
    } finally {
      emu.uninstall();
    }
  });
});
