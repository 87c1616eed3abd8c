import Router from "koa-router";
import auth from "../middlewares/authentication";
import { verifyCsrfToken } from "../middlewares/csrf";
import { loadPublishedShare, requireFields } from "../commands/shareLoader";
import { Document, Revision, Share } from "../models";

const router = new Router();

router.post("shares.info", auth(), async (ctx) => {
  const { id } = ctx.request.body as { id: string };
  const { share, document } = await loadPublishedShare({ id });
  // keyed by the document the published share row points at, not by anything the caller sent
  // ok: unscoped-tenant-query
  const revisions = await Revision.findAll({ where: { documentId: document.id }, order: [["createdAt", "DESC"]], limit: 1 });
  ctx.body = { data: { share, document, revision: revisions[0] ?? null } };
});

router.post("shares.siblings", auth(), async (ctx) => {
  const { shareId } = ctx.request.body as { shareId: string };
  const result = await loadPublishedShare({ id: shareId });
  const { document } = result;
  // the collection of the shared document, as the share row says
  // ok: unscoped-tenant-query
  const siblings = await Document.findAll({ where: { collectionId: document.get("collectionId") as string, teamId: result.share.teamId }, limit: 25 });
  ctx.body = { data: siblings };
});

router.post("shares.revoke", auth(), async (ctx) => {
  const body = ctx.request.body as { id?: string };
  // the helper hands back the id the caller sent, checked for presence only
  const { id } = await requireFields({ id: body.id });
  // expect: unscoped-tenant-query
  const share = await Share.findByPk(id);
  await share?.update({ revokedAt: new Date() });
  ctx.body = { success: true };
});

// the CSRF check proves the request came from the wiki's own pages, not who sent it: anyone may unpublish any share
// expect: missing-auth
router.post("shares.unpublish", verifyCsrfToken(), async (ctx) => {
  const { id } = ctx.request.body as { id: string };
  await Share.update({ published: false }, { where: { id } });
  ctx.body = { success: true };
});

export default router;
