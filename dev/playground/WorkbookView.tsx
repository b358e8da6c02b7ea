import * as React from "react";
import type { CellArea, SheetSnapshot } from "../office-emulator";
import { displayValue } from "./display";
import type { ExcelView } from "./emulated-excel";
import type { PlaygroundStrings } from "./strings";
import { columnLetter, splitAddress } from "./xlsx-convert";

/** Enough rows to see any score table; a generated 30,000-row sheet would only slow the page. */
const MAX_ROWS = 400;

export interface WorkbookViewProps {
  readonly view: ExcelView;
  readonly strings: PlaygroundStrings;
  /** The user clicked a sheet tab (no `cell`) or a cell, or moved with the arrow keys. */
  readonly onSelect: (sheet: string, cell?: string) => void;
}

const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/** Sheet tabs, a formula bar and a grid of computed values: enough of Excel to see what the tool wrote. */
export function WorkbookView({ view, strings, onSelect }: WorkbookViewProps): React.JSX.Element {
  const tabs = view.snapshot.sheets.filter((s) => s.visibility === "Visible");
  const sheet =
    view.snapshot.sheets.find((s) => s.name === view.sheet) ?? tabs[0] ?? view.snapshot.sheets[0];
  const merges = React.useMemo(() => mergeMap(sheet), [sheet]);
  const [col, row] = splitAddress(view.cell);
  const formula = sheet.formulas[row]?.[col];
  const width = Math.max(1, ...sheet.formulas.map((r) => r.length));
  const height = Math.min(sheet.formulas.length, MAX_ROWS);
  const grid = React.useRef<HTMLDivElement>(null);
  const tabList = React.useRef<HTMLDivElement>(null);

  // The pane may select a cell far down a county sheet: bring it into sight, as Excel does.
  React.useEffect(() => {
    grid.current
      ?.querySelector(`td[data-address="${view.cell}"]`)
      ?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [view.sheet, view.cell]);

  function onGridKey(event: React.KeyboardEvent): void {
    const move = ARROWS[event.key];
    if (!move) return;
    event.preventDefault();
    const r = Math.min(Math.max(row + move[0], 0), Math.max(height - 1, 0));
    const c = Math.min(Math.max(col + move[1], 0), width - 1);
    onSelect(sheet.name, `${columnLetter(c)}${r + 1}`);
  }

  // Tabs as ARIA expects: one stop in the Tab order, arrows move between sheets.
  function onTabKey(event: React.KeyboardEvent, index: number): void {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = tabs[(index + step + tabs.length) % tabs.length];
    onSelect(next.name);
    tabList.current?.querySelectorAll<HTMLElement>('[role="tab"]')[tabs.indexOf(next)]?.focus();
  }

  return (
    <div className="workbook">
      <div role="tablist" aria-label={strings.sheets} className="tabs" ref={tabList}>
        {tabs.map((s, i) => (
          <button
            key={s.name}
            type="button"
            role="tab"
            aria-selected={s.name === sheet.name}
            tabIndex={s.name === sheet.name ? 0 : -1}
            className={s.name === sheet.name ? "tab active" : "tab"}
            onClick={() => onSelect(s.name)}
            onKeyDown={(e) => onTabKey(e, i)}
          >
            {s.name}
          </button>
        ))}
      </div>
      <div className="formula-bar" role="group" aria-label={strings.formulaBar}>
        <output className="address" data-testid="address" aria-label={strings.address}>
          {`${sheet.name}!${view.cell}`}
        </output>
        <output className="formula" data-testid="formula" aria-label={strings.formula}>
          {formula === undefined || formula === null ? "" : String(formula)}
        </output>
      </div>
      <div
        className="grid"
        role="region"
        aria-label={`${sheet.name} (${strings.gridKeys})`}
        tabIndex={0}
        ref={grid}
        onKeyDown={onGridKey}
      >
        <table>
          <Columns sheet={sheet} width={width} />
          <thead>
            <tr>
              <th scope="col" aria-label={strings.address} />
              {Array.from({ length: width }, (_, c) => (
                <th key={c} scope="col">
                  {columnLetter(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: height }, (_, r) => (
              <Row
                key={r}
                sheet={sheet}
                merges={merges}
                row={r}
                width={width}
                cell={view.cell}
                onSelect={onSelect}
              />
            ))}
          </tbody>
        </table>
        {sheet.formulas.length > MAX_ROWS ? (
          <p className="note">{strings.truncated.replace("{rows}", String(MAX_ROWS))}</p>
        ) : null}
      </div>
    </div>
  );
}

/** Column widths as the workbook has them (points; a CSS pixel is 3/4 of a point). */
function Columns({ sheet, width }: { sheet: SheetSnapshot; width: number }): React.JSX.Element {
  const px = (c: number) =>
    Math.round(((sheet.columnWidths[columnLetter(c)] ?? sheet.standardWidth) * 4) / 3);
  return (
    <colgroup>
      <col className="row-header" />
      {Array.from({ length: width }, (_, c) => (
        <col key={c} style={{ width: `${px(c)}px` }} />
      ))}
    </colgroup>
  );
}

/** Each merged area's top-left cell ("r,c") with its area; its other cells as null (not drawn). */
function mergeMap(sheet: SheetSnapshot): Map<string, CellArea | null> {
  const map = new Map<string, CellArea | null>();
  for (const m of sheet.merges)
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++)
        map.set(`${r},${c}`, r === m.top && c === m.left ? m : null);
  return map;
}

interface RowProps {
  readonly sheet: SheetSnapshot;
  readonly merges: Map<string, CellArea | null>;
  readonly row: number;
  readonly width: number;
  readonly cell: string;
  readonly onSelect: (sheet: string, cell: string) => void;
}

function Row({ sheet, merges, row, width, cell, onSelect }: RowProps): React.JSX.Element {
  const cells: React.JSX.Element[] = [];
  for (let c = 0; c < width; c++) {
    const merge = merges.get(`${row},${c}`);
    // A merged area is one cell, drawn at its top-left corner.
    if (merge === null) continue;
    const address = `${columnLetter(c)}${row + 1}`;
    const value = sheet.values[row]?.[c];
    cells.push(
      <td
        key={c}
        rowSpan={merge ? merge.bottom - merge.top + 1 : undefined}
        colSpan={merge ? merge.right - merge.left + 1 : undefined}
        data-address={address}
        className={[address === cell ? "selected" : "", typeof value === "number" ? "number" : ""]
          .join(" ")
          .trim()}
        onClick={() => onSelect(sheet.name, address)}
      >
        {displayValue(value, sheet.numberFormats[row]?.[c])}
      </td>
    );
  }
  return (
    <tr>
      <th scope="row">{row + 1}</th>
      {cells}
    </tr>
  );
}
