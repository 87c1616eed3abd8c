import { TRPCError } from "@trpc/server";

import { hit } from "../lib/quota";

interface LimitOptions {
  name: string;
  max: number;
  windowMs: number;
}

// keyed by the caller when there is one, else by address: turns away callers over their quota
export function quotaMiddleware<T>(opts: LimitOptions) {
  return async function applyQuota(call: {
    path: string;
    ctx: { ip: string | null; user?: { id: string } | null };
    next: () => Promise<T>;
  }) {
    const who = call.ctx.user?.id ? `user:${call.ctx.user.id}` : `ip:${call.ctx.ip ?? "unknown"}`;
    const result = await hit(`${opts.name}:${who}:${call.path}`, opts.max, opts.windowMs);
    if (!result.allowed) {
      throw new TRPCError({
        code: "TOO_MANY_REQUESTS",
        message: `Slow down, retry in ${result.retryIn}s`,
      });
    }
    return call.next();
  };
}
