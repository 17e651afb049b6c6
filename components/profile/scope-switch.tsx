import { profileScopes, type ProfileScope } from '@/lib/correlation/correlation-tier';
import { Segmented } from '../form/segmented';

type ScopeLabels = Record<ProfileScope, { label: string; help: string }>;

const scopes: ScopeLabels = {
  span: { label: 'This span', help: 'Samples of the selected span only' },
  descendants: {
    label: 'With descendants',
    help: 'Samples of the selected span and every span under it',
  },
  trace: { label: 'Whole trace', help: 'Samples of every span of the trace' },
};

/** The same choice for each span of an operation. */
const operationScopes: ScopeLabels = {
  span: { label: 'Spans alone', help: 'Samples of the operation’s spans only' },
  descendants: {
    label: 'With descendants',
    help: 'Samples of each span of the operation and every span under it',
  },
  trace: { label: 'Whole traces', help: 'Samples of every span of each span’s trace' },
};

/**
 * Which spans' samples a flame graph covers, for the selected span or for each span of an
 * operation; none pressed until the API chose one.
 */
export function ScopeSwitch({
  scope,
  of = 'span',
  onChange,
}: {
  scope: ProfileScope | undefined;
  of?: 'span' | 'operation';
  onChange: (scope: ProfileScope) => void;
}) {
  const labels = of === 'span' ? scopes : operationScopes;
  return (
    <div className="control-group">
      <span className="control-label">Scope</span>
      <Segmented
        label="Profile scope"
        dataKey="scope"
        options={profileScopes.map((s) => ({ value: s, ...labels[s] }))}
        value={scope}
        onChange={onChange}
      />
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
