'use client';

import { useQuery } from '@tanstack/react-query';
import { operationsQuery } from '../queries/operations-query';
import { DebouncedInput } from '../form/debounced-input';
import {
  clearedTextFilters,
  explorerTextFilters,
  type ExplorerFilters,
  type ExplorerTextKey,
} from '../url/explorer-filters';
import type { UrlPatch } from '../url/use-url-params';

interface ExplorerFiltersPanelProps {
  filters: ExplorerFilters;
  services: readonly string[];
  onChange: (patch: UrlPatch, mode?: 'push' | 'replace') => void;
}

const textFields: { key: ExplorerTextKey; label: string; placeholder: string; hint?: string }[] = [
  { key: 'minDurationMs', label: 'Min duration (ms)', placeholder: 'e.g. 250' },
  { key: 'namespace', label: 'K8s namespace', placeholder: 'any; part of a name' },
  { key: 'deployment', label: 'K8s deployment', placeholder: 'any; part of a name' },
  { key: 'pod', label: 'K8s pod', placeholder: 'any; part of a name' },
  {
    key: 'attr',
    label: 'Attribute',
    placeholder: 'key=value',
    hint: 'On the span or its resource, e.g. http.route=/checkout',
  },
];

/** The explorer's filters; every change writes the URL, which drives the query. */
export function ExplorerFiltersPanel({ filters, services, onChange }: ExplorerFiltersPanelProps) {
  const operations = useQuery(operationsQuery(filters.service));
  const active = explorerTextFilters.some((key) => filters[key] !== '');
  return (
    <form
      className="filters"
      aria-label="Span filters"
      onSubmit={(e) => {
        e.preventDefault();
      }}
    >
      <label className="field">
        <span className="field-label">Service</span>
        <select
          name="service"
          className="input"
          value={filters.service}
          onChange={(e) => {
            onChange({ service: e.target.value, operation: '' });
          }}
        >
          <option value="">All services</option>
          {services.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
          {filters.service && !services.includes(filters.service) ? (
            <option value={filters.service}>{filters.service} (no spans stored)</option>
          ) : null}
        </select>
      </label>
      <label className="field">
        <span className="field-label">Operation</span>
        <select
          name="operation"
          className="input"
          value={filters.operation}
          onChange={(e) => {
            onChange({ operation: e.target.value });
          }}
        >
          <option value="">All operations</option>
          {(operations.data?.operations ?? []).map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
          {filters.operation && !operations.data?.operations.includes(filters.operation) ? (
            <option value={filters.operation}>{filters.operation}</option>
          ) : null}
        </select>
      </label>
      {textFields.map(({ key, label, placeholder, hint }) => (
        <label className="field" key={key}>
          <span className="field-label">{label}</span>
          <DebouncedInput
            name={key}
            className="input"
            inputMode={key === 'minDurationMs' ? 'decimal' : undefined}
            placeholder={placeholder}
            spellCheck={false}
            autoComplete="off"
            value={filters[key]}
            onCommit={(value) => {
              onChange({ [key]: value.trim() }, 'replace');
            }}
          />
          {hint ? <span className="field-hint">{hint}</span> : null}
        </label>
      ))}
      {(
        [
          ['errors', 'Errors only'],
          ['profiled', 'With profile samples'],
        ] as const
      ).map(([key, label]) => (
        <label className="field-check" key={key}>
          <input
            type="checkbox"
            name={key}
            checked={filters[key] === '1'}
            onChange={(e) => {
              onChange({ [key]: e.target.checked ? '1' : '' });
            }}
          />
          {label}
        </label>
      ))}
      <button
        type="button"
        className="btn"
        disabled={!active}
        onClick={() => {
          onChange(clearedTextFilters);
        }}
      >
        Clear filters
      </button>
    </form>
  );
}
