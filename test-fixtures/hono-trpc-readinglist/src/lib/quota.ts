// A fixed-window counter per caller and procedure, kept in memory.
const windows = new Map<string, { count: number; resetAt: number }>();

export async function hit(key: string, max: number, windowMs: number) {
  const now = Date.now();
  const w = windows.get(key);
  if (!w || w.resetAt < now) {
    windows.set(key, { count: 1, resetAt: now + windowMs });
    return { allowed: true, retryIn: 0 };
  }
  w.count += 1;
  return { allowed: w.count <= max, retryIn: Math.ceil((w.resetAt - now) / 1000) };
}
