/**
 * A table looked up by names read from the analysed code. A plain object literal answers
 * `constructor`, `toString` or `__proto__` from its prototype, so a function of the app named so
 * was taken for an entry (and crashed its file's extraction): these tables have no prototype.
 */
export function lookupTable<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
