import { profileScopes, type ProfileScope } from '@/lib/correlation/correlation-tier';

const scopes: Record<ProfileScope, { label: string; help: string }> = {
  span: { label: 'This span', help: 'Samples of the selected span only' },
  descendants: {
    label: 'With descendants',
    help: 'Samples of the selected span and every span under it',
  },
  trace: { label: 'Whole trace', help: 'Samples of every span of the trace' },
};

/** Which spans' samples the flame graph covers; none pressed until the API chose one. */
export function ScopeSwitch({
  scope,
  onChange,
}: {
  scope: ProfileScope | undefined;
  onChange: (scope: ProfileScope) => void;
}) {
  return (
    <div className="control-group">
      <span className="control-label">Scope</span>
      <div className="segmented" role="group" aria-label="Profile scope">
        {profileScopes.map((s) => (
          <button
            key={s}
            type="button"
            data-scope={s}
            aria-pressed={scope === s}
            title={scopes[s].help}
            onClick={() => {
              onChange(s);
            }}
          >
            {scopes[s].label}
          </button>
        ))}
      </div>
    </div>
  );
}

/** Says why the flame graph covers more than the span: its own scope had no samples. */
export function ScopeFallbackNote({ shown }: { shown: ProfileScope }) {
  return (
    <p className="scope-fallback" role="status" data-testid="scope-fallback">
      This span has no samples of its own; showing{' '}
      {shown === 'descendants' ? 'those of the spans under it' : 'those of the whole trace'} (
      {scopes[shown].label}). Pick &ldquo;This span&rdquo; to see it alone.
    </p>
  );
}
