import type { Context, Next } from "koa";
import { createHash } from "crypto";
import { WikiError } from "../errors";
import { Integration } from "../models";

/** Import integrations call with their key; the integration's team owns what they create. */
export async function resolveIntegration(ctx: Context, next: Next) {
  const key = ctx.request.get("x-api-key");
  const integration = key ? await Integration.findOne({ where: { keyHash: createHash("sha256").update(key).digest("hex") } }) : null;
  if (!integration) {
    throw new WikiError({ code: "integration.key_invalid", status: 401 });
  }
  ctx.state.integration = integration;
  return next();
}
