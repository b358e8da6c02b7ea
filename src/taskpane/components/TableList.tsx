import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Dropdown,
  Field,
  Option,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { TableSummary } from "../../core/host";
import { fill } from "../../core/i18n";
import type { RoleOverride } from "../../core/read-table";
import type { PaneMessages } from "../../locales/pane.zh-CN";
import { ROLE_CHOICES, isRoleOverride, roleLabel } from "../format";
import { useSharedStyles } from "../styles";

/** The option that removes an override and lets the engine decide again. */
const AUTOMATIC = "";

const useStyles = makeStyles({
  headerText: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: "2px" },
  sheet: { fontWeight: tokens.fontWeightSemibold, wordBreak: "break-all" },
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
  },
  dropdown: { minWidth: "0", width: "100%" },
});

export interface TableListProps {
  readonly tables: readonly TableSummary[];
  /** Role overrides by sheet, then column letter. */
  readonly overrides: Readonly<Record<string, Readonly<Record<string, RoleOverride>>>>;
  readonly t: PaneMessages;
  readonly onOverride: (sheet: string, letter: string, role: RoleOverride | null) => void;
}

/** The score tables found, each expandable to its columns, whose roles the user can correct. */
export function TableList({ tables, overrides, t, onOverride }: TableListProps) {
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <Accordion multiple collapsible>
      {tables.map((table) => {
        const facts = [
          table.periodLabel,
          t.levels[table.level],
          fill(t.tables.units, { n: table.unitCount }),
          table.problems.length === 0
            ? t.tables.noProblems
            : fill(t.tables.problems, { n: table.problems.length }),
        ].filter((s) => s !== "");
        return (
          <AccordionItem key={table.id} value={table.id}>
            <AccordionHeader as="h3" expandIconPosition="end">
              <span className={styles.headerText}>
                <span className={styles.sheet}>{table.sheet}</span>
                <span className={shared.muted}>{facts.join(" · ")}</span>
              </span>
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>
              <p className={shared.muted}>{fill(t.tables.columnsHint, { row: table.headerRow })}</p>
              {table.columns.map((column) => (
                <ColumnRole
                  key={column.letter}
                  column={column}
                  override={overrides[table.sheet]?.[column.letter] ?? null}
                  t={t}
                  onChange={(role) => onOverride(table.sheet, column.letter, role)}
                />
              ))}
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}

interface ColumnRoleProps {
  readonly column: TableSummary["columns"][number];
  readonly override: RoleOverride | null;
  readonly t: PaneMessages;
  readonly onChange: (role: RoleOverride | null) => void;
}

function ColumnRole({ column, override, t, onChange }: ColumnRoleProps) {
  const styles = useStyles();
  const shown = override === null ? roleLabel(column.role, t) : roleLabel(override, t);
  const value = override === null ? shown : `${shown}（${t.tables.overridden}）`;
  return (
    <Field
      label={fill(t.tables.column, {
        letter: column.letter,
        header: column.header === "" ? t.tables.emptyHeader : column.header,
      })}
    >
      <Dropdown
        className={styles.dropdown}
        inlinePopup
        value={value}
        selectedOptions={[override ?? AUTOMATIC]}
        onOptionSelect={(_, data) => {
          const chosen = data.optionValue ?? AUTOMATIC;
          if (chosen === (override ?? AUTOMATIC)) return;
          onChange(isRoleOverride(chosen) ? chosen : null);
        }}
      >
        <Option value={AUTOMATIC} text={t.tables.automatic}>
          {t.tables.automatic}
        </Option>
        {ROLE_CHOICES.map((role) => (
          <Option key={role} value={role}>
            {t.roles[role]}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
