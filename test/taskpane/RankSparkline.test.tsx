import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { axe } from "jest-axe";
import type { RankPoint } from "../../src/core/host";
import { RankSparkline, sparklineLabel } from "../../src/taskpane/components/RankSparkline";
import { paneMessages } from "../../src/taskpane/messages";

const zh = paneMessages("zh-CN");
const en = paneMessages("en-US");

const point = (label: string, rank: number | null, fieldSize = 10): RankPoint => ({
  period: label,
  label,
  rank,
  fieldSize,
});

function draw(points: readonly RankPoint[], t = zh) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <RankSparkline name="汉滨区" points={points} t={t} />
    </FluentProvider>
  );
}

/** The y of each drawn point, in period order (SVG y grows downward). */
function ys(container: HTMLElement): number[] {
  return Array.from(container.querySelectorAll("circle")).map((c) => Number(c.getAttribute("cy")));
}

describe("RankSparkline({ name, points })", () => {
  test("draws rank 1 on top: a fall goes down, and the whole reading is its accessible name", async () => {
    const { container } = draw([point("1月", 1), point("2月", 3), point("3月", 10)]);
    const chart = screen.getByRole("img", {
      name: "汉滨区排名走势：1月第1名，2月第3名，3月第10名",
    });
    expect(chart.tagName.toLowerCase()).toBe("svg");
    const [first, second, third] = ys(container);
    expect(first).toBeLessThan(second);
    expect(second).toBeLessThan(third);
    // The foot of the axis is the field's size: the 10th of 10 sits at the bottom edge.
    expect(third).toBe(Number(chart.getAttribute("height")) - 4);
    expect(container.querySelectorAll("polyline")).toHaveLength(1);
    expect(await axe(container)).toHaveNoViolations();
  });

  test("breaks the line where the unit was not ranked, and says so", async () => {
    const { container } = draw([
      point("1月", 2),
      point("2月", 4),
      point("3月", null),
      point("4月", 5),
      point("5月", 6),
    ]);
    expect(
      screen.getByRole("img", {
        name: "汉滨区排名走势：1月第2名，2月第4名，3月未排名，4月第5名，5月第6名",
      })
    ).toBeTruthy();
    expect(container.querySelectorAll("polyline")).toHaveLength(2);
    expect(container.querySelectorAll("circle")).toHaveLength(4);
    expect(await axe(container)).toHaveNoViolations();
  });

  test("draws nothing for a single period", () => {
    const { container } = draw([point("3月", 4)]);
    expect(container.querySelector("svg")).toBeNull();
    expect(screen.queryByRole("img")).toBeNull();
  });

  test("speaks English in the English pane", () => {
    expect(sparklineLabel("Ankang", [point("Q2", 1), point("Q3", null)], en)).toBe(
      "Ankang rank history: Q2 1, Q3 not ranked"
    );
  });
});
