import * as React from "react";
import type { WorkbookSnapshot } from "../office-emulator";
import { displayValue } from "./display";
import { columnLetter } from "./xlsx-convert";
import type { PlaygroundStrings } from "./strings";

const MAX_ROWS = 400;

export interface WorkbookViewProps {
  readonly snapshot: WorkbookSnapshot;
  readonly strings: PlaygroundStrings;
  /** The sheet shown, and the cell selected on it ("D5"). */
  readonly sheet: string;
  readonly selection: string;
  readonly onShowSheet: (sheet: string) => void;
  readonly onSelect: (address: string) => void;
}

/** Sheet tabs, a formula bar and a grid of computed values: enough of Excel to see what the tool wrote. */
export function WorkbookView(props: WorkbookViewProps): React.JSX.Element {
  const { snapshot, strings, sheet, selection } = props;
  const current = snapshot.sheets.find((s) => s.name === sheet) ?? snapshot.sheets[0];
  const [col, row] = splitAddress(selection.split(":")[0]);
  const formula = current?.formulas[row]?.[col];
  const width = Math.max(1, ...(current?.formulas ?? []).map((r) => r.length));
  const height = Math.min(current?.formulas.length ?? 0, MAX_ROWS);
  const covered = new Set<string>();
  const spans = new Map<string, { rows: number; cols: number }>();
  for (const m of current?.merges ?? []) {
    spans.set(`${m.top},${m.left}`, { rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }
  return (
    <div className="workbook">
      <div role="tablist" aria-label={strings.sheets} className="tabs">
        {snapshot.sheets.map((s) => (
          <button
            key={s.name}
            type="button"
            role="tab"
            aria-selected={s.name === current?.name}
            className={s.name === current?.name ? "tab active" : "tab"}
            onClick={() => props.onShowSheet(s.name)}
          >
            {s.name}
          </button>
        ))}
      </div>
      <div className="formula-bar" aria-label={strings.formula} role="group">
        <output className="address" data-testid="address" aria-label={strings.address}>
          {current ? `${current.name}!${selection}` : ""}
        </output>
        <output className="formula" data-testid="formula" aria-label={strings.formula}>
          {formula === undefined || formula === null ? "" : String(formula)}
        </output>
      </div>
      <div className="grid" role="region" aria-label={current?.name ?? ""} tabIndex={0}>
        <table>
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
              <tr key={r}>
                <th scope="row">{r + 1}</th>
                {Array.from({ length: width }, (_, c) => {
                  if (covered.has(`${r},${c}`)) return null;
                  const span = spans.get(`${r},${c}`);
                  const address = `${columnLetter(c)}${r + 1}`;
                  const value = current?.values[r]?.[c];
                  return (
                    <td
                      key={c}
                      rowSpan={span?.rows}
                      colSpan={span?.cols}
                      data-address={address}
                      className={[
                        address === selection ? "selected" : "",
                        typeof value === "number" ? "number" : "",
                      ].join(" ")}
                      onClick={() => props.onSelect(address)}
                    >
                      {displayValue(value, current?.numberFormats[r]?.[c])}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {(current?.formulas.length ?? 0) > MAX_ROWS ? (
          <p className="note">{strings.truncated.replace("{rows}", String(MAX_ROWS))}</p>
        ) : null}
      </div>
    </div>
  );
}

/** "D5" → [3, 4] (0-based column and row). */
export function splitAddress(address: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) return [0, 0];
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return [col - 1, Number(m[2]) - 1];
}
