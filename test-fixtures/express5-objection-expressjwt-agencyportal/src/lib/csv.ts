export function toCsv(rows: Array<Record<string, unknown>>): string {
  if (rows.length === 0) return '';
  const header = Object.keys(rows[0]);
  const lines = rows.map((r) => header.map((h) => JSON.stringify(r[h] ?? '')).join(','));
  return [header.join(','), ...lines].join('\n');
}
