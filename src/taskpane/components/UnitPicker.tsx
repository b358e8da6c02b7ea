import {
  Combobox,
  Field,
  Option,
  OptionGroup,
  Tag,
  TagGroup,
  makeStyles,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { ScanResult } from "../../core/host";
import { compactText } from "../../core/text";
import type { PaneMessages } from "../../locales/pane.zh-CN";
import { LEVELS } from "../format";

const useStyles = makeStyles({
  combobox: { minWidth: "0", width: "100%" },
  tags: { flexWrap: "wrap", rowGap: "4px", marginTop: "4px" },
});

export interface UnitPickerProps {
  readonly label: string;
  readonly hint: string;
  readonly placeholder: string;
  /** The units found, by level; the choices are grouped under each level's name. */
  readonly units: ScanResult["units"];
  readonly multiselect: boolean;
  readonly selected: readonly string[];
  readonly onChange: (selected: string[]) => void;
  readonly t: PaneMessages;
}

/**
 * Picks one unit (本单位) or several (对标单位) from those the scan found, grouped by level, with
 * type-to-filter for the ~100 county-level units. Several choices also show as removable tags.
 */
export function UnitPicker(props: UnitPickerProps) {
  const { label, hint, placeholder, units, multiselect, selected, onChange, t } = props;
  const styles = useStyles();
  const single = multiselect ? "" : (selected[0] ?? "");
  const [query, setQuery] = useState(single);
  const [filtering, setFiltering] = useState(false);
  useEffect(() => setQuery(single), [single]);

  const needle = filtering ? compactText(query) : "";
  const groups = LEVELS.map((level) => ({
    level,
    names: units[level].filter((name) => compactText(name).includes(needle)),
  })).filter((g) => g.names.length > 0);

  return (
    <div>
      <Field label={label} hint={hint}>
        <Combobox
          className={styles.combobox}
          multiselect={multiselect}
          // Inside the pane's <main>, not portalled to <body>: every part of the page is in a landmark.
          inlinePopup
          placeholder={placeholder}
          expandIcon={{ "aria-label": t.settings.openList }}
          value={query}
          selectedOptions={[...selected]}
          onChange={(e) => {
            setQuery(e.target.value);
            setFiltering(true);
          }}
          onOptionSelect={(_, data) => {
            // Typing text that no longer matches the choice clears it (no optionValue): keep filtering.
            if (data.optionValue === undefined) return;
            setFiltering(false);
            if (multiselect) {
              setQuery("");
              onChange(data.selectedOptions);
            } else {
              setQuery(data.optionText ?? data.optionValue);
              if (data.optionValue !== single) onChange([data.optionValue]);
            }
          }}
          onOpenChange={(_, data) => {
            if (data.open) return;
            setFiltering(false);
            setQuery(single);
          }}
        >
          {groups.map((g) => (
            <OptionGroup key={g.level} label={t.levels[g.level]}>
              {g.names.map((name) => (
                <Option key={`${g.level}:${name}`} value={name}>
                  {name}
                </Option>
              ))}
            </OptionGroup>
          ))}
          {groups.length === 0 ? (
            <Option disabled value="" text={t.settings.noMatch}>
              {t.settings.noMatch}
            </Option>
          ) : null}
        </Combobox>
      </Field>
      {multiselect && selected.length > 0 ? (
        <TagGroup
          className={styles.tags}
          aria-label={t.settings.selectedBenchmarks}
          onDismiss={(_, data) => onChange(selected.filter((name) => name !== data.value))}
        >
          {selected.map((name) => (
            <Tag
              key={name}
              value={name}
              size="small"
              shape="circular"
              dismissible
              dismissIcon={{ "aria-label": t.settings.removeBenchmark }}
            >
              {name}
            </Tag>
          ))}
        </TagGroup>
      ) : null}
    </div>
  );
}
