import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { DismissRegular, TableRegular, TextColumnOneRegular } from "@fluentui/react-icons";
import type { RoleOverride } from "../../core/read-table";
import { fill } from "../../core/i18n";
import type { PaneMessages } from "../../locales/pane.zh-CN";
import { useSharedStyles } from "../styles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/** What the user marked on one sheet: table areas and the unit column. */
export interface SheetMarks {
  readonly sheet: string;
  readonly ranges: readonly string[];
  readonly unitColumn: string | null;
}

/** The marks in the settings, one entry per sheet that has any. */
export function sheetMarks(
  tableRanges: Readonly<Record<string, readonly string[]>>,
  overrides: Readonly<Record<string, Readonly<Record<string, RoleOverride>>>>
): SheetMarks[] {
  const sheets = new Set([...Object.keys(tableRanges), ...Object.keys(overrides)]);
  return [...sheets]
    .map((sheet) => ({
      sheet,
      ranges: tableRanges[sheet] ?? [],
      unitColumn:
        Object.entries(overrides[sheet] ?? {}).find(([, role]) => role === "name")?.[0] ?? null,
    }))
    .filter((m) => m.ranges.length > 0 || m.unitColumn !== null);
}

export interface MarkTablesProps {
  readonly marks: readonly SheetMarks[];
  readonly busy: boolean;
  readonly t: PaneMessages;
  readonly onMark: (as: "table" | "unitColumn") => void;
  readonly onClear: (sheet: string) => void;
}

/**
 * For a table the reader did not find, or found with the wrong unit column: the user selects it
 * (or the unit column) in the sheet and marks it; the marks are listed and can be cleared.
 */
export function MarkTables({ marks, busy, t, onMark, onClear }: MarkTablesProps) {
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <div className={styles.root}>
      <p className={shared.muted}>{t.marks.hint}</p>
      <div className={styles.buttons}>
        <Button icon={<TableRegular />} disabledFocusable={busy} onClick={() => onMark("table")}>
          {t.marks.markTable}
        </Button>
        <Button
          icon={<TextColumnOneRegular />}
          disabledFocusable={busy}
          onClick={() => onMark("unitColumn")}
        >
          {t.marks.markUnitColumn}
        </Button>
      </div>
      {marks.length === 0 ? (
        <p className={shared.muted}>{t.marks.none}</p>
      ) : (
        <ul className={styles.list}>
          {marks.map((m) => (
            <li key={m.sheet} className={styles.item}>
              <span>
                {[
                  m.ranges.length
                    ? fill(t.marks.tables, { sheet: m.sheet, ranges: m.ranges.join("、") })
                    : "",
                  m.unitColumn
                    ? fill(t.marks.unitColumn, { sheet: m.sheet, letter: m.unitColumn })
                    : "",
                ]
                  .filter((s) => s !== "")
                  .join("；")}
              </span>
              <Button
                appearance="subtle"
                size="small"
                icon={<DismissRegular />}
                aria-label={fill(t.marks.clear, { sheet: m.sheet })}
                title={fill(t.marks.clear, { sheet: m.sheet })}
                disabledFocusable={busy}
                onClick={() => onClear(m.sheet)}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
