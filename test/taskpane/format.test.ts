import { COLUMN_ROLES } from "../../src/core/table";
import { paneEnUS } from "../../src/locales/pane.en-US";
import { paneZhCN } from "../../src/locales/pane.zh-CN";
import { ROLE_CHOICES, ownRankLine, parseWholeNumber, roleLabel } from "../../src/taskpane/format";

describe("ownRankLine(own, messages)", () => {
  const own = (rank: number | null, previousRank: number | null) =>
    Object.freeze({
      name: "安康",
      rank,
      previousRank,
      rankChange: rank === null || previousRank === null ? null : previousRank - rank,
    });

  test.each([
    [own(4, 1), "安康：第4名，较上期下降3位"],
    [own(1, 4), "安康：第1名，较上期上升3位"],
    [own(4, 4), "安康：第4名，与上期持平"],
    [own(4, null), "安康：第4名，无上期"],
    [own(null, 2), "安康：未排名，无上期"],
  ])("says %o as %s", (input, expected) => {
    expect(ownRankLine(input, paneZhCN)).toBe(expected);
  });

  test("in English", () => {
    expect(ownRankLine(own(83, 80), paneEnUS)).toBe("安康: No. 83, down 3 from last period");
    expect(ownRankLine(own(1, 2), paneEnUS)).toBe("安康: No. 1, up 1 from last period");
  });
});

describe("parseWholeNumber(text, min, max)", () => {
  test.each([
    ["10", 10],
    [" 30 ", 30],
    ["３０", 30],
    ["1", 1],
    ["999", 999],
    ["0", null],
    ["1000", null],
    ["", null],
    ["  ", null],
    ["10.5", null],
    ["-3", null],
    ["1e2", null],
    ["十", null],
  ])("reads %p as %p", (text, expected) => {
    expect(parseWholeNumber(text, 1, 999)).toBe(expected);
  });
});

describe("ROLE_CHOICES", () => {
  test("offers every column role, with breakdown right after bonus", () => {
    expect(ROLE_CHOICES.filter((r) => r !== "breakdown")).toEqual(COLUMN_ROLES);
    expect(ROLE_CHOICES.indexOf("breakdown")).toBe(ROLE_CHOICES.indexOf("bonus") + 1);
  });

  test("every choice has a name in both languages, the Chinese ones in the domain's words", () => {
    expect(ROLE_CHOICES.map((r) => roleLabel(r, paneZhCN))).toEqual([
      "序号",
      "单位名称",
      "所属市",
      "分项得分",
      "加分",
      "其中加分",
      "扣分",
      "总分",
      "名次",
      "分组标记",
      "等次",
      "忽略",
    ]);
    for (const r of ROLE_CHOICES) expect(roleLabel(r, paneEnUS)).not.toBe("");
  });

  test("a role the pane does not know is shown as it came", () => {
    expect(roleLabel("weight", paneZhCN)).toBe("weight");
  });
});

describe("pane locale files", () => {
  /** Every leaf as "path=value", to compare the two files' shapes and placeholders. */
  function leaves(o: object, prefix = ""): [string, string][] {
    return Object.entries(o).flatMap(([k, v]): [string, string][] =>
      typeof v === "object" && v !== null
        ? leaves(v, `${prefix}${k}.`)
        : [[`${prefix}${k}`, String(v)]]
    );
  }
  const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();

  test("English has every text Chinese has, with the same placeholders, none empty", () => {
    const zh = leaves(paneZhCN);
    const en = new Map(leaves(paneEnUS));
    expect([...en.keys()]).toEqual(zh.map(([k]) => k));
    for (const [key, text] of zh) {
      expect([key, placeholders(en.get(key) ?? "")]).toEqual([key, placeholders(text)]);
      expect([key, text === "" || en.get(key) === ""]).toEqual([key, false]);
    }
  });
});
