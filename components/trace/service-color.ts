'use client';

import { useQuery } from '@tanstack/react-query';
import { servicesQuery } from '../queries/services-query';

/** Categorical colours that stay apart from the error red and the critical-path ink. */
const palette = [
  '#5b8ff9',
  '#5ad8a6',
  '#f6bd16',
  '#9270ca',
  '#6dc8ec',
  '#ff9d4d',
  '#269a99',
  '#ff99c3',
  '#5d7092',
  '#a3b745',
];

function hashed(service: string): string {
  let hash = 0;
  for (let i = 0; i < service.length; i++) hash = (hash * 31 + service.charCodeAt(i)) | 0;
  return palette[Math.abs(hash) % palette.length] ?? '#5b8ff9';
}

/**
 * A colour per service: its place among the store's services (sorted by name), so up to ten
 * services never share one and a service looks the same in every view; a service not (yet) in
 * the list gets a colour from its name.
 */
export function serviceColorIn(services: readonly string[]): (service: string) => string {
  const index = new Map(services.map((s, i) => [s, i]));
  return (service) => {
    const i = index.get(service);
    return i === undefined ? hashed(service) : (palette[i % palette.length] ?? hashed(service));
  };
}

/** serviceColorIn over the store's services (one cached query shared by every view). */
export function useServiceColor(): (service: string) => string {
  const services = useQuery(servicesQuery()).data?.services;
  return serviceColorIn(services ?? []);
}
