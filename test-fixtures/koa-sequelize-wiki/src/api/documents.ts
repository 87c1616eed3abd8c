import Router from "koa-router";
import { z } from "zod";
import auth from "../middlewares/authentication";
import { resolveIntegration } from "../middlewares/integration";
import koaGuard from "../middlewares/koaGuard";
import { documentArchiver } from "../commands/documentArchiver";
import documentRestorer from "../commands/documentRestorer";
import { Document, Group, GroupMembership, Revision } from "../models";
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

router.post("documents.add_group", auth(), async (ctx) => {
  const { id, groupId } = ctx.request.body as { id: string; groupId: string };
  const { user } = ctx.state.auth;
  const [document, group] = await Promise.all([Document.findByPk(id), Group.findByPk(groupId)]);
  authorize(user, "update", document);
  authorize(user, "read", group);
  // both ids were checked through the records they loaded
  // ok: unscoped-tenant-query
  const membership = await GroupMembership.findOne({ where: { documentId: id, groupId } });
  ctx.body = { data: membership };
});

router.post("documents.group_memberships", auth(), async (ctx) => {
  const { id } = ctx.request.body as { id: string };
  // expect: unscoped-tenant-query
  const memberships = await GroupMembership.findAll({ where: { documentId: id } });
  ctx.body = { data: memberships };
});

router.post("documents.memberships", auth(), async (ctx) => {
  const { id } = ctx.request.body as { id: string };
  const { user } = ctx.state.auth;
  const document = await Document.findByPk(id);
  authorize(user, "read", document);
  const options = { where: { documentId: id } };
  const [total, memberships] = await Promise.all([
    GroupMembership.count(options),
    // ok: unscoped-tenant-query
    GroupMembership.findAll({ ...options, order: [["createdAt", "DESC"]], limit: 25 }),
  ]);
  ctx.body = { data: memberships, total };
});

router.post("revisions.info", auth(), async (ctx) => {
  const { id } = ctx.request.body as { id: string };
  const { user } = ctx.state.auth;
  // the revision's document is authorized below, which covers the revision
  // ok: unscoped-tenant-query
  const revision = await Revision.findByPk(id, { rejectOnEmpty: true });
  const document = await Document.findByPk(revision.documentId);
  authorize(user, "read", document);
  ctx.body = { data: revision };
});

router.post("documents.archive", auth(), async (ctx) => {
  const { id } = ctx.request.body as { id: string };
  // the archiver authorizes the caller on the document it is given
  // ok: unscoped-tenant-query
  const document = await Document.findByPk(id, { rejectOnEmpty: true });
  await documentArchiver(ctx, { document });
  ctx.body = { data: document };
});

router.post("documents.restore", auth(), async (ctx) => {
  const { id, revisionId } = ctx.request.body as { id: string; revisionId?: string };
  // the restorer authorizes the caller on the document in every branch
  // ok: unscoped-tenant-query
  const document = await Document.findByPk(id, { paranoid: false, rejectOnEmpty: true });
  await documentRestorer(ctx, { document, revisionId });
  ctx.body = { data: document };
});

router.post("revisions.list", auth(), async (ctx) => {
  const { documentId, authorId } = ctx.request.body as { documentId: string; authorId?: string };
  const { user } = ctx.state.auth;
  const document = await Document.findByPk(documentId, { rejectOnEmpty: true });
  authorize(user, "read", document);
  // keyed by the authorized document; the author filter only narrows it
  // ok: unscoped-tenant-query
  const revisions = await Revision.findAll({
    where: { documentId: document.id, ...(authorId ? { userId: authorId } : {}) },
    order: [["createdAt", "DESC"]],
  });
  ctx.body = { data: revisions };
});

router.post("revisions.search", auth(), async (ctx) => {
  const { documentId, authorId } = ctx.request.body as { documentId?: string; authorId?: string };
  // optional filters, all from the client: any document's history
  // expect: unscoped-tenant-query
  const revisions = await Revision.findAll({
    where: { ...(documentId ? { documentId } : {}), ...(authorId && { userId: authorId }) },
  });
  ctx.body = { data: revisions };
});

router.post("documents.stats", auth(), async (ctx) => {
  // a number over every tenant, filtered by nothing the client sends
  // ok: unscoped-tenant-query
  const total = await Document.count({ paranoid: false });
  ctx.body = { data: { total } };
});

// a validation middleware (its inner function is named `guard`) authenticates nobody
// expect: missing-auth
router.post("documents.list", koaGuard({ body: z.object({ teamId: z.string().uuid(), tags: z.string().array().optional() }) }), async (ctx) => {
  const { teamId } = ctx.guard.body as { teamId: string };
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
