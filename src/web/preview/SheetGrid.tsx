import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { ChevronLeftRegular, ChevronRightRegular } from "@fluentui/react-icons";
import { KeyboardEvent, useEffect, useRef, useState } from "react";
import { cellAddress, columnLabel } from "../../core/address";
import { fill } from "../../core/i18n";
import type { WebMessages } from "../../locales/web.zh-CN";
import { CellPoint, Selection, parseSelection, selectionAddress } from "../preview-store";
import type { PageCell, SheetPage } from "../worker/protocol";

/** Rows per page: enough for a province's counties on one page, few enough to draw at once. */
export const PAGE_ROWS = 200;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalM,
  },
  nameBox: { width: "160px" },
  formula: {
    flex: 1,
    minWidth: "200px",
    fontFamily: tokens.fontFamilyMonospace,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minHeight: "20px",
    overflowWrap: "anywhere",
  },
  scroller: {
    overflow: "auto",
    maxHeight: "70vh",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    scrollPaddingTop: "28px",
    scrollPaddingLeft: "48px",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  table: { borderCollapse: "collapse", tableLayout: "fixed", width: "max-content" },
  colHead: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 6px",
  },
  rowHead: {
    position: "sticky",
    left: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 6px",
    textAlign: "right",
    minWidth: "36px",
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: "2px 6px",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    cursor: "cell",
    userSelect: "none",
    maxWidth: "640px",
  },
  numeric: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  focus: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  title: { fontWeight: tokens.fontWeightBold, fontSize: tokens.fontSizeBase400 },
  subtitle: { color: tokens.colorNeutralForeground3 },
  header: {
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground4,
    whiteSpace: "normal",
  },
  own: { backgroundColor: tokens.colorPaletteMarigoldBackground2 },
  benchmark: { backgroundColor: tokens.colorPaletteLightGreenBackground2 },
  warn: { color: tokens.colorPaletteRedForeground2 },
  repaired: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  note: { color: tokens.colorNeutralForeground3, fontStyle: "italic" },
  key: { fontWeight: tokens.fontWeightSemibold },
  paragraph: { whiteSpace: "normal" },
  section: { fontWeight: tokens.fontWeightSemibold },
  body: {},
  /** A cell the analyst types into in the workbook (the what-if scenario's expected scores). */
  input: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorPaletteBlueForeground2,
  },
  pager: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface SheetGridProps {
  readonly sheet: string;
  readonly source: boolean;
  readonly totalRows: number;
  readonly selection: Selection;
  /** Changes when the selection must be brought into sight. */
  readonly reveal: number;
  /** Fetches a window of rows (from the worker). */
  readonly loadPage: (start: number, count: number) => Promise<SheetPage>;
  readonly onSelect: (selection: Selection, reveal?: boolean) => void;
  readonly t: WebMessages;
}

const pageOf = (row: number) => Math.floor(row / PAGE_ROWS) * PAGE_ROWS;

function inside(s: Selection, row: number, col: number): boolean {
  return (
    row >= Math.min(s.anchor.row, s.focus.row) &&
    row <= Math.max(s.anchor.row, s.focus.row) &&
    col >= Math.min(s.anchor.col, s.focus.col) &&
    col <= Math.max(s.anchor.col, s.focus.col)
  );
}

/** Spans of merged cells within the page: the top-left visible cell spans, the others are covered. */
function mergeLayout(page: SheetPage): {
  spans: Map<string, { rows: number; cols: number }>;
  covered: Set<string>;
} {
  const spans = new Map<string, { rows: number; cols: number }>();
  const covered = new Set<string>();
  const last = page.start + page.rows.length - 1;
  for (const m of page.merges) {
    const top = Math.max(m.top, page.start);
    const bottom = Math.min(m.bottom, last);
    const right = Math.min(m.right, page.columns - 1);
    if (top > bottom || m.left > right) continue;
    spans.set(`${top}:${m.left}`, { rows: bottom - top + 1, cols: right - m.left + 1 });
    for (let r = top; r <= bottom; r++)
      for (let c = m.left; c <= right; c++) if (r !== top || c !== m.left) covered.add(`${r}:${c}`);
  }
  return { spans, covered };
}

/**
 * A sheet's cells a page at a time, as a spreadsheet shows them, with a selection the user makes
 * by mouse (drag, Shift+click), keyboard (arrows, Shift+arrows, Page Up/Down) or by typing an
 * address; the selected cell's formula or value is shown above the grid.
 */
export function SheetGrid(props: SheetGridProps) {
  const { sheet, source, totalRows, selection, reveal, loadPage, onSelect, t } = props;
  const styles = useStyles();
  const [start, setStart] = useState(() => pageOf(selection.focus.row));
  const [page, setPage] = useState<SheetPage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [typed, setTyped] = useState<string | null>(null);
  const dragging = useRef(false);
  const scroller = useRef<HTMLDivElement>(null);

  // Going to a cell on another page turns to that page.
  useEffect(() => setStart(pageOf(selection.focus.row)), [reveal, sheet, source]); // Deliberately: only a reveal or another sheet turns the page.

  useEffect(() => {
    let current = true;
    setError(null);
    loadPage(start, PAGE_ROWS).then(
      (p) => current && setPage(p),
      (e: unknown) => current && setError(e instanceof Error ? e.message : String(e))
    );
    return () => {
      current = false;
    };
  }, [loadPage, start]);

  useEffect(() => {
    const focus = cellAddress(selection.focus.row, selection.focus.col);
    scroller.current
      ?.querySelector(`td[data-address="${focus}"]`)
      ?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [reveal, page]); // Deliberately: scroll on a reveal or a new page, not on every click.

  useEffect(() => {
    const up = () => (dragging.current = false);
    window.addEventListener("mouseup", up);
    return () => window.removeEventListener("mouseup", up);
  }, []);

  const columns = page?.columns ?? 0;
  const move = (to: CellPoint, extend: boolean) => {
    const clamped = {
      row: Math.max(0, Math.min(Math.max(0, totalRows - 1), to.row)),
      col: Math.max(0, Math.min(Math.max(0, columns - 1), to.col)),
    };
    onSelect({ anchor: extend ? selection.anchor : clamped, focus: clamped }, true);
    if (pageOf(clamped.row) !== start) setStart(pageOf(clamped.row));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const f = selection.focus;
    const steps: Record<string, CellPoint> = {
      ArrowUp: { row: f.row - 1, col: f.col },
      ArrowDown: { row: f.row + 1, col: f.col },
      ArrowLeft: { row: f.row, col: f.col - 1 },
      ArrowRight: { row: f.row, col: f.col + 1 },
      PageUp: { row: f.row - PAGE_ROWS, col: f.col },
      PageDown: { row: f.row + PAGE_ROWS, col: f.col },
      Home: { row: f.row, col: 0 },
    };
    const to = steps[e.key];
    if (!to) return;
    e.preventDefault();
    move(to, e.shiftKey);
  };

  const address = selectionAddress(selection);
  const focusCell: PageCell | null | undefined =
    page && selection.focus.row >= page.start
      ? page.rows[selection.focus.row - page.start]?.[selection.focus.col]
      : undefined;
  const commitTyped = () => {
    if (typed === null) return;
    const parsed = parseSelection(typed);
    if (!parsed) {
      setError(fill(t.preview.badAddress, { text: typed }));
      return;
    }
    setTyped(null);
    setError(null);
    onSelect(parsed, true);
    if (pageOf(parsed.focus.row) !== start) setStart(pageOf(parsed.focus.row));
  };

  const layout = page ? mergeLayout(page) : null;
  const from = page ? page.start + 1 : 0;
  const to = page ? page.start + page.rows.length : 0;

  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        <Field label={t.preview.address} hint={t.preview.addressHint} className={styles.nameBox}>
          <Input
            value={typed ?? address}
            onChange={(_, data) => setTyped(data.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") commitTyped();
              if (e.key === "Escape") setTyped(null);
            }}
            onBlur={() => setTyped(null)}
            data-testid="name-box"
          />
        </Field>
        <div
          className={styles.formula}
          aria-label={t.preview.formula}
          role="status"
          data-testid="formula"
        >
          {focusCell ? (focusCell.formula ?? focusCell.text) : ""}
        </div>
      </div>
      {error ? (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {totalRows > PAGE_ROWS && page ? (
        <div className={styles.pager}>
          <Button
            icon={<ChevronLeftRegular />}
            disabledFocusable={start === 0}
            onClick={() => setStart(Math.max(0, start - PAGE_ROWS))}
          >
            {t.preview.previous}
          </Button>
          <span>{fill(t.preview.rows, { from, to, total: totalRows })}</span>
          <Button
            icon={<ChevronRightRegular />}
            iconPosition="after"
            disabledFocusable={start + PAGE_ROWS >= totalRows}
            onClick={() => setStart(start + PAGE_ROWS)}
          >
            {t.preview.next}
          </Button>
        </div>
      ) : null}
      {page && page.totalColumns > page.columns ? (
        <p className={styles.muted}>{fill(t.preview.columnsCut, { n: page.columns })}</p>
      ) : null}
      {!page ? <Spinner size="tiny" label={t.preview.loading} /> : null}
      {page && page.totalRows === 0 ? <p className={styles.muted}>{t.preview.empty}</p> : null}
      {page && layout && page.totalRows > 0 ? (
        <div
          ref={scroller}
          className={styles.scroller}
          tabIndex={0}
          role="region"
          aria-label={fill(t.preview.grid, { sheet })}
          onKeyDown={onKeyDown}
          data-testid="grid"
        >
          <table className={styles.table}>
            <thead>
              <tr>
                <th className={styles.colHead} />
                {Array.from({ length: page.columns }, (_, c) => (
                  <th
                    key={c}
                    scope="col"
                    className={styles.colHead}
                    style={{
                      width: page.widths[c] ? `${Math.round(page.widths[c] * 7 + 10)}px` : "80px",
                    }}
                  >
                    {columnLabel(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {page.rows.map((line, i) => {
                const row = page.start + i;
                return (
                  <tr key={row}>
                    <th scope="row" className={styles.rowHead}>
                      {row + 1}
                    </th>
                    {Array.from({ length: page.columns }, (_, col) => {
                      const key = `${row}:${col}`;
                      if (layout.covered.has(key)) return null;
                      const cell = line[col] ?? null;
                      const span = layout.spans.get(key);
                      const isFocus = row === selection.focus.row && col === selection.focus.col;
                      return (
                        <td
                          key={col}
                          data-address={cellAddress(row, col)}
                          rowSpan={span?.rows}
                          colSpan={span?.cols}
                          className={mergeClasses(
                            styles.cell,
                            cell?.numeric && styles.numeric,
                            cell?.style && styles[cell.style],
                            inside(selection, row, col) && styles.selected,
                            isFocus && styles.focus
                          )}
                          data-selected={inside(selection, row, col) || undefined}
                          onMouseDown={(e) => {
                            dragging.current = true;
                            const at = { row, col };
                            onSelect({ anchor: e.shiftKey ? selection.anchor : at, focus: at });
                          }}
                          onMouseEnter={() => {
                            if (dragging.current)
                              onSelect({ anchor: selection.anchor, focus: { row, col } });
                          }}
                        >
                          {cell?.text ?? ""}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
