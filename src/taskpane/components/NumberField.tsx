import { Field, Input } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { fill } from "../../core/i18n";
import type { PaneMessages } from "../../locales/pane.zh-CN";
import { parseWholeNumber } from "../format";

export interface NumberFieldProps {
  readonly label: string;
  readonly hint: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly t: PaneMessages;
  /** Called with a valid new value when the user leaves the field or presses Enter. */
  readonly onCommit: (value: number) => void;
}

/**
 * A whole-number setting. What the user types is checked as they type; a valid number is saved
 * when they leave the field or press Enter, so typing "15" saves once, not for "1" and again.
 */
export function NumberField({ label, hint, value, min, max, t, onCommit }: NumberFieldProps) {
  const [draft, setDraft] = useState(String(value));
  useEffect(() => setDraft(String(value)), [value]);
  const parsed = parseWholeNumber(draft, min, max);
  const commit = () => {
    if (parsed !== null && parsed !== value) onCommit(parsed);
  };
  return (
    <Field
      label={label}
      hint={hint}
      validationState={parsed === null ? "error" : "none"}
      validationMessage={parsed === null ? fill(t.settings.invalidNumber, { min, max }) : undefined}
    >
      <Input
        inputMode="numeric"
        value={draft}
        onChange={(_, data) => setDraft(data.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === "Enter") commit();
        }}
      />
    </Field>
  );
}
