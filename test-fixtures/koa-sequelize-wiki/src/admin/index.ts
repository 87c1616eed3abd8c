import Koa from "koa";
import Router from "koa-router";
import auth from "../middlewares/authentication";
import { User } from "../models";

// mounted at /admin by server.ts
const admin = new Koa();
const router = new Router();

router.use(auth());

// expect: missing-role-check
router.post("/users/:id/suspend", async (ctx) => {
  const { user } = ctx.state.auth;
  const target = await User.findOne({ where: { id: ctx.params.id, teamId: user.teamId } });
  await target?.update({ suspendedAt: new Date() });
  ctx.status = 204;
});

// ok: missing-role-check
router.get("/users", async (ctx) => {
  const { user } = ctx.state.auth;
  if (user.role !== "admin") {
    ctx.throw(403, "Admins only");
  }
  ctx.body = { data: await User.findAll({ where: { teamId: user.teamId } }) };
});

admin.use(router.routes());
admin.use(router.allowedMethods());

export default admin;
