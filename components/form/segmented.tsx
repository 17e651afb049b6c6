import type { ReactNode } from 'react';

/** One button of a segmented control. */
export interface SegmentedOption<T extends string> {
  value: T;
  label: ReactNode;
  /** The button's tooltip. */
  help?: string | undefined;
  disabled?: boolean | undefined;
}

interface SegmentedProps<T extends string> {
  /** The group's accessible name. */
  label: string;
  options: readonly SegmentedOption<T>[];
  /** The pressed option; undefined: none pressed (the choice is not known yet). */
  value: T | undefined;
  onChange: (value: T) => void;
  /** Names a data attribute carrying each option's value (`data-<dataKey>`), for tests and CSS. */
  dataKey?: string | undefined;
  /** More buttons at the end of the group (a "Custom…" that opens a form). */
  children?: ReactNode;
}

/** The one segmented control: a group of toggle buttons of which one is pressed. */
export function Segmented<T extends string>({
  label,
  options,
  value,
  onChange,
  dataKey,
  children,
}: SegmentedProps<T>) {
  return (
    <div className="segmented" role="group" aria-label={label}>
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          {...(dataKey ? { [`data-${dataKey}`]: o.value } : {})}
          aria-pressed={value === o.value}
          disabled={o.disabled}
          title={o.help}
          onClick={() => {
            onChange(o.value);
          }}
        >
          {o.label}
        </button>
      ))}
      {children}
    </div>
  );
}
