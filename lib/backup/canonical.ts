// Canonical JSON: the same data always gives the same bytes (keys sorted, undefined dropped), so
// backups hash and round-trip byte for byte.

const sortKeys = (_key: string, value: unknown) => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const sorted: Record<string, unknown> = {};
  for (const k of Object.keys(value).sort()) sorted[k] = (value as Record<string, unknown>)[k];
  return sorted;
};

export const canonicalJson = (value: unknown): string => JSON.stringify(value, sortKeys);

/** Records in a stable order: by primary key, compared as strings. */
export function byKey<T>(rows: T[], key: (row: T) => string): T[] {
  return [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
