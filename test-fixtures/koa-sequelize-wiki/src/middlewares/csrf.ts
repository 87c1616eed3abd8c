import type { Context, Next } from "koa";

/** Double-submit check for cookie sessions: a writing request must echo the csrfToken cookie in X-CSRF-Token. */
export function verifyCsrfToken() {
  return async function verifyCsrfTokenMiddleware(ctx: Context, next: Next) {
    if (["GET", "HEAD", "OPTIONS"].includes(ctx.method)) {
      return next();
    }
    // API clients send a bearer token, not the session cookie: a cross-site form cannot forge those
    if (!ctx.cookies.get("accessToken")) {
      return next();
    }
    const cookie = ctx.cookies.get("csrfToken");
    const header = ctx.get("x-csrf-token");
    if (!cookie || !header || cookie !== header) {
      ctx.throw(403, "CSRF token mismatch");
    }
    return next();
  };
}
