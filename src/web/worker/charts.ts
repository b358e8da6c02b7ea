/**
 * The chart models the preview draws, from the engine's chart plans: the file writer's own mapping,
 * so the picture on the page and the chart in the downloaded workbook agree.
 */
export { chartModel } from "../../xlsx/chart-write";
