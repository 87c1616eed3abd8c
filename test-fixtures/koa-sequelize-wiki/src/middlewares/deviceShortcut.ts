import type { Context, Next } from "koa";

/** `/device` is typed by hand on TVs: send first-time visitors (no flow cookie yet) to the real page. */
export function deviceShortcut() {
  return async (ctx: Context, next: Next) => {
    if (ctx.path === "/device" && !ctx.cookies.get("device_flow_xsrf")) {
      ctx.redirect("/connect/device");
      return;
    }
    return next();
  };
}
