/**
 * The chart models the preview draws, from the engine's chart plans: the same mapping the file
 * writer uses, so the picture on the page and the chart in the downloaded workbook agree.
 */
import { ChartPlan, SheetPlan } from "../../core/sheet-plan";
import { ChartModel, barChartModel } from "../../xlsx/chart-write";

/**
 * A plan's chart as a model with its labels and values resolved from the plan's cells.
 * @example chartModel(plan.charts[0], plan).series[0].values // => [94.25, 93.1, …]
 */
export function chartModel(chart: ChartPlan, plan: SheetPlan): ChartModel {
  switch (chart.kind) {
    case "bar":
      return barChartModel(chart, plan);
  }
}
