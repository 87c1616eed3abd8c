import type { Context, Next } from "koa";
import type { ZodType } from "zod";

/** Validates the request body against a schema and exposes the parsed value as ctx.guard.body. */
export default function koaGuard<T>({ body }: { body: ZodType<T> }) {
  const guard = async (ctx: Context, next: Next) => {
    ctx.guard = { body: body.parse(ctx.request.body) };
    return next();
  };
  return guard;
}
