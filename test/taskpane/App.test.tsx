import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { axe } from "jest-axe";
import {
  DEFAULT_SETTINGS,
  DuibiaoSettings,
  HostError,
  RefreshResult,
  WorkbookHost,
} from "../../src/core/host";
import {
  cityTable,
  countyTable,
  deferred,
  fakeHost,
  problem,
  refreshResult,
  scanResult,
} from "./fake-host";
import { pressEnter, tab } from "./keyboard";
import { renderPane, renderPaneNow } from "./render";

const refreshButton = () => screen.getByRole("button", { name: "一键刷新排名" });
/** The step as the progress bar describes it, and as the live region announces it. */
function stepShown(): [string | null | undefined, string | null] {
  const describedBy = screen.getByRole("progressbar").getAttribute("aria-describedby") ?? "";
  return [
    document.getElementById(describedBy)?.textContent,
    screen.getByRole("status").textContent,
  ];
}
const isInert = (el: HTMLElement) => el.getAttribute("aria-disabled") === "true";
const lastSaved = (host: ReturnType<typeof fakeHost>): DuibiaoSettings =>
  host.saveSettings.mock.calls[host.saveSettings.mock.calls.length - 1][0];

const SAVED: DuibiaoSettings = {
  ...DEFAULT_SETTINGS,
  ownUnit: "安康",
  benchmarks: ["汉中", "商洛", "平利县"],
};

/** Clicks the refresh button and waits for the summary. */
async function refreshAndWait() {
  fireEvent.click(refreshButton());
  await screen.findByRole("heading", { name: "刷新结果" });
}

describe("App on open", () => {
  test("first run: no saved settings, so it scans with the defaults and lists the tables", async () => {
    const host = fakeHost();
    const { container } = await renderPane(host);
    expect(host.loadSettings).toHaveBeenCalledTimes(1);
    expect(host.scan).toHaveBeenCalledWith(DEFAULT_SETTINGS);
    expect(host.saveSettings).not.toHaveBeenCalled();
    expect(screen.getByRole("heading", { name: "找到的考核表（2）" })).toBeTruthy();
    expect(screen.getByText("市级2017Q3")).toBeTruthy();
    expect(screen.getByText("2017年第三季度 · 市级 · 6 个单位 · 无问题")).toBeTruthy();
    expect(screen.getByText("2017年第三季度 · 县区 · 96 个单位 · 2 个问题")).toBeTruthy();
    const bottom = screen.getByRole("textbox", { name: /后N位警戒线/ }) as HTMLInputElement;
    const bonus = screen.getByRole("textbox", { name: /无加分降至第N名以后/ }) as HTMLInputElement;
    expect([bottom.value, bonus.value]).toEqual(["10", "30"]);
    expect((screen.getByRole("radio", { name: /并列占用名次/ }) as HTMLInputElement).checked).toBe(
      true
    );
    expect((screen.getByRole("combobox", { name: /本单位/ }) as HTMLInputElement).value).toBe("");
    expect(isInert(refreshButton())).toBe(false);
    expect(await axe(container)).toHaveNoViolations();
  });

  test("while loading it says so, and the refresh button is not there yet", async () => {
    const host = fakeHost();
    const load = deferred<DuibiaoSettings | null>();
    host.loadSettings.mockReturnValueOnce(load.promise);
    const { container } = renderPaneNow(host);
    expect(screen.getByRole("status").textContent).toBe("正在读取工作簿…");
    expect(screen.queryByRole("button", { name: "一键刷新排名" })).toBeNull();
    expect(await axe(container)).toHaveNoViolations();
    await act(async () => load.resolve(SAVED));
    await screen.findByRole("button", { name: "一键刷新排名" });
    expect(host.scan).toHaveBeenCalledWith(SAVED);
  });

  test("saved settings are used for the scan and shown", async () => {
    const host = fakeHost({ saved: { ...SAVED, bottomLine: 12 } });
    await renderPane(host);
    expect(host.scan).toHaveBeenCalledWith({ ...SAVED, bottomLine: 12 });
    expect((screen.getByRole("combobox", { name: /本单位/ }) as HTMLInputElement).value).toBe(
      "安康"
    );
    const tags = screen.getByRole("toolbar", { name: "已选对标单位" });
    expect(
      within(tags)
        .getAllByRole("button")
        .map((b) => b.textContent)
    ).toEqual([
      expect.stringContaining("汉中"),
      expect.stringContaining("商洛"),
      expect.stringContaining("平利县"),
    ]);
    expect((screen.getByRole("textbox", { name: /后N位警戒线/ }) as HTMLInputElement).value).toBe(
      "12"
    );
  });

  test("no score table: an empty state says what a table needs, and scanning again finds one", async () => {
    const host = fakeHost({ scan: scanResult([]) });
    const { container } = await renderPane(host);
    expect(screen.getByRole("heading", { name: "没有找到考核表" })).toBeTruthy();
    expect(
      screen.getByText(/一列单位名称（如“市州”“县（市、区）”“乡镇（街道）”“单位名称”）/)
    ).toBeTruthy();
    expect(screen.queryByRole("button", { name: "一键刷新排名" })).toBeNull();
    expect(await axe(container)).toHaveNoViolations();
    // Add-ins do not run on .xls files: the empty state says to save as .xlsx first.
    expect(screen.getByText(/另存为”Excel 工作簿（\.xlsx）/)).toBeTruthy();

    host.scan.mockResolvedValueOnce(scanResult());
    fireEvent.click(screen.getByRole("button", { name: "重新扫描" }));
    await screen.findByRole("heading", { name: "找到的考核表（2）" });
    expect(host.scan).toHaveBeenCalledTimes(2);
    expect(host.loadSettings).toHaveBeenCalledTimes(1);
  });

  test("an undecided table: its problem is listed, and marking the selection saves it and scans again", async () => {
    const undecided = {
      ...scanResult([]),
      problems: [
        problem({
          sheet: "考核",
          cell: "A2:D4",
          message: "这里像是一张考核表，但无法确定哪一列是单位名称（可能是 A、B 列）",
        }),
      ],
    };
    const host = fakeHost({ scan: undecided });
    host.getSelection.mockResolvedValue({ sheet: "考核", address: "A1:D4" });
    const { container } = await renderPane(host);
    expect(screen.getByText(/无法确定哪一列是单位名称/)).toBeTruthy();
    expect(screen.getByText("尚未手工标出任何表。")).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();

    fireEvent.click(screen.getByRole("button", { name: "把选中区域设为考核表" }));
    await waitFor(() => expect(host.scan).toHaveBeenCalledTimes(2));
    const saved = host.saveSettings.mock.calls[0][0] as DuibiaoSettings;
    expect(saved.tableRanges).toEqual({ 考核: ["A1:D4"] });
    expect(host.scan.mock.calls[1][0]).toMatchObject({ tableRanges: { 考核: ["A1:D4"] } });
    await screen.findByText("考核：考核表 A1:D4");
  });

  test("the selected column becomes the unit column, replacing an earlier choice, and can be cleared", async () => {
    const host = fakeHost({
      saved: { ...DEFAULT_SETTINGS, overrides: { 县区2017Q3: { C: "name", E: "bonus" } } },
    });
    host.getSelection.mockResolvedValue({ sheet: "县区2017Q3", address: "B3:B40" });
    await renderPane(host);
    await screen.findByText("县区2017Q3：单位名称列为 C 列");

    fireEvent.click(screen.getByRole("button", { name: "把选中列设为单位名称列" }));
    await screen.findByText("县区2017Q3：单位名称列为 B 列");
    const saved = host.saveSettings.mock.calls[0][0] as DuibiaoSettings;
    expect(saved.overrides).toEqual({ 县区2017Q3: { B: "name", E: "bonus" } });

    fireEvent.click(screen.getByRole("button", { name: "清除“县区2017Q3”的标记" }));
    await screen.findByText("尚未手工标出任何表。");
    const cleared = host.saveSettings.mock.calls[1][0] as DuibiaoSettings;
    expect(cleared.overrides).toEqual({ 县区2017Q3: { E: "bonus" } });
    expect(cleared.tableRanges).toEqual({});
  });

  test("a selection that cannot be read is a failure shown to the user, and nothing is saved", async () => {
    const host = fakeHost();
    host.getSelection.mockRejectedValueOnce(new HostError("unknown", "读取选区失败"));
    await renderPane(host);
    fireEvent.click(screen.getByRole("button", { name: "把选中区域设为考核表" }));
    await screen.findByText("无法读取选中的区域");
    expect(screen.getByText("读取选区失败")).toBeTruthy();
    expect(host.saveSettings).not.toHaveBeenCalled();
  });

  test("a failed scan shows the host's message, and 重新扫描 tries again from the settings", async () => {
    const host = fakeHost();
    host.loadSettings.mockRejectedValueOnce(
      new HostError("unsupported", "此版本的 Excel 不支持加载项设置")
    );
    const { container } = await renderPane(host);
    expect(screen.getByText("读取考核表失败")).toBeTruthy();
    expect(screen.getByText("此版本的 Excel 不支持加载项设置")).toBeTruthy();
    expect(host.scan).not.toHaveBeenCalled();
    expect(await axe(container)).toHaveNoViolations();

    fireEvent.click(screen.getByRole("button", { name: "重新扫描" }));
    await screen.findByRole("heading", { name: "找到的考核表（2）" });
    expect(host.loadSettings).toHaveBeenCalledTimes(2);
    expect(screen.queryByText("读取考核表失败")).toBeNull();
  });
});

describe("App refreshing", () => {
  test("shows each step the host reports, with the button inert, then the summary", async () => {
    const host = fakeHost({ saved: SAVED });
    const done = deferred<RefreshResult>();
    let report: NonNullable<Parameters<WorkbookHost["refresh"]>[1]> = () => undefined;
    host.refresh.mockImplementationOnce((_settings, onStep) => {
      report = onStep ?? report;
      return done.promise;
    });
    const { container } = await renderPane(host);
    fireEvent.click(refreshButton());

    expect(host.refresh).toHaveBeenCalledWith(SAVED, expect.any(Function));
    expect(screen.getByRole("progressbar")).toBeTruthy();
    expect(isInert(refreshButton())).toBe(true);
    act(() => report("read"));
    expect(stepShown()).toEqual(["第 1 步，共 3 步：读取工作簿", "第 1 步，共 3 步：读取工作簿"]);
    act(() => report("analyse"));
    expect(stepShown()).toEqual(["第 2 步，共 3 步：分析计算", "第 2 步，共 3 步：分析计算"]);
    act(() => report("write"));
    expect(stepShown()).toEqual(["第 3 步，共 3 步：写入结果表", "第 3 步，共 3 步：写入结果表"]);
    expect(await axe(container)).toHaveNoViolations();

    fireEvent.click(refreshButton());
    expect(host.refresh).toHaveBeenCalledTimes(1);

    await act(async () => done.resolve(refreshResult()));
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(isInert(refreshButton())).toBe(false);
    expect(screen.getByRole("status").textContent).toBe("刷新完成，已更新 2 张排名表。");
  });

  test("done: the summary gives the own unit's rank and change, and links open the sheets", async () => {
    const host = fakeHost({ saved: SAVED });
    const { container } = await renderPane(host);
    await refreshAndWait();
    expect(screen.getByText("安康：第4名，较上期下降3位")).toBeTruthy();
    expect(screen.getByText("本单位不在此表中")).toBeTruthy();
    expect(screen.getByText("来源：市级2017Q3 · 6 个单位")).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();

    fireEvent.click(screen.getByRole("button", { name: "排名-市级2017Q3" }));
    expect(host.activateSheet).toHaveBeenCalledWith("排名-市级2017Q3");
    fireEvent.click(screen.getByRole("button", { name: "对标-汉中" }));
    fireEvent.click(screen.getByRole("button", { name: "排名走势-市级" }));
    fireEvent.click(screen.getByRole("button", { name: "累计-2017年市级" }));
    fireEvent.click(screen.getByRole("button", { name: "简报" }));
    expect(host.activateSheet.mock.calls).toEqual([
      ["排名-市级2017Q3"],
      ["对标-汉中"],
      ["排名走势-市级"],
      ["累计-2017年市级"],
      ["简报"],
    ]);
    expect(screen.getByText("排名走势：")).toBeTruthy();
  });

  test("done: beside the own unit's place, a sparkline of its rank over the level's periods", async () => {
    const host = fakeHost({ saved: SAVED });
    const { container } = await renderPane(host);
    await refreshAndWait();
    const line = screen.getByText("安康：第4名，较上期下降3位");
    const chart = screen.getByRole("img", {
      name: "安康排名走势：第一季度第2名，第二季度第1名，第三季度第4名",
    });
    // It sits next to the line it illustrates, in the same list item.
    expect(line.closest("li")).toBe(chart.closest("li"));
    // The county table has no own unit: no chart there.
    expect(screen.getAllByRole("img")).toHaveLength(1);
    expect(await axe(container)).toHaveNoViolations();
  });

  test("done: the problems listed are the refresh's, and errors among them raise a warning", async () => {
    const host = fakeHost({
      saved: SAVED,
      result: refreshResult({
        problems: [problem({ severity: "error", cell: "G5", message: "总分为空" }), problem()],
      }),
    });
    await renderPane(host);
    expect(screen.getByRole("heading", { name: "问题（2）" })).toBeTruthy();
    await refreshAndWait();
    expect(screen.getByText("刷新已完成，但有 1 个错误需要核对，见下方“问题”。")).toBeTruthy();
    expect(screen.getByRole("button", { name: /县区2017Q3!G5 总分为空/ })).toBeTruthy();
  });

  test("a rejected refresh with a HostError shows its message, and the pane stays usable", async () => {
    const host = fakeHost({ saved: SAVED });
    host.refresh.mockRejectedValueOnce(
      new HostError(
        "cellEditMode",
        "Excel 正在编辑单元格，请按 Enter 或 Esc 结束编辑后再刷新",
        "InvalidOperationInCellEditMode"
      )
    );
    const { container } = await renderPane(host);
    fireEvent.click(refreshButton());
    const alert = await screen.findByText(
      "Excel 正在编辑单元格，请按 Enter 或 Esc 结束编辑后再刷新"
    );
    expect(screen.getByText("刷新排名失败")).toBeTruthy();
    expect(screen.queryByText(/发生了意外错误/)).toBeNull();
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(isInert(refreshButton())).toBe(false);
    expect(await axe(container)).toHaveNoViolations();

    fireEvent.click(screen.getByRole("button", { name: "关闭提示" }));
    expect(alert.isConnected).toBe(false);
    await refreshAndWait();
    expect(host.refresh).toHaveBeenCalledTimes(2);
    expect(screen.getByText("安康：第4名，较上期下降3位")).toBeTruthy();
  });

  test("any other failure shows the generic text with its own message", async () => {
    const host = fakeHost({ saved: SAVED });
    host.refresh.mockRejectedValueOnce(new TypeError("Cannot read properties of undefined"));
    await renderPane(host);
    fireEvent.click(refreshButton());
    expect(
      await screen.findByText("发生了意外错误：Cannot read properties of undefined")
    ).toBeTruthy();
    expect(screen.getByText("刷新排名失败")).toBeTruthy();
  });

  test("a failure to open a result sheet is shown too", async () => {
    const host = fakeHost({ saved: SAVED });
    host.activateSheet.mockRejectedValueOnce(new HostError("unknown", "找不到工作表“简报”"));
    await renderPane(host);
    await refreshAndWait();
    fireEvent.click(screen.getByRole("button", { name: "简报" }));
    expect(await screen.findByText("找不到工作表“简报”")).toBeTruthy();
    expect(screen.getByText("无法跳转到该位置")).toBeTruthy();
  });
});

describe("App problems", () => {
  test("clicking a problem selects its cell; errors are listed first", async () => {
    const host = fakeHost();
    const { container } = await renderPane(host);
    const list = screen.getByRole("heading", { name: "问题（2）" }).parentElement as HTMLElement;
    const buttons = within(list).getAllByRole("button");
    expect(buttons.map((b) => b.textContent)).toEqual([
      "错误县区2017Q3!G9总分为空",
      expect.stringMatching(/^警告县区2017Q3!D7「交叉检查得分」/),
    ]);
    fireEvent.click(buttons[1]);
    expect(host.selectCell).toHaveBeenCalledWith("县区2017Q3", "D7");
    expect(await axe(container)).toHaveNoViolations();
  });

  test("a problem not about one cell goes to its sheet, and one without a sheet is not a button", async () => {
    const host = fakeHost({
      scan: scanResult([
        countyTable({
          problems: [
            problem({ cell: "", message: "总分无法由各分项加权得出" }),
            problem({ sheet: "", cell: "", message: "对标单位「汉中」在各考核表中都找不到" }),
          ],
        }),
      ]),
    });
    await renderPane(host);
    fireEvent.click(screen.getByRole("button", { name: /总分无法由各分项加权得出/ }));
    expect(host.selectCell).not.toHaveBeenCalled();
    expect(host.activateSheet).toHaveBeenCalledWith("县区2017Q3");
    expect(screen.queryByRole("button", { name: /在各考核表中都找不到/ })).toBeNull();
    expect(screen.getByText("对标单位「汉中」在各考核表中都找不到")).toBeTruthy();
  });

  test("a long list shows the first 50, and 显示全部 shows the rest", async () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      problem({ cell: `D${i + 5}`, message: `第 ${i + 5} 行的值是文本` })
    );
    const host = fakeHost({ scan: scanResult([countyTable({ problems: many })]) });
    await renderPane(host);
    const section = screen.getByRole("heading", { name: "问题（60）" })
      .parentElement as HTMLElement;
    expect(within(section).getAllByRole("listitem")).toHaveLength(50);
    fireEvent.click(screen.getByRole("button", { name: "显示全部（共 60 条）" }));
    expect(within(section).getAllByRole("listitem")).toHaveLength(60);
    fireEvent.click(screen.getByRole("button", { name: "只显示前 50 条" }));
    expect(within(section).getAllByRole("listitem")).toHaveLength(50);
  });
});

describe("App settings", () => {
  test("choosing the own unit saves it", async () => {
    const host = fakeHost();
    await renderPane(host);
    const own = screen.getByRole("combobox", { name: /本单位/ });
    fireEvent.click(own);
    const listbox = screen.getByRole("listbox");
    expect(within(listbox).getByRole("group", { name: "市级" })).toBeTruthy();
    expect(within(listbox).getByRole("group", { name: "县区" })).toBeTruthy();
    fireEvent.click(within(listbox).getByRole("option", { name: "安康" }));
    await waitFor(() => expect(host.saveSettings).toHaveBeenCalledTimes(1));
    expect(lastSaved(host)).toEqual({ ...DEFAULT_SETTINGS, ownUnit: "安康" });
    expect((own as HTMLInputElement).value).toBe("安康");
  });

  test("typing filters the units", async () => {
    const host = fakeHost();
    await renderPane(host);
    const own = screen.getByRole("combobox", { name: /本单位/ });
    fireEvent.keyDown(own, { key: "汉" });
    fireEvent.change(own, { target: { value: "汉" } });
    const options = within(screen.getByRole("listbox")).getAllByRole("option");
    expect(options.map((o) => o.textContent)).toEqual(["汉中", "汉滨区"]);
    fireEvent.click(options[1]);
    await waitFor(() => expect(host.saveSettings).toHaveBeenCalledTimes(1));
    expect(lastSaved(host).ownUnit).toBe("汉滨区");
  });

  test("benchmarks at both levels are saved, and removing a tag saves again", async () => {
    const host = fakeHost();
    await renderPane(host);
    const picker = screen.getByRole("combobox", { name: /对标单位/ });
    fireEvent.click(picker);
    // Fluent gives a multi-select list the menu roles, its options checkbox items.
    const menu = screen.getByRole("menu", { name: "对标单位" });
    fireEvent.click(within(menu).getByRole("menuitemcheckbox", { name: "汉中" }));
    fireEvent.click(within(menu).getByRole("menuitemcheckbox", { name: "平利县" }));
    await waitFor(() => expect(host.saveSettings).toHaveBeenCalledTimes(2));
    expect(lastSaved(host).benchmarks).toEqual(["汉中", "平利县"]);

    const tags = screen.getByRole("toolbar", { name: "已选对标单位" });
    fireEvent.click(within(tags).getByRole("button", { name: /汉中/ }));
    await waitFor(() => expect(host.saveSettings).toHaveBeenCalledTimes(3));
    expect(lastSaved(host)).toEqual({ ...DEFAULT_SETTINGS, benchmarks: ["平利县"] });
  });

  test("the tie method is saved, and the next refresh uses it", async () => {
    const host = fakeHost({ saved: SAVED });
    await renderPane(host);
    fireEvent.click(screen.getByRole("radio", { name: /中国式排名/ }));
    await waitFor(() => expect(host.saveSettings).toHaveBeenCalledTimes(1));
    expect(lastSaved(host)).toEqual({ ...SAVED, ties: "dense" });
    await refreshAndWait();
    expect(host.refresh.mock.calls[0][0]).toEqual({ ...SAVED, ties: "dense" });
  });

  test("how the year to date adds up is saved, and the next refresh uses it", async () => {
    const host = fakeHost({ saved: SAVED });
    await renderPane(host);
    const average = screen.getByRole("radio", { name: "各期总分的平均分" }) as HTMLInputElement;
    expect(average.checked).toBe(true);
    fireEvent.click(screen.getByRole("radio", { name: "各期总分之和" }));
    await waitFor(() => expect(host.saveSettings).toHaveBeenCalledTimes(1));
    expect(lastSaved(host)).toEqual({ ...SAVED, cumulativeBy: "sum" });
    await refreshAndWait();
    expect(host.refresh.mock.calls[0][0]).toEqual({ ...SAVED, cumulativeBy: "sum" });
  });

  test("a threshold is checked as typed and saved when valid, on leaving the field", async () => {
    const host = fakeHost();
    const { container } = await renderPane(host);
    const bottom = screen.getByRole("textbox", { name: /后N位警戒线/ });
    fireEvent.change(bottom, { target: { value: "abc" } });
    fireEvent.blur(bottom);
    expect(screen.getByText("请输入 1 到 999 之间的整数")).toBeTruthy();
    expect(host.saveSettings).not.toHaveBeenCalled();
    expect(await axe(container)).toHaveNoViolations();

    fireEvent.change(bottom, { target: { value: "0" } });
    expect(screen.getByText("请输入 1 到 999 之间的整数")).toBeTruthy();
    fireEvent.change(bottom, { target: { value: "15" } });
    expect(screen.queryByText("请输入 1 到 999 之间的整数")).toBeNull();
    fireEvent.blur(bottom);
    await waitFor(() => expect(host.saveSettings).toHaveBeenCalledTimes(1));
    expect(lastSaved(host)).toEqual({ ...DEFAULT_SETTINGS, bottomLine: 15 });

    const bonus = screen.getByRole("textbox", { name: /无加分降至第N名以后/ });
    fireEvent.change(bonus, { target: { value: "２５" } });
    fireEvent.keyDown(bonus, { key: "Enter" });
    await waitFor(() => expect(host.saveSettings).toHaveBeenCalledTimes(2));
    expect(lastSaved(host)).toEqual({ ...DEFAULT_SETTINGS, bottomLine: 15, bonusRankLine: 25 });
    expect((bonus as HTMLInputElement).value).toBe("25");
  });

  test("saves run one after another, so the workbook keeps the last choice", async () => {
    const host = fakeHost();
    const first = deferred<void>();
    host.saveSettings.mockReturnValueOnce(first.promise);
    await renderPane(host);
    fireEvent.click(screen.getByRole("radio", { name: /中国式排名/ }));
    fireEvent.click(screen.getByRole("radio", { name: /并列占用名次/ }));
    await act(async () => undefined);
    expect(host.saveSettings).toHaveBeenCalledTimes(1);
    await act(async () => first.resolve());
    expect(host.saveSettings.mock.calls.map(([settings]) => settings.ties)).toEqual([
      "dense",
      "competition",
    ]);
  });

  test("the open unit list has no accessibility violations", async () => {
    const host = fakeHost();
    await renderPane(host);
    fireEvent.click(screen.getByRole("combobox", { name: /本单位/ }));
    expect(screen.getByRole("listbox")).toBeTruthy();
    expect(await axe(document.body)).toHaveNoViolations();
    fireEvent.click(screen.getByRole("combobox", { name: /对标单位/ }));
    expect(screen.getByRole("menu", { name: "对标单位" })).toBeTruthy();
    expect(await axe(document.body)).toHaveNoViolations();
  });

  test("a failed save is shown, and the refresh still uses the new settings", async () => {
    const host = fakeHost();
    host.saveSettings.mockRejectedValueOnce(
      new HostError("protected", "工作簿受保护，无法保存设置")
    );
    await renderPane(host);
    fireEvent.click(screen.getByRole("radio", { name: /中国式排名/ }));
    expect(await screen.findByText("工作簿受保护，无法保存设置")).toBeTruthy();
    expect(screen.getByText(/设置未能保存到工作簿/)).toBeTruthy();
    await refreshAndWait();
    expect(host.refresh.mock.calls[0][0].ties).toBe("dense");
  });

  test("a column's role override lands in settings.overrides and the tables are read again", async () => {
    const host = fakeHost();
    const { container } = await renderPane(host);
    fireEvent.click(screen.getByRole("button", { name: /^县区2017Q3/ }));
    const column = await screen.findByRole("combobox", { name: "F 列：其中：加分" });
    expect(column.textContent).toBe("加分");
    expect(await axe(container)).toHaveNoViolations();

    fireEvent.click(column);
    expect(await axe(document.body)).toHaveNoViolations();
    fireEvent.click(within(screen.getByRole("listbox")).getByRole("option", { name: "其中加分" }));
    await waitFor(() => expect(host.scan).toHaveBeenCalledTimes(2));
    const expected = { ...DEFAULT_SETTINGS, overrides: { 县区2017Q3: { F: "breakdown" } } };
    expect(lastSaved(host)).toEqual(expected);
    expect(host.scan).toHaveBeenLastCalledWith(expected);
    await waitFor(() =>
      expect(screen.getByRole("combobox", { name: "F 列：其中：加分" }).textContent).toBe(
        "其中加分（已手动设置）"
      )
    );

    fireEvent.click(screen.getByRole("combobox", { name: "F 列：其中：加分" }));
    fireEvent.click(within(screen.getByRole("listbox")).getByRole("option", { name: "自动识别" }));
    await waitFor(() => expect(host.scan).toHaveBeenCalledTimes(3));
    expect(lastSaved(host)).toEqual(DEFAULT_SETTINGS);
  });

  test("when saving an override fails, the tables are still read with it and the failure stays shown", async () => {
    const host = fakeHost();
    host.saveSettings.mockRejectedValueOnce(new Error("settings.saveAsync failed"));
    await renderPane(host);
    fireEvent.click(screen.getByRole("button", { name: /^市级2017Q3/ }));
    fireEvent.click(await screen.findByRole("combobox", { name: "F 列：排名" }));
    fireEvent.click(within(screen.getByRole("listbox")).getByRole("option", { name: "忽略" }));
    await waitFor(() => expect(host.scan).toHaveBeenCalledTimes(2));
    expect(host.scan).toHaveBeenLastCalledWith({
      ...DEFAULT_SETTINGS,
      overrides: { 市级2017Q3: { F: "ignore" } },
    });
    await screen.findByRole("button", { name: "一键刷新排名" });
    expect(screen.getByText("发生了意外错误：settings.saveAsync failed")).toBeTruthy();
  });
});

describe("App in English", () => {
  test("renders the English texts", async () => {
    const host = fakeHost({ saved: SAVED });
    const { container } = await renderPane(host, "en-US");
    expect(screen.getByRole("heading", { name: "Score sheets found (2)" })).toBeTruthy();
    expect(screen.getByText("2017年第三季度 · City level · 6 units · No problems")).toBeTruthy();
    expect(screen.getByRole("combobox", { name: /Your unit/ })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Refresh rankings" }));
    expect(await screen.findByText("安康: No. 4, down 3 from last period")).toBeTruthy();
    expect(screen.queryByText(/一键刷新排名|本单位/)).toBeNull();
    expect(container.querySelector("main")?.getAttribute("lang")).toBe("en-US");
    expect(await axe(container)).toHaveNoViolations();
  });
});

describe("App by keyboard", () => {
  test("Tab reaches every control up to 一键刷新排名 in order, and Enter refreshes", async () => {
    const host = fakeHost({ saved: SAVED });
    await renderPane(host);
    const visited: HTMLElement[] = [];
    while (visited.length < 40) {
      const el = tab();
      visited.push(el);
      if (el === refreshButton()) break;
    }
    expect(document.activeElement).toBe(refreshButton());
    expect(visited).toContain(screen.getByRole("button", { name: /市级2017Q3/ }));
    expect(visited).toContain(screen.getByRole("combobox", { name: /本单位/ }));
    expect(visited).toContain(screen.getByRole("textbox", { name: /后N位警戒线/ }));
    expect(refreshButton().hasAttribute("data-fui-focus-visible")).toBe(true);

    pressEnter();
    expect(host.refresh).toHaveBeenCalledTimes(1);
    await screen.findByText("安康：第4名，较上期下降3位");
    expect(host.refresh.mock.calls[0][0]).toEqual(SAVED);

    // Onwards to the result link: Enter opens the ranking sheet.
    let el = tab();
    while (el !== screen.getByRole("button", { name: "排名-市级2017Q3" })) el = tab();
    pressEnter();
    expect(host.activateSheet).toHaveBeenCalledWith("排名-市级2017Q3");
  });

  test("Enter on the inert button while refreshing does not start a second refresh", async () => {
    const host = fakeHost({ saved: SAVED });
    const done = deferred<RefreshResult>();
    host.refresh.mockReturnValueOnce(done.promise);
    await renderPane(host);
    act(() => refreshButton().focus());
    pressEnter();
    expect(document.activeElement).toBe(refreshButton());
    pressEnter();
    expect(host.refresh).toHaveBeenCalledTimes(1);
    await act(async () => done.resolve(refreshResult()));
  });
});

describe("App with a table whose level is unknown", () => {
  test("says so instead of a level", async () => {
    const host = fakeHost({
      scan: scanResult([cityTable({ level: "unknown", periodLabel: "" })]),
    });
    await renderPane(host);
    expect(screen.getByText("其他层级 · 6 个单位 · 无问题")).toBeTruthy();
  });
});
