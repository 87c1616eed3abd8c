import Koa from "koa";
import Router from "koa-router";
import { assertThat } from "../assertThat";
import { WikiError } from "../errors";
import auth from "../middlewares/authentication";
import { Document, User } from "../models";

// mounted at /admin by server.ts
const admin = new Koa();
const router = new Router();

// expect: missing-role-check
router.post("/users/:id/suspend", auth(), async (ctx) => {
  const { user } = ctx.state.auth;
  const target = await User.findOne({ where: { id: ctx.params.id, teamId: user.teamId } });
  await target?.update({ suspendedAt: new Date() });
  ctx.status = 204;
});

// the options ask for API-key access, not for a role
// expect: missing-role-check
router.get("/documents", auth({ allowApiKey: true }), async (ctx) => {
  const { user } = ctx.state.auth;
  ctx.body = { data: await Document.findAll({ where: { teamId: user.teamId }, limit: 500 }) };
});

// ok: missing-role-check
router.get("/users", auth({ role: "admin" }), async (ctx) => {
  const { user } = ctx.state.auth;
  ctx.body = { data: await User.findAll({ where: { teamId: user.teamId } }) };
});

// ok: missing-role-check
router.delete("/users/:id", auth(), async (ctx) => {
  const { user } = ctx.state.auth;
  if (user.role !== "admin") {
    ctx.throw(403, "Admins only");
  }
  await User.destroy({ where: { id: ctx.params.id, teamId: user.teamId } });
  ctx.status = 204;
});

// ok: missing-role-check
router.post("/users/:id/restore", auth(), async (ctx) => {
  const { user } = ctx.state.auth;
  assertThat(user.role === "admin", new WikiError({ code: "auth.forbidden", status: 403 }));
  await User.update({ suspendedAt: null }, { where: { id: ctx.params.id, teamId: user.teamId } });
  ctx.status = 204;
});

admin.use(router.routes());
admin.use(router.allowedMethods());

export default admin;
