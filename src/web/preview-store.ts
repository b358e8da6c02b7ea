/**
 * What the preview shows — which sheet, which cells are selected, the generated sheets — as a
 * small store the page subscribes to. The file host moves it (the pane's "go to this cell" and
 * "open this sheet"); the grid moves it (the user's clicks and keys); the pane reads its selection
 * to mark a table by hand, as it reads Excel's selection in the add-in.
 */
import { cellAddress, parseCellAddress } from "../core/address";
import { fill } from "../core/i18n";
import { HostError } from "../core/host";
import type { WebMessages } from "../locales/web.zh-CN";
import type { Generated, Opened, SheetMeta } from "./worker/protocol";

export interface CellPoint {
  readonly row: number;
  readonly col: number;
}

/** A rectangle of cells given by where the selection started and where it ends now. */
export interface Selection {
  readonly anchor: CellPoint;
  readonly focus: CellPoint;
}

export interface PreviewState {
  readonly opened: Opened;
  readonly output: Generated | null;
  readonly active: { readonly name: string; readonly source: boolean };
  readonly selection: Selection;
  /** Counts requests to bring the selection into sight, so a repeated "go to" scrolls again. */
  readonly reveal: number;
}

const ORIGIN: Selection = { anchor: { row: 0, col: 0 }, focus: { row: 0, col: 0 } };

/**
 * "C5" or "A3:H40" as a selection; null when it is not an address.
 * @example parseSelection("B3:B20") // => { anchor: { row: 2, col: 1 }, focus: { row: 19, col: 1 } }
 */
export function parseSelection(text: string): Selection | null {
  const parts = text.replace(/\$/g, "").trim().toUpperCase().split(":");
  if (parts.length > 2 || parts.some((p) => !/^[A-Z]{1,3}[1-9]\d{0,6}$/.test(p))) return null;
  const anchor = parseCellAddress(parts[0]);
  return { anchor, focus: parts[1] ? parseCellAddress(parts[1]) : anchor };
}

/**
 * The A1 address of a selection, top-left first.
 * @example selectionAddress({ anchor: { row: 19, col: 1 }, focus: { row: 2, col: 1 } }) // => "B3:B20"
 */
export function selectionAddress(s: Selection): string {
  const top = Math.min(s.anchor.row, s.focus.row);
  const left = Math.min(s.anchor.col, s.focus.col);
  const bottom = Math.max(s.anchor.row, s.focus.row);
  const right = Math.max(s.anchor.col, s.focus.col);
  const from = cellAddress(top, left);
  const to = cellAddress(bottom, right);
  return from === to ? from : `${from}:${to}`;
}

/** The sheets the preview lists: the file's own (less the tool's earlier ones, once replaced). */
export function visibleSources(state: PreviewState): readonly SheetMeta[] {
  const sheets = state.opened.sheets;
  return state.output ? sheets.filter((s) => s.kind !== "earlier-output") : sheets;
}

export class PreviewStore {
  private state: PreviewState;
  private readonly listeners = new Set<() => void>();

  constructor(
    opened: Opened,
    private readonly t: WebMessages
  ) {
    const first = opened.sheets[0];
    this.state = {
      opened,
      output: null,
      active: { name: first?.name ?? "", source: true },
      selection: ORIGIN,
      reveal: 0,
    };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): PreviewState => this.state;

  private set(change: Partial<PreviewState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener();
  }

  /** Shows a sheet by name — a generated one before the file's own — with `cell` selected. */
  show(sheet: string, cell = ""): void {
    const result = this.state.output?.sheets.find((s) => s.name === sheet);
    const source = visibleSources(this.state).find((s) => s.name === sheet);
    const found = result ?? source;
    if (!found) throw new HostError("unknown", fill(this.t.preview.noSheet, { sheet }));
    const selection = cell === "" ? ORIGIN : parseSelection(cell);
    if (!selection) throw new RangeError(`show requires an A1 address, got "${cell}"`);
    this.set({
      active: { name: found.name, source: found.source },
      selection,
      reveal: this.state.reveal + 1,
    });
  }

  /** The user picked a tab. */
  activate(name: string, source: boolean): void {
    this.set({ active: { name, source }, selection: ORIGIN });
  }

  /** The user moved the selection in the grid (`reveal` scrolls it into sight). */
  select(selection: Selection, reveal = false): void {
    this.set({ selection, reveal: reveal ? this.state.reveal + 1 : this.state.reveal });
  }

  /** A generation finished: its sheets join the preview and the first of them is shown. */
  setOutput(output: Generated): void {
    const first = output.sheets[0];
    this.set({
      output,
      active: first ? { name: first.name, source: false } : this.state.active,
      selection: ORIGIN,
    });
  }

  /**
   * The selected cells, for marking a table by hand. Only a sheet of the file can be marked: on a
   * generated sheet this is a HostError saying so.
   */
  selectedRange(): { sheet: string; address: string } {
    if (!this.state.active.source) throw new HostError("unsupported", this.t.preview.selectSource);
    return { sheet: this.state.active.name, address: selectionAddress(this.state.selection) };
  }
}
