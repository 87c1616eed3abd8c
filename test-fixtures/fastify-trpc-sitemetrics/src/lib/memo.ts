const entries = new Map<string, { value: unknown; until: number }>();

/** Remembers what `fn` answered for the same arguments for a while. */
export function memoized<A, R>(prefix: string, fn: (args: A) => Promise<R>, ttlSeconds = 60) {
  return async (args: A): Promise<R> => {
    const key = `${prefix}:${JSON.stringify(args)}`;
    const hit = entries.get(key);
    if (hit && hit.until > Date.now()) return hit.value as R;
    const value = await fn(args);
    entries.set(key, { value, until: Date.now() + ttlSeconds * 1000 });
    return value;
  };
}
