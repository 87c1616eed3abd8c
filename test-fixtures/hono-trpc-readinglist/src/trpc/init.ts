import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";

import type { db } from "../db";
import { quotaMiddleware } from "./limit";

export interface Context {
  user: { id: string; role: "admin" | "user" } | null;
  apiKeyScopes?: string[];
  ip: string | null;
  db: typeof db;
}

const t = initTRPC.context<Context>().create({ transformer: superjson });

export const router = t.router;

const base = t.procedure.use(async (opts) => {
  const started = Date.now();
  const res = await opts.next();
  console.debug(`[trpc] ${opts.path} took ${Date.now() - started}ms`);
  return res;
});

export const publicProcedure = base.use(quotaMiddleware({ name: "public", max: 300, windowMs: 60_000 }));

export const signedInProcedure = base
  .use(quotaMiddleware({ name: "signedIn", max: 1200, windowMs: 60_000 }))
  .use(function requireUser(opts) {
    if (!opts.ctx.user) {
      throw new TRPCError({ code: "UNAUTHORIZED" });
    }
    return opts.next({ ctx: { user: opts.ctx.user } });
  });

// API keys carry scopes; a session carries them all
export function scopedProcedure(scope: string) {
  return signedInProcedure.use((opts) => {
    const scopes = opts.ctx.apiKeyScopes;
    if (scopes && !scopes.includes(scope)) {
      throw new TRPCError({ code: "FORBIDDEN", message: `missing scope ${scope}` });
    }
    return opts.next();
  });
}

export const adminProcedure = () =>
  signedInProcedure.use((opts) => {
    if (opts.ctx.user?.role !== "admin") {
      throw new TRPCError({ code: "FORBIDDEN" });
    }
    return opts.next();
  });
