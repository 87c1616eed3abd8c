import type { Context, Next } from "koa";
import jwt from "jsonwebtoken";
import { User } from "../models";

type AuthOptions = { optional?: boolean; role?: "admin" | "member"; allowApiKey?: boolean };

/**
 * Bearer token auth; `auth({ optional: true })` lets anonymous callers through with no user,
 * `auth({ role: "admin" })` also requires that role.
 */
export default function auth(options: AuthOptions = {}) {
  return async function authMiddleware(ctx: Context, next: Next) {
    const header = ctx.request.get("authorization");
    const token = header.startsWith("Bearer ") ? header.slice(7) : undefined;
    if (!token) {
      if (options.optional) {
        ctx.state.auth = {};
        return next();
      }
      ctx.throw(401, "Authentication required");
    }
    const claims = jwt.verify(token, process.env.JWT_SECRET as string, { algorithms: ["HS256"] }) as { sub: string };
    const user = await User.findByPk(claims.sub);
    if (!user) {
      ctx.throw(401, "Invalid token");
    }
    if (options.role && user.role !== options.role) {
      ctx.throw(403, `${options.role} role required`);
    }
    ctx.state.auth = { user };
    return next();
  };
}
