/**
 * The briefing sheet as a document to read, copy and print: its title, then each section heading
 * with its paragraphs, in the sheet's order. The sheet's marker line (which tells the tool its own
 * sheets apart) and the chart data below the text are left out.
 */
import { SheetPlan } from "../../core/sheet-plan";
import { ChartModel } from "../../xlsx/chart-write";
import { BriefingDoc } from "./protocol";

/**
 * @example briefingDoc(result.briefing.plan, []).sections[0].heading // => "一、总体情况"
 */
export function briefingDoc(plan: SheetPlan, charts: readonly ChartModel[]): BriefingDoc {
  const title = String(plan.rows[0]?.[0]?.value ?? plan.name);
  const sections: { heading: string; paragraphs: string[] }[] = [];
  // The text ends at the first empty row: the charts and their data follow it.
  for (const row of plan.rows.slice(2)) {
    const cell = row[0];
    if (!cell || cell.value === null) break;
    if (cell.style === "section") sections.push({ heading: String(cell.value), paragraphs: [] });
    else if (sections.length) sections[sections.length - 1].paragraphs.push(String(cell.value));
  }
  return { title, sections, charts };
}
