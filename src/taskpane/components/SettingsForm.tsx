import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { DuibiaoSettings, ScanResult } from "../../core/host";
import type { CumulativeMethod } from "../../core/cumulative";
import type { TieMethod } from "../../core/rank";
import type { PaneMessages } from "../../locales/pane.zh-CN";
import { NumberField } from "./NumberField";
import { UnitPicker } from "./UnitPicker";

/** Bounds of the two rank thresholds; a province ranks about a hundred county-level units. */
const LINE_MIN = 1;
const LINE_MAX = 999;

function tieMethod(value: string): TieMethod {
  return value === "dense" ? "dense" : "competition";
}

function cumulativeMethod(value: string): CumulativeMethod {
  return value === "sum" ? "sum" : "average";
}

export interface SettingsFormProps {
  readonly settings: DuibiaoSettings;
  readonly units: ScanResult["units"];
  readonly t: PaneMessages;
  readonly onChange: (change: Partial<Omit<DuibiaoSettings, "overrides">>) => void;
}

/**
 * 本单位, 对标单位, the tie method, how the year to date adds up, and the two thresholds; each change
 * is saved at once.
 */
export function SettingsForm({ settings, units, t, onChange }: SettingsFormProps) {
  const s = t.settings;
  return (
    <>
      <UnitPicker
        label={s.ownUnit}
        hint={s.ownUnitHint}
        placeholder={s.ownUnitPlaceholder}
        units={units}
        multiselect={false}
        selected={settings.ownUnit === null ? [] : [settings.ownUnit]}
        onChange={([ownUnit]) => onChange({ ownUnit: ownUnit ?? null })}
        t={t}
      />
      <UnitPicker
        label={s.benchmarks}
        hint={s.benchmarksHint}
        placeholder={s.benchmarksPlaceholder}
        units={units}
        multiselect
        selected={settings.benchmarks}
        onChange={(benchmarks) => onChange({ benchmarks })}
        t={t}
      />
      <Field label={s.ties}>
        <RadioGroup
          value={settings.ties}
          onChange={(_, data) => onChange({ ties: tieMethod(data.value) })}
        >
          <Radio value="competition" label={s.tiesCompetition} />
          <Radio value="dense" label={s.tiesDense} />
        </RadioGroup>
      </Field>
      <Field label={s.cumulativeBy} hint={s.cumulativeHint}>
        <RadioGroup
          value={settings.cumulativeBy}
          onChange={(_, data) => onChange({ cumulativeBy: cumulativeMethod(data.value) })}
        >
          <Radio value="average" label={s.cumulativeAverage} />
          <Radio value="sum" label={s.cumulativeSum} />
        </RadioGroup>
      </Field>
      <NumberField
        label={s.bottomLine}
        hint={s.bottomLineHint}
        value={settings.bottomLine}
        min={LINE_MIN}
        max={LINE_MAX}
        t={t}
        onCommit={(bottomLine) => onChange({ bottomLine })}
      />
      <NumberField
        label={s.bonusRankLine}
        hint={s.bonusRankLineHint}
        value={settings.bonusRankLine}
        min={LINE_MIN}
        max={LINE_MAX}
        t={t}
        onCommit={(bonusRankLine) => onChange({ bonusRankLine })}
      />
    </>
  );
}
