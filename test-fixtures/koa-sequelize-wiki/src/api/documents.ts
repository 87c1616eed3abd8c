import Router from "koa-router";
import { z } from "zod";
import auth from "../middlewares/authentication";
import { resolveIntegration } from "../middlewares/integration";
import { Document } from "../models";
import { authorize } from "../policies";

const ImportSchema = z.object({ title: z.string().min(1).max(200), text: z.string().max(100000) });
const UpdateSchema = z.object({ id: z.string().uuid(), title: z.string().min(1).max(200), text: z.string().max(100000) });

// RPC-style endpoints: koa-router joins "documents.info" to the "/" it is mounted on
const router = new Router();

// ok: missing-auth
router.post("documents.info", auth(), async (ctx) => {
  const { id } = ctx.request.body as { id: string };
  const { user } = ctx.state.auth;
  // ok: unscoped-tenant-query
  const document = await Document.findByPk(id);
  authorize(user, "read", document);
  ctx.body = { data: document };
});

router.post("documents.update", auth(), async (ctx) => {
  const input = UpdateSchema.parse(ctx.request.body);
  const { user } = ctx.state.auth;
  // ok: unscoped-tenant-query
  const document = await Document.findByPk(input.id, { rejectOnEmpty: true });
  authorize(user, "update", document);
  await document.update({ title: input.title, text: input.text });
  ctx.body = { data: document };
});

router.post("documents.delete", auth(), async (ctx) => {
  const { id } = ctx.request.body as { id: string };
  // expect: unscoped-tenant-query
  const document = await Document.findByPk(id);
  await document?.destroy();
  ctx.body = { success: true };
});

// expect: missing-auth
router.post("documents.list", async (ctx) => {
  const { teamId } = ctx.request.body as { teamId: string };
  const documents = await Document.findAll({ where: { teamId }, limit: 100 });
  ctx.body = { data: documents };
});

// ok: missing-auth
router.post("documents.import", resolveIntegration, async (ctx) => {
  const input = ImportSchema.parse(ctx.request.body);
  const { integration } = ctx.state;
  const document = await Document.create({ ...input, teamId: integration.teamId });
  ctx.body = { data: document };
});

export default router;
