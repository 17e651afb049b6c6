import type { ProfileScope } from '@/lib/correlation/correlation-tier';

const scopes: { scope: ProfileScope; label: string; help: string }[] = [
  { scope: 'span', label: 'This span', help: 'Samples of the selected span only' },
  {
    scope: 'descendants',
    label: 'With descendants',
    help: 'Samples of the selected span and every span under it',
  },
  { scope: 'trace', label: 'Whole trace', help: 'Samples of every span of the trace' },
];

/** Which spans' samples the flame graph covers. */
export function ScopeSwitch({
  scope,
  onChange,
}: {
  scope: ProfileScope;
  onChange: (scope: ProfileScope) => void;
}) {
  return (
    <div className="control-group">
      <span className="control-label">Scope</span>
      <div className="segmented" role="group" aria-label="Profile scope">
        {scopes.map((s) => (
          <button
            key={s.scope}
            type="button"
            data-scope={s.scope}
            aria-pressed={scope === s.scope}
            title={s.help}
            onClick={() => {
              onChange(s.scope);
            }}
          >
            {s.label}
          </button>
        ))}
      </div>
    </div>
  );
}
