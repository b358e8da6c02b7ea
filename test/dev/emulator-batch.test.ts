/* eslint-disable office-addins/load-object-before-read, office-addins/call-sync-before-read, office-addins/call-sync-after-load, office-addins/no-navigational-load, office-addins/no-context-sync-in-loop --
   these tests read unloaded properties on purpose; the rules cannot follow loads through helpers
   or ClientResult values */
/**
 * The batch model: proxies, load/sync, PropertyNotLoaded, partial application on failure,
 * counters, request size, cell-edit mode, requirement sets and strictness about unknown members.
 */
import { createEmulator } from "../../dev/office-emulator";
import { errorCode, thrownCode, useEmulator } from "./emulator-helpers";

const emulator = useEmulator(() => ({
  sheets: [
    {
      name: "Data",
      values: [
        ["名称", "得分"],
        ["安康", 90],
        ["汉中", 85],
      ],
    },
    { name: "Other", values: [[1]] },
  ],
}));

describe("reading before load and sync", () => {
  test("a scalar property throws PropertyNotLoaded until loaded and synced", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B3");
      expect(thrownCode(() => range.values)).toBe("PropertyNotLoaded");
      range.load("values");
      expect(thrownCode(() => range.values)).toBe("PropertyNotLoaded");
      await context.sync();
      expect(range.values).toEqual([
        ["名称", "得分"],
        ["安康", 90],
        ["汉中", 85],
      ]);
      // Other properties stay unloaded.
      expect(thrownCode(() => range.address)).toBe("PropertyNotLoaded");
    });
  });

  test("a collection's items throw PropertyNotLoaded until loaded", async () => {
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(thrownCode(() => sheets.items)).toBe("PropertyNotLoaded");
      sheets.load("items/name");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Data", "Other"]);
      expect(thrownCode(() => sheets.items[0].position)).toBe("PropertyNotLoaded");
    });
  });

  test("the error is an OfficeExtension.Error with debugInfo", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1");
      let caught: unknown;
      try {
        void range.values;
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(OfficeExtension.Error);
      const err = caught as OfficeExtension.Error;
      expect(err.name).toBe("RichApi.Error");
      expect(err.debugInfo.errorLocation).toBe("Range.values");
      await context.sync();
    });
  });

  test("values are not there right after sync() without await", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1");
      range.load("values");
      const pending = context.sync();
      expect(thrownCode(() => range.values)).toBe("PropertyNotLoaded");
      await pending;
      expect(range.values).toEqual([["名称"]]);
    });
  });

  test("isNullObject needs a sync; ClientResult.value throws ValueNotLoaded before it", async () => {
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("nope");
      const count = context.workbook.worksheets.getCount();
      expect(thrownCode(() => missing.isNullObject)).toBe("PropertyNotLoaded");
      expect(thrownCode(() => count.value)).toBe("ValueNotLoaded");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(count.value).toBe(2);
    });
  });

  test("a written property reads back what was written, before any sync (as office-js echoes it)", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("C1");
      range.values = [["=1+1"]];
      expect(range.values).toEqual([["=1+1"]]);
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([[2]]);
    });
  });
});

describe("load forms", () => {
  test("comma list, array, select/expand, navigation paths and items/...", async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const a = sheet.getRange("A1:B1").load("address, rowCount");
      const b = sheet.getRange("A2").load(["values", "columnIndex"]);
      const c = sheet.getRange("B2").load({ select: "numberFormat", expand: "format/font" });
      const d = sheet.getRange("A1").load("format/fill/color");
      const sheets = context.workbook.worksheets.load("name, position");
      const all = sheet.getRange("A1").load();
      await context.sync();
      expect([a.address, a.rowCount]).toEqual(["Data!A1:B1", 1]);
      expect([b.values, b.columnIndex]).toEqual([[["安康"]], 0]);
      expect(c.numberFormat).toEqual([["General"]]);
      expect(c.format.font.size).toBe(11);
      expect(d.format.fill.color).toBe("#FFFFFF");
      expect(thrownCode(() => d.format.font.bold)).toBe("PropertyNotLoaded");
      expect(sheets.items.map((s) => [s.name, s.position])).toEqual([
        ["Data", 0],
        ["Other", 1],
      ]);
      expect(all.formulas).toEqual([["名称"]]);
      expect(a.toJSON()).toEqual({ address: "Data!A1:B1", rowCount: 1 });
    });
  });

  test("typed load options: { values: true, format: { font: { bold: true } } } and $all", async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const r = sheet.getRange("A1").load({ values: true, format: { font: { bold: true } } });
      const all = sheet.getRange("B1").load({ $all: true });
      const sheets = context.workbook.worksheets.load({ name: true });
      await context.sync();
      expect(r.values).toEqual([["名称"]]);
      expect(r.format.font.bold).toBe(false);
      expect(thrownCode(() => r.address)).toBe("PropertyNotLoaded");
      expect(thrownCode(() => r.format.font.size)).toBe("PropertyNotLoaded");
      expect(all.address).toBe("Data!B1");
      expect(sheets.items.map((s) => s.name)).toEqual(["Data", "Other"]);
    });
  });

  test("a load sees the state at its place in the queue", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("B2");
      range.load("values");
      range.values = [[70]];
      const after = context.workbook.worksheets.getItem("Data").getRange("B2").load("values");
      await context.sync();
      expect(range.values).toEqual([[90]]);
      expect(after.values).toEqual([[70]]);
    });
  });

  test("unknown properties and members are refused loudly", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1");
      expect(thrownCode(() => range.load("valuesAsJsonLocalNope"))).toBe("NotEmulated");
      expect(thrownCode(() => (range as unknown as { frobnicate: unknown }).frobnicate)).toBe(
        "NotEmulated"
      );
      expect(thrownCode(() => ((range as unknown as { hidden2: boolean }).hidden2 = true))).toBe(
        "NotEmulated"
      );
      expect(thrownCode(() => (Excel as unknown as { NoSuchEnum: unknown }).NoSuchEnum)).toBe(
        "NotEmulated"
      );
      await context.sync();
    });
  });
});

describe("null objects and set()", () => {
  test("a null object's children are null too; writes through them are skipped, reads give undefined", async () => {
    const emu = emulator();
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Missing");
      const range = missing.getRange("A1");
      range.values = [["lost"]];
      range.load("values");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(range.isNullObject).toBe(true);
      expect(range.values).toBeUndefined();
    });
    expect(emu.snapshot().sheets.map((s) => s.name)).toEqual(["Data", "Other"]);
  });

  test("set() assigns scalar properties and recurses into navigation properties", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
      range.set({ format: { font: { bold: true, color: "#0000FF" }, fill: { color: "#EEEEEE" } } });
      range.set({ numberFormat: [["@", "0.00"]] });
      expect(thrownCode(() => range.set({ address: "Z9" } as never))).toBe("InvalidArgument");
      await context.sync();
      const check = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
      check.load("numberFormat, format/font/bold, format/font/color, format/fill/color");
      await context.sync();
      expect(check.toJSON()).toEqual({
        numberFormat: [["@", "0.00"]],
        format: { font: { bold: true, color: "#0000FF" }, fill: { color: "#EEEEEE" } },
      });
    });
  });

  test("Excel.run(previousObject, batch) reuses that object's context", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1");
      await context.sync();
      await Excel.run(range, async (again) => {
        expect(again).toBe(context);
        range.load("values");
        await again.sync();
      });
      expect(range.values).toEqual([["名称"]]);
    });
  });
});

describe("failures during a sync", () => {
  test("ItemNotFound rejects the sync; earlier operations stay applied, later ones do not", async () => {
    const code = await errorCode(
      Excel.run(async (context) => {
        const data = context.workbook.worksheets.getItem("Data");
        data.getRange("C1").values = [["before"]];
        context.workbook.worksheets.getItem("Missing").getRange("A1").values = [["x"]];
        data.getRange("C2").values = [["after"]];
        await context.sync();
      })
    );
    expect(code).toBe("ItemNotFound");
    const snap = emulator().snapshot();
    expect(snap.sheets[0].values.map((r) => r[2])).toEqual(["before", "", ""]);
  });

  test("getItem of a missing sheet fails the sync even if the object is never used", async () => {
    expect(
      await errorCode(
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem("Missing");
          await context.sync();
        })
      )
    ).toBe("ItemNotFound");
  });

  test("the rejection carries code, message and debugInfo.errorLocation", async () => {
    let caught: OfficeExtension.Error | undefined;
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1:B2").values = [[1, 2]];
      await context.sync();
    }).catch((e: OfficeExtension.Error) => (caught = e));
    expect(caught).toBeInstanceOf(OfficeExtension.Error);
    expect(caught?.code).toBe("InvalidArgument");
    expect(caught?.debugInfo.code).toBe("InvalidArgument");
    expect(caught?.debugInfo.errorLocation).toBe("Range.values");
    expect(caught?.message).toMatch(/doesn't match/);
  });

  test("loads of a failed sync are not delivered", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1").load("values");
      context.workbook.worksheets.getItem("Missing");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
      expect(thrownCode(() => range.values)).toBe("PropertyNotLoaded");
    });
  });

  test("a sheet added in a failed batch is not added twice by the next sync", async () => {
    await Excel.run(async (context) => {
      const added = context.workbook.worksheets.add("New");
      context.workbook.worksheets.getItem("Missing");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
      // Like office-js, the proxy still says "Add": using it re-runs the add and fails.
      added.load("name");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    });
    expect(
      emulator()
        .snapshot()
        .sheets.map((s) => s.name)
    ).toEqual(["Data", "Other", "New"]);
  });
});

describe("counters and request size", () => {
  test("syncs are counted; Excel.run's closing sync only when it has work", async () => {
    const emu = emulator();
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Data").getRange("A1").load("values");
      await context.sync();
      return r.values;
    });
    expect(emu.stats.syncCalls).toBe(1);
    expect(emu.stats.requests).toHaveLength(1);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").values = [["x"]];
      return Promise.resolve();
    });
    expect(emu.stats.syncCalls).toBe(2);
    expect(emu.stats.requests[1].finalOfRun).toBe(true);
    await Excel.run(async (context) => {
      await context.sync();
      await context.sync();
    });
    // Empty syncs are counted as calls but send nothing.
    expect(emu.stats.syncCalls).toBe(4);
    expect(emu.stats.requests).toHaveLength(2);
    emu.resetStats();
    expect(emu.stats.syncCalls).toBe(0);
  });

  test("request bytes grow with the data written (UTF-8)", async () => {
    const emu = emulator();
    for (const text of ["a", "安康安康安康安康安康"])
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("D1").values = [[text]];
        await context.sync();
      });
    const [small, big] = emu.stats.requests;
    // Ten CJK characters are 30 UTF-8 bytes where "a" was 1.
    expect(big.bytes - small.bytes).toBe(29);
  });

  test("a request over the limit fails with RequestPayloadSizeLimitExceeded and applies nothing", async () => {
    const emu = createEmulator({ requestLimitBytes: 5_000, sheets: [{ name: "S" }] }).install();
    try {
      const rows = Array.from({ length: 500 }, (_, i) => [`row ${i}`, i]);
      const code = await errorCode(
        Excel.run(async (context) => {
          const s = context.workbook.worksheets.getItem("S");
          s.getRange("D1").values = [["first"]];
          s.getRange("A1:B500").values = rows;
          await context.sync();
        })
      );
      expect(code).toBe("RequestPayloadSizeLimitExceeded");
      expect(emu.snapshot().sheets[0].values).toEqual([]);
      expect(emu.stats.requests[0].bytes).toBeGreaterThan(5_000);
      expect(emu.stats.requests[0].ok).toBe(false);
    } finally {
      emu.uninstall();
    }
  });

  test("the default limit is 5 MB", async () => {
    const emu = emulator();
    const code = await errorCode(
      Excel.run(async (context) => {
        const big = "x".repeat(32_000);
        context.workbook.worksheets.getItem("Data").getRange("A1:A200").values = Array.from(
          { length: 200 },
          () => [big]
        );
        await context.sync();
      })
    );
    expect(code).toBe("RequestPayloadSizeLimitExceeded");
    expect(emu.snapshot().sheets[0].values[0][0]).toBe("名称");
  });
});

describe("cell-edit mode", () => {
  test("every request fails with InvalidOperationInCellEditMode while the user edits a cell", async () => {
    const emu = emulator();
    emu.setCellEditMode(true);
    const code = await errorCode(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1").values = [["x"]];
        await context.sync();
      })
    );
    expect(code).toBe("InvalidOperationInCellEditMode");
    expect(emu.snapshot().sheets[0].values[0][0]).toBe("名称");
    emu.setCellEditMode(false);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").values = [["x"]];
      await context.sync();
    });
    expect(emu.snapshot().sheets[0].values[0][0]).toBe("x");
  });

  test("delayForCellEdit waits for the user instead of failing", async () => {
    const emu = emulator();
    emu.setCellEditMode(true);
    let done = false;
    const run = Excel.run({ delayForCellEdit: true }, async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").values = [["late"]];
      await context.sync();
      done = true;
    });
    await new Promise((r) => setTimeout(r, 10));
    expect(done).toBe(false);
    emu.setCellEditMode(false);
    await run;
    expect(done).toBe(true);
  });
});

describe("object lifetime", () => {
  test("outside Excel.run, an untracked range cannot be used after its request", async () => {
    const context = new Excel.RequestContext();
    const range = context.workbook.worksheets.getItem("Data").getRange("A1");
    range.load("values");
    await context.sync();
    expect(thrownCode(() => (range.values = [["x"]]))).toBe("InvalidObjectPath");
    const tracked = context.workbook.worksheets.getItem("Data").getRange("A2");
    context.trackedObjects.add(tracked);
    tracked.load("values");
    await context.sync();
    tracked.values = [["ok"]];
    await context.sync();
    expect(emulator().snapshot().sheets[0].values[1][0]).toBe("ok");
  });

  test("inside Excel.run, ranges live across syncs; after it, its objects cannot be used", async () => {
    let leaked: Excel.Range | undefined;
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1");
      range.load("values");
      await context.sync();
      range.values = [["again"]];
      await context.sync();
      leaked = range;
    });
    expect(thrownCode(() => leaked?.load("values"))).toBe("InvalidRequestContext");
  });

  test("objects of one context cannot be arguments in another", async () => {
    await Excel.run(async (outer) => {
      const range = outer.workbook.worksheets.getItem("Data").getRange("A1:B2");
      await Excel.run(async (inner) => {
        const panes = inner.workbook.worksheets.getItem("Data").freezePanes;
        expect(thrownCode(() => panes.freezeAt(range))).toBe("InvalidRequestContext");
        await inner.sync();
      });
      await outer.sync();
    });
  });

  test("Excel.run rejects a batch that does not return a promise", async () => {
    const run = Excel.run as unknown as (batch: (c: unknown) => unknown) => Promise<unknown>;
    expect(await errorCode(run(() => 5))).toBe("RunMustReturnPromise");
  });
});

describe("requirement sets", () => {
  test("isSetSupported honours the configured sets and versions", () => {
    const emu = createEmulator({ requirementSets: { ExcelApi: "1.9", DialogApi: null } });
    const office = emu.Office as typeof Office;
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(office.context.requirements.isSetSupported("excelapi", "1.10")).toBe(false);
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.13")).toBe(false);
    expect(office.context.requirements.isSetSupported("DialogApi")).toBe(false);
    expect(office.context.requirements.isSetSupported("SharedRuntime", "1.1")).toBe(true);
  });

  test("the default is high: ExcelApi 1.17 and getMergedAreasOrNullObject are there", () => {
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.17")).toBe(true);
  });

  test("members newer than the claimed ExcelApi throw ApiNotFound when touched", async () => {
    const emu = createEmulator({ requirementSets: { ExcelApi: "1.6" } }).install();
    try {
      await Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        expect(thrownCode(() => sheet.getRangeByIndexes(0, 0, 1, 1))).toBe("ApiNotFound");
        expect(thrownCode(() => sheet.freezePanes)).toBe("ApiNotFound");
        expect(thrownCode(() => sheet.getRange("A1").getMergedAreasOrNullObject())).toBe(
          "ApiNotFound"
        );
        expect(thrownCode(() => context.workbook.protection)).toBe("ApiNotFound");
        expect(sheet.getRange("A1").conditionalFormats).toBeDefined();
        await context.sync();
      });
    } finally {
      emu.uninstall();
    }
  });
});
